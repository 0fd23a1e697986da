import { minorDigits } from '../money';

/**
 * A bookkeeping table described once and written to CSV or XLSX: each column has a type that
 * decides how its value becomes a cell, so an amount is a number in both files and a date is
 * a real date in the workbook. Column keys double as locale keys (`data:col.<key>`), so the
 * writers take a `label` function and shared code never holds UI text.
 */
export type ColumnType =
  /** Free text from the ledger or an imported file: neutralised against formula injection. */
  | 'text'
  /** Whole numbers (quantities, counts). */
  | 'integer'
  /** Minor units of the currency `currency(row)` names: written with that currency's decimals. */
  | 'money'
  /** CNY fen: written as yuan with 2 decimals and summed in the totals row. */
  | 'fen'
  /** Grams, written as kilograms with 3 decimals. */
  | 'grams'
  /** ISO calendar date (yyyy-mm-dd). */
  | 'date';

export type CellValue = string | number | null;

export interface Column<R> {
  key: string;
  type: ColumnType;
  value: (row: R) => CellValue;
  /** Required for `money`: the ISO currency of this row's amount. */
  currency?: (row: R) => string;
  /** Sum this column in the XLSX totals row (integer, fen and grams columns only). */
  sum?: boolean;
  /** Width in characters; a sensible default per type when left out. */
  width?: number;
  /** For a column of labels: the stored code, written in a `<key>Code` column beside it on request. */
  code?: (row: R) => string;
}

export interface ExportTable<R> {
  /** Sheet name and file-name stem. */
  name: string;
  columns: readonly Column<R>[];
  rows: readonly R[];
}

/** Any table, for writers that never look at row types. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyTable = ExportTable<any>;

export const DEFAULT_WIDTH: Record<ColumnType, number> = { text: 18, integer: 9, money: 13, fen: 14, grams: 11, date: 12 };

/** Decimal places a numeric cell of this column shows for this row. */
export function decimalsOf<R>(col: Column<R>, row: R): number {
  if (col.type === 'money') return minorDigits(col.currency?.(row) ?? 'CNY');
  if (col.type === 'fen') return 2;
  if (col.type === 'grams') return 3;
  return 0;
}

/** The number a numeric cell holds (yuan for fen, kg for grams), or null for an empty cell. */
export function numericValue<R>(col: Column<R>, row: R): number | null {
  const v = col.value(row);
  if (v === null || v === '') return null;
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isFinite(n)) return null;
  const places = decimalsOf(col, row);
  return places === 0 ? n : n / 10 ** places;
}

/** Exact decimal text of a minor-unit amount ("-1234.50"), never through a float. */
export function scaledText(value: number, places: number, decimalComma = false): string {
  const sign = value < 0 ? '-' : '';
  const digits = String(Math.abs(Math.round(value))).padStart(places + 1, '0');
  if (places === 0) return sign + digits;
  return `${sign}${digits.slice(0, -places)}${decimalComma ? ',' : '.'}${digits.slice(-places)}`;
}

export function isNumeric(type: ColumnType): boolean {
  return type === 'integer' || type === 'money' || type === 'fen' || type === 'grams';
}

/** The table with a `<key>Code` text column after each column of labels that has a code. */
export function withCodeColumns<R>(table: ExportTable<R>, on: boolean): ExportTable<R> {
  if (!on) return table;
  const columns = table.columns.flatMap((c) => (c.code ? [c, { key: `${c.key}Code`, type: 'text' as const, value: c.code, width: 10 }] : [c]));
  return { ...table, columns };
}
