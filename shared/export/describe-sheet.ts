import { minorDigits } from '../money';
import { neutralize } from './neutralize';
import { EXCEL_TEXT_LIMIT, excelDate, FIXED_PLACES, FORMAT, moneyFormat, sheetName, type ChunkColumn, type SheetColumn, type SheetColumnKind, type SheetData, type SheetHead, type SheetRows, type SheetTotals } from './sheet';
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
  finish(): ChunkColumn;
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

  finish(): ChunkColumn {
    return { kind: 'text', strings: this.strings, cells: this.cells };
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

  finish(): ChunkColumn {
    return { kind: 'date', cells: this.cells };
  }
}

/** A numeric column's running total over every chunk, for the totals row. */
class Total {
  value = 0;
  constructor(readonly fixed: number | undefined) {}

  result(): number {
    const places = this.fixed;
    // Money in mixed currencies was added as floats: trim the float noise as the cell shows it.
    if (places === undefined) return Math.round(this.value * 1000) / 1000;
    return places === 0 ? this.value : this.value / 10 ** places;
  }
}

/** Minor units (fen, grams, a currency's minor unit) scaled to what the cell shows. */
class NumberBuilder implements Builder {
  private readonly cells: Float64Array<ArrayBuffer>;
  private readonly fixed: number | undefined;

  constructor(private readonly col: Column<unknown>, private readonly index: number, rows: number, private readonly odd: OddFormats, private readonly total: Total) {
    this.cells = new Float64Array(rows);
    this.fixed = total.fixed;
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
    this.total.value += this.fixed === undefined ? shown : n;
    this.cells[r] = shown;
  }

  finish(): ChunkColumn {
    return { kind: 'number', cells: this.cells };
  }
}

const KIND: Record<Column<unknown>['type'], SheetColumnKind> = { text: 'text', date: 'date', integer: 'number', money: 'number', fen: 'number', grams: 'number' };

/**
 * A sheet built a chunk of rows at a time: `head` once, then `rows` for each chunk's table
 * (the same columns, over that chunk's records), then `totals`, summed over every chunk.
 * Nothing but the running totals outlives a chunk, so a million orders never sit in one array.
 */
export class SheetBuilder {
  private readonly totalsOf: Total[];
  private count = 0;

  constructor(private readonly table: Pick<AnyTable, 'name' | 'columns'>, private readonly label: (key: string) => string) {
    this.totalsOf = table.columns.map((c) => new Total(FIXED_PLACES[c.type]));
  }

  head(): SheetHead {
    const columns = (this.table.columns as readonly Column<unknown>[]).map((c) => ({
      header: textOf(this.label(c.key)) ?? '', width: c.width ?? DEFAULT_WIDTH[c.type], numFmt: FORMAT[c.type], kind: KIND[c.type],
    }));
    return { name: sheetName(this.table.name), columns };
  }

  /** The chunk's rows as cells; `table` has this sheet's columns, looking up what this chunk needs. */
  rows(table: Pick<AnyTable, 'columns' | 'rows'>): SheetRows {
    const cols = table.columns as readonly Column<unknown>[];
    const rows = table.rows as readonly unknown[];
    const n = rows.length;
    const odd = new OddFormats();
    const serials = new Map<CellValue, number>();
    const builders: Builder[] = cols.map((c, i) => {
      if (c.type === 'text') return new TextBuilder(c, n);
      if (c.type === 'date') return new DateBuilder(c, n, serials);
      return new NumberBuilder(c, i, n, odd, this.totalsOf[i]!);
    });
    const width = builders.length;
    // Row by row, so the money triples arrive in the order the writers read them.
    for (let r = 0; r < n; r++) {
      const item = rows[r];
      for (let i = 0; i < width; i++) builders[i]!.add(r, item);
    }
    this.count += n;
    return { rowCount: n, columns: builders.map((b) => b.finish()), formats: odd.formats, cellFormats: Int32Array.from(odd.cells) };
  }

  /** The totals row over every chunk so far; none without rows (SUM(B2:B1) would take in the header). */
  totals(): SheetTotals | null {
    const cols = this.table.columns as readonly Column<unknown>[];
    if (this.count === 0 || !cols.some((c) => c.sum)) return null;
    return { label: textOf(this.label('total')) ?? '', sums: cols.map((c, i) => (c.sum ? this.totalsOf[i]!.result() : null)) };
  }
}

/** A whole sheet at once (tests, small workbooks): the head, one chunk of every row, the totals. */
export function describeSheet(table: AnyTable, label: (key: string) => string): SheetData {
  const builder = new SheetBuilder(table, label);
  const head = builder.head();
  const rows = builder.rows(table);
  const columns = head.columns.map((h, i) => ({ ...h, ...rows.columns[i]! }) as SheetColumn);
  return { name: head.name, rowCount: rows.rowCount, columns, formats: rows.formats, cellFormats: rows.cellFormats, totals: builder.totals() };
}

export function describeSheets(tables: readonly AnyTable[], label: (key: string) => string): SheetData[] {
  return tables.map((t) => describeSheet(t, label));
}
