import Papa from 'papaparse';
import type { SaveFileRequest } from '../../../shared/bridge/desktop-api';

/**
 * The chart-data export, kept behind this one function so it can move to the shared
 * bookkeeping export core (shared/export, issue 5) without touching the charts. Until then it
 * writes CSV: UTF-8 with a BOM so Excel shows Chinese correctly, and text that a spreadsheet
 * would run as a formula (= + - @ tab CR first) prefixed with an apostrophe.
 */
export type Cell = string | number;

export interface ChartTable {
  /** File name without extension. */
  name: string;
  headers: string[];
  rows: Cell[][];
}

const FORMULA_START = /^[=+\-@\t\r]/;

function safe(cell: Cell): string | number {
  // Numbers stay numbers (a negative amount is data, not a formula); only text is defused.
  return typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function chartDataFile(table: ChartTable): SaveFileRequest {
  const csv = Papa.unparse({ fields: table.headers.map((h) => String(safe(h))), data: table.rows.map((r) => r.map(safe)) }, { newline: '\r\n' });
  return { suggestedName: `${table.name}.csv`, mimeType: 'text/csv', bytes: new TextEncoder().encode(`\uFEFF${csv}`) };
}
