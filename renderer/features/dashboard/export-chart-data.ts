import Papa from 'papaparse';
import type { SaveFileRequest } from '../../../shared/bridge/desktop-api';
import { neutralize } from '../../../shared/export/neutralize';

/**
 * A chart's data as CSV: UTF-8 with a BOM so Excel shows Chinese correctly, and text a
 * spreadsheet would run as a formula defused as in every other export (shared/export).
 */
export type Cell = string | number;

export interface ChartTable {
  /** File name without extension. */
  name: string;
  headers: string[];
  rows: Cell[][];
}

function safe(cell: Cell): string | number {
  // Numbers stay numbers (a negative amount is data, not a formula); only text is defused.
  return typeof cell === 'string' ? neutralize(cell) : cell;
}

export function chartDataFile(table: ChartTable): SaveFileRequest {
  const csv = Papa.unparse({ fields: table.headers.map((h) => String(safe(h))), data: table.rows.map((r) => r.map(safe)) }, { newline: '\r\n' });
  return { suggestedName: `${table.name}.csv`, mimeType: 'text/csv', bytes: new TextEncoder().encode(`\uFEFF${csv}`) };
}
