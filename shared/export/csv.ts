import Papa from 'papaparse';
import { neutralize } from './neutralize';
import { decimalsOf, scaledText, type AnyTable, type Column } from './table';

export type CsvDelimiter = ',' | ';';

/**
 * CSV for bookkeeping: UTF-8 with a byte-order mark, because Excel opens a BOM-less UTF-8 CSV
 * in the system code page and Chinese names turn to mojibake. A semicolon file is what
 * decimal-comma locales (DE, FR, RU…) expect, so it also writes amounts with a decimal comma.
 * Quoting and escaping are papaparse's.
 */
export function toCsvText(table: AnyTable, label: (key: string) => string, delimiter: CsvDelimiter = ','): string {
  const decimalComma = delimiter === ';';
  const cols = table.columns as readonly Column<unknown>[];
  const head = cols.map((c) => neutralize(label(c.key)));
  const body = table.rows.map((row) => cols.map((c) => cellText(c, row, decimalComma)));
  // Every field quoted when it has to be; \r\n as RFC 4180 and Excel want.
  return Papa.unparse({ fields: head, data: body }, { delimiter, newline: '\r\n', quotes: false });
}

export function toCsvBytes(table: AnyTable, label: (key: string) => string, delimiter: CsvDelimiter = ','): Uint8Array {
  return new TextEncoder().encode(`\uFEFF${toCsvText(table, label, delimiter)}`);
}

/**
 * One chunk of a CSV written a chunk of rows at a time: the first is the whole file's start
 * (byte-order mark, header), each later one its rows after a line break — joined, the chunks
 * are exactly toCsvBytes of all the rows.
 */
export function csvChunkBytes(table: AnyTable, label: (key: string) => string, delimiter: CsvDelimiter, first: boolean): Uint8Array {
  if (first) return toCsvBytes(table, label, delimiter);
  if (table.rows.length === 0) return new Uint8Array();
  const decimalComma = delimiter === ';';
  const cols = table.columns as readonly Column<unknown>[];
  const body = table.rows.map((row) => cols.map((c) => cellText(c, row, decimalComma)));
  return new TextEncoder().encode(`\r\n${Papa.unparse(body, { delimiter, newline: '\r\n', quotes: false })}`);
}

function cellText<R>(col: Column<R>, row: R, decimalComma: boolean): string {
  const v = col.value(row);
  if (v === null || v === '') return '';
  if (col.type === 'text') return neutralize(String(v));
  if (col.type === 'date') return String(v).slice(0, 10);
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isFinite(n)) return '';
  const places = decimalsOf(col, row);
  return scaledText(n, places, decimalComma);
}
