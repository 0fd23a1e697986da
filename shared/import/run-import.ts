import type { Rejection } from './cells';
import type { CatalogEntry, ImportDefaults } from './defaults';
import { detectFormat, mappingFor, type FormatId, type ImportKind, type Mapping } from './formats';
import { mapOrders, type OrdersMapped } from './map-orders';
import { mapReturns, type ReturnsMapped } from './map-returns';
import { readTable, type Delimiter } from './read-table';

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
}

export interface Inspection {
  headers: string[];
  encoding: string;
  delimiter: Delimiter | null;
  format: FormatId;
  kind: ImportKind;
  mapping: Mapping;
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
  const kind = format?.kind ?? req.kind;
  const mapping = req.mapping ?? (format ? mappingFor(format, table.headers) : {});
  const inspection: Inspection = {
    headers: table.headers, encoding: table.encoding, delimiter: table.delimiter, format: format?.id ?? 'custom', kind, mapping,
    rowCount: total, sample: table.rows.slice(0, 8).map((r) => r.cells),
  };
  const broken: Rejection[] = table.broken.map((b) => ({ row: b.row, field: '', key: `data:reason.${b.reason}` }));
  if (table.headers.length === 0) broken.push({ row: 1, field: '', key: 'data:reason.noHeader' });
  if (!format && !req.mapping) return { inspection, orders: null, returns: null, broken };
  if (kind === 'orders') {
    const platform = format?.platform ?? req.defaults.platform;
    const orders = mapOrders(table, { platform, mapping, fillDown: format?.fillDown }, req.defaults, req.catalog, (done) => progress('map', done, total));
    progress('map', total, total);
    return { inspection, orders, returns: null, broken };
  }
  const returns = mapReturns(table, mapping, format?.whereabouts ?? 'with_buyer', req.defaults);
  progress('map', total, total);
  return { inspection, orders: null, returns, broken };
}
