import ExcelJS from 'exceljs';
import { neutralize } from './neutralize';
import { DEFAULT_WIDTH, decimalsOf, numericValue, type AnyTable, type Column, type ColumnType } from './table';

/**
 * Bookkeeping workbooks: one sheet per table, typed cells (numbers are numeric cells with the
 * currency's decimals, dates are date cells), a frozen header with a filter, and a totals row
 * whose sums are real SUM formulas with cached results, so Excel and LibreOffice recalculate
 * them and viewers that do not still show the figure.
 *
 * In-memory `ExcelJS.Workbook`, not the streaming `WorkbookWriter`: the package's browser
 * build (what Vite bundles for the renderer and the worker) ships only `Workbook`; the
 * streaming writer needs Node streams and `archiver`. Measured in tests/unit/export.
 */
const EXCEL_TEXT_LIMIT = 32_767;

const FORMAT: Record<ColumnType, string | undefined> = {
  text: undefined,
  integer: '0',
  money: '#,##0.00',
  fen: '#,##0.00',
  grams: '0.000',
  date: 'yyyy-mm-dd',
};

function moneyFormat(places: number): string {
  return places === 0 ? '#,##0' : `#,##0.${'0'.repeat(places)}`;
}

/** Excel forbids []:*?/\ in sheet names and cuts them at 31 characters. */
export function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet';
}

export function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

function cellOf<R>(col: Column<R>, row: R): string | number | Date | null {
  if (col.type === 'text') {
    const v = col.value(row);
    return v === null ? null : neutralize(String(v)).slice(0, EXCEL_TEXT_LIMIT);
  }
  if (col.type === 'date') {
    const v = col.value(row);
    return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? new Date(`${v.slice(0, 10)}T00:00:00Z`) : null;
  }
  return numericValue(col, row);
}

function addSheet(wb: ExcelJS.Workbook, table: AnyTable, label: (key: string) => string): void {
  const cols = table.columns as readonly Column<unknown>[];
  const ws = wb.addWorksheet(sheetName(table.name), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = cols.map((c) => ({ key: c.key, width: c.width ?? DEFAULT_WIDTH[c.type], style: FORMAT[c.type] ? { numFmt: FORMAT[c.type] } : {} }));
  const header = ws.addRow(cols.map((c) => neutralize(label(c.key))));
  header.font = { bold: true };
  // Money in a currency without two decimals (JPY, KRW) gets its own format on that cell.
  const oddMoney = cols.map((c, i) => (c.type === 'money' ? i : -1)).filter((i) => i >= 0);
  for (const row of table.rows) {
    const added = ws.addRow(cols.map((c) => cellOf(c, row)));
    for (const i of oddMoney) {
      const places = decimalsOf(cols[i]!, row);
      if (places !== 2) added.getCell(i + 1).numFmt = moneyFormat(places);
    }
  }
  const last = table.rows.length + 1;
  if (cols.some((c) => c.sum)) {
    const totals = ws.addRow(cols.map((c, i) => {
      if (!c.sum) return null;
      const letter = columnLetter(i + 1);
      let result = 0;
      for (const row of table.rows) result += numericValue(c, row) ?? 0;
      return { formula: `SUM(${letter}2:${letter}${last})`, result: Math.round(result * 1000) / 1000 };
    }));
    if (!cols[0]?.sum) totals.getCell(1).value = label('total');
    totals.font = { bold: true };
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: cols.length } };
}

export async function toXlsxBytes(tables: readonly AnyTable[], label: (key: string) => string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Homebound';
  wb.created = new Date();
  for (const table of tables) addSheet(wb, table, label);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
