import type { Rejection } from './cells';
import type { CatalogEntry, ImportDefaults } from './defaults';
import { detectFormat, headerSignature, mappingFor, type FormatId, type ImportKind, type Mapping } from './formats';
import { mapOrders, type OrdersMapped } from './map-orders';
import { mapReturns, type ReturnsMapped } from './map-returns';
import { readTable, type Delimiter } from './read-table';
import { missingFields, proposeMapping } from './synonyms';
import type { Resolutions } from './values';

/** A file with a return date column and no order date holds returns. */
function guessKind(headers: readonly string[], asked: ImportKind): ImportKind {
  const orders = proposeMapping(headers, 'orders').mapping;
  const returns = proposeMapping(headers, 'returns').mapping;
  return returns.returnDate && !orders.orderDate ? 'returns' : asked;
}

/**
 * The whole parse-and-validate step of an import, run in a Web Worker: read the file,
 * recognise the report, map its rows with the chosen defaults. Nothing here touches the
 * database; the repository plans and writes. A file with an unknown header comes back with
 * only its inspection until the user maps its columns.
 */
export interface ImportRequest {
  bytes: Uint8Array;
  /** A user's mapping (mapping screen or saved preset); null = recognise the report. */
  mapping: Mapping | null;
  kind: ImportKind;
  defaults: ImportDefaults;
  catalog: CatalogEntry[];
  /** The user's answers for values the readers did not know (from the review). */
  resolutions?: Resolutions;
  /** Saved mappings: one made for this header applies without the mapping screen, and with its answers. */
  presets?: readonly SavedMapping[];
}

/** A mapping the user saved for a header layout, with the values they resolved for it. */
export interface SavedMapping {
  name: string;
  signature: string;
  kind: ImportKind;
  mapping: Mapping;
  resolutions: Resolutions;
}

export interface Inspection {
  headers: string[];
  encoding: string;
  delimiter: Delimiter | null;
  format: FormatId;
  kind: ImportKind;
  mapping: Mapping;
  /** Header texts no field took (for an unrecognised file: the proposal's leftovers). */
  unplaced: string[];
  /** Required fields the mapping leaves without a column. */
  missing: string[];
  /** The saved mapping this header matched, if any. */
  preset: { name: string; mapping: Mapping; kind: ImportKind; resolutions: Resolutions } | null;
  rowCount: number;
  sample: string[][];
}

export interface ImportParsed {
  inspection: Inspection;
  orders: OrdersMapped | null;
  returns: ReturnsMapped | null;
  /** Rows the parser could not read at all, merged into the rejections the UI lists. */
  broken: Rejection[];
}

export type Progress = (phase: 'read' | 'map', done: number, total: number) => void;

export async function parseImport(req: ImportRequest, progress: Progress = () => {}): Promise<ImportParsed> {
  progress('read', 0, 1);
  const table = await readTable(req.bytes);
  const total = table.rows.length;
  progress('read', 1, 1);
  const format = req.mapping ? null : detectFormat(table.headers);
  const signature = req.presets?.length ? headerSignature(table.headers) : '';
  const saved = req.presets?.find((p) => p.signature === signature);
  const preset = saved && (format || !req.mapping) ? saved : undefined;
  const kind = format?.kind ?? (req.mapping ? req.kind : preset?.kind ?? guessKind(table.headers, req.kind));
  // An unrecognised file comes back with the columns matched by name: the mapping screen opens filled in.
  const mapping = req.mapping ?? (format ? mappingFor(format, table.headers) : preset?.mapping ?? proposeMapping(table.headers, kind).mapping);
  const resolutions = { ...preset?.resolutions, ...req.resolutions };
  const used = new Set(Object.values(mapping));
  const missing = missingFields(mapping, kind);
  const inspection: Inspection = {
    headers: table.headers, encoding: table.encoding, delimiter: table.delimiter, format: format?.id ?? 'custom', kind, mapping,
    unplaced: table.headers.filter((h) => h.trim() !== '' && !used.has(h)), missing,
    preset: preset ? { name: preset.name, mapping: preset.mapping, kind: preset.kind, resolutions: preset.resolutions } : null,
    rowCount: total, sample: table.rows.slice(0, 8).map((r) => r.cells),
  };
  const broken: Rejection[] = table.broken.map((b) => ({ row: b.row, field: '', key: `data:reason.${b.reason}` }));
  // A header without an order number shows on the mapping screen (`missing`), naming row 1 and its columns.
  if (table.headers.length === 0 || (table.headers.length === 1 && table.rows.length === 0)) broken.push({ row: 1, field: '', key: 'data:reason.noHeader' });
  if (!format && !req.mapping && !preset) return { inspection, orders: null, returns: null, broken };
  if (kind === 'orders') {
    const platform = format?.platform ?? req.defaults.platform;
    const orders = mapOrders(table, { platform, mapping, fillDown: format?.fillDown, resolutions }, req.defaults, req.catalog, (done) => progress('map', done, total));
    progress('map', total, total);
    return { inspection, orders, returns: null, broken };
  }
  const returns = mapReturns(table, mapping, format?.whereabouts ?? 'with_buyer', req.defaults);
  progress('map', total, total);
  return { inspection, orders: null, returns, broken };
}
