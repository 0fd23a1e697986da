import { minorDigits } from '../money';
import { neutralize } from './neutralize';
import { EXCEL_TEXT_LIMIT, excelDate, FIXED_PLACES, FORMAT, moneyFormat, sheetName, type ColumnHead, type NumberColumn, type SheetColumn, type SheetData, type TextColumn } from './sheet';
import { DEFAULT_WIDTH, type AnyTable, type CellValue, type Column } from './table';

/**
 * A table becomes SheetData row by row — each ledger record is read once while it is in the
 * CPU cache, which at 100,000 orders is several times faster than a pass per column — with
 * each column's cells going straight into its typed array.
 */
function textOf(value: CellValue): string | null {
  // An empty ledger field is a blank cell, not an empty string a COUNTA would count.
  if (value === null || value === '') return null;
  const text = neutralize(typeof value === 'string' ? value : String(value));
  return text.length > EXCEL_TEXT_LIMIT ? text.slice(0, EXCEL_TEXT_LIMIT) : text;
}

function finite(value: CellValue): number | null {
  if (value === null || value === '') return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

/** Rows looked at before deciding whether a text column repeats itself enough to list each text once. */
const SAMPLE_ROWS = 1000;

/** Number formats some money cells use instead of their column's, and those cells as [row, column, format] triples. */
class OddFormats {
  readonly formats: string[] = [];
  readonly cells: number[] = [];
  private readonly byPlaces = new Map<number, number>();

  add(row: number, column: number, places: number): void {
    let k = this.byPlaces.get(places);
    if (k === undefined) this.byPlaces.set(places, k = this.formats.push(moneyFormat(places)) - 1);
    this.cells.push(row, column, k);
  }
}

interface Builder {
  add(r: number, item: unknown): void;
  finish(head: ColumnHead): SheetColumn;
  /** The totals row's cached result, for a summed column. */
  sum?(): number;
}

class TextBuilder implements Builder {
  private readonly strings: string[] = [];
  // Platforms, currencies, carriers repeat: each is listed once. Order and waybill numbers do
  // not, and a lookup per row would cost more than it saves: past the sample they are appended.
  private seen: Map<string, number> | null = new Map();
  private readonly cells: Int32Array<ArrayBuffer>;

  constructor(private readonly col: Column<unknown>, rows: number) {
    this.cells = new Int32Array(rows);
  }

  add(r: number, item: unknown): void {
    const text = textOf(this.col.value(item));
    if (text === null) { this.cells[r] = -1; return; }
    const { seen, strings } = this;
    if (seen === null) { this.cells[r] = strings.push(text) - 1; return; }
    let k = seen.get(text);
    if (k === undefined) seen.set(text, k = strings.push(text) - 1);
    this.cells[r] = k;
    if (r === SAMPLE_ROWS && strings.length > SAMPLE_ROWS / 2) this.seen = null;
  }

  finish(head: ColumnHead): TextColumn {
    return { ...head, kind: 'text', strings: this.strings, cells: this.cells };
  }
}

class DateBuilder implements Builder {
  private readonly cells: Float64Array<ArrayBuffer>;

  /** A year of orders has a few hundred distinct dates; `serials` is shared by the sheet's date columns. */
  constructor(private readonly col: Column<unknown>, rows: number, private readonly serials: Map<CellValue, number>) {
    this.cells = new Float64Array(rows);
  }

  add(r: number, item: unknown): void {
    const v = this.col.value(item);
    let serial = this.serials.get(v);
    if (serial === undefined) this.serials.set(v, serial = excelDate(v) ?? Number.NaN);
    this.cells[r] = serial;
  }

  finish(head: ColumnHead): NumberColumn {
    return { ...head, kind: 'date', cells: this.cells };
  }
}

/** Minor units (fen, grams, a currency's minor unit) scaled to what the cell shows. */
class NumberBuilder implements Builder {
  private readonly cells: Float64Array<ArrayBuffer>;
  private readonly fixed: number | undefined;
  private total = 0;

  constructor(private readonly col: Column<unknown>, private readonly index: number, rows: number, private readonly odd: OddFormats) {
    this.cells = new Float64Array(rows);
    this.fixed = FIXED_PLACES[col.type];
  }

  add(r: number, item: unknown): void {
    const n = finite(this.col.value(item));
    if (n === null) { this.cells[r] = Number.NaN; return; }
    let places = this.fixed;
    if (places === undefined) {
      places = minorDigits(this.col.currency?.(item) ?? 'CNY');
      if (places !== 2) this.odd.add(r, this.index, places);
    }
    const shown = places === 0 ? n : n / 10 ** places;
    // Minor units are added as integers and divided once: exact, unlike adding yuan floats.
    this.total += this.fixed === undefined ? shown : n;
    this.cells[r] = shown;
  }

  finish(head: ColumnHead): NumberColumn {
    return { ...head, kind: 'number', cells: this.cells };
  }

  sum(): number {
    const places = this.fixed;
    // Money in mixed currencies was added as floats: trim the float noise as the cell shows it.
    if (places === undefined) return Math.round(this.total * 1000) / 1000;
    return places === 0 ? this.total : this.total / 10 ** places;
  }
}

/** The sheet a table becomes: header labels in the user's language, one typed cell per value. */
export function describeSheet(table: AnyTable, label: (key: string) => string): SheetData {
  const cols = table.columns as readonly Column<unknown>[];
  const rows = table.rows as readonly unknown[];
  const n = rows.length;
  const odd = new OddFormats();
  const serials = new Map<CellValue, number>();
  const builders: Builder[] = cols.map((c, i) => {
    if (c.type === 'text') return new TextBuilder(c, n);
    if (c.type === 'date') return new DateBuilder(c, n, serials);
    return new NumberBuilder(c, i, n, odd);
  });
  const width = builders.length;
  // Row by row, so the money triples arrive in the order the writers read them.
  for (let r = 0; r < n; r++) {
    const item = rows[r];
    for (let i = 0; i < width; i++) builders[i]!.add(r, item);
  }
  const columns = cols.map((c, i) => builders[i]!.finish({ header: textOf(label(c.key)) ?? '', width: c.width ?? DEFAULT_WIDTH[c.type], numFmt: FORMAT[c.type] }));
  const sums = cols.map((c, i) => (c.sum ? builders[i]!.sum?.() ?? null : null));
  // No rows, no totals: SUM(B2:B1) would be read as B1:B2 and take in the header.
  const totals = n > 0 && cols.some((c) => c.sum) ? { label: textOf(label('total')) ?? '', sums } : null;
  return { name: sheetName(table.name), rowCount: n, columns, formats: odd.formats, cellFormats: Int32Array.from(odd.cells), totals };
}

export function describeSheets(tables: readonly AnyTable[], label: (key: string) => string): SheetData[] {
  return tables.map((t) => describeSheet(t, label));
}
