import ExcelJS from 'exceljs';
import type { CurrencyRate } from '../decide/presets-types';
import type { DecisionRecord } from '../schemas/decision';
import type { Order } from '../schemas/order';
import type { ReturnRecord } from '../schemas/return';
import { decisionMoneyRows, monthlySummary, returnMoneyRows, type MonthSummary } from './after-sales';
import { neutralize } from './neutralize';
import { columnLetter } from './sheet';
import { exportWords, type ExportLanguage } from './words';

/**
 * The accountant's workbook: a monthly after-sales summary first, then the two detail sheets
 * it adds up (returns: refunds, labels, kept fees; decisions: proceeds, freight and clearance,
 * taxes, rebates repaid, value recovered, savings). Every summary figure is a COUNTIFS/SUMIFS
 * over a detail sheet and every total a SUM, each with its cached result, so Excel and
 * LibreOffice recompute the same figures and a viewer that does not still shows them.
 */
export interface WorkbookSource {
  orders: Order[];
  returns: ReturnRecord[];
  decisions: DecisionRecord[];
  rates: CurrencyRate[];
}

type Cell = string | number | null | { formula: string; result: number };
const yuan = (fen: number | null) => (fen === null ? null : fen / 100);
const MONEY = '#,##0.00';

interface SheetSpec {
  name: string;
  heads: string[];
  /** Columns (0-based) that hold yuan and get a SUM in the totals row. */
  money: number[];
  rows: Cell[][];
}

function writeSheet(wb: ExcelJS.Workbook, spec: SheetSpec, totalLabel: string, countCols: number[] = []): void {
  const ws = wb.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  ws.columns = spec.heads.map((_, i) => ({ width: i === 0 ? 10 : 16, style: spec.money.includes(i) ? { numFmt: MONEY } : {} }));
  ws.addRow(spec.heads.map(neutralize)).font = { bold: true };
  for (const row of spec.rows) ws.addRow(row.map((c) => (typeof c === 'string' ? neutralize(c) : c ?? undefined)));
  const last = spec.rows.length + 1;
  const totals: Cell[] = spec.heads.map((_, i) => {
    if (i === 0) return totalLabel;
    if (!spec.money.includes(i) && !countCols.includes(i)) return null;
    const letter = columnLetter(i + 1);
    let result = 0;
    for (const r of spec.rows) {
      const c = r[i];
      result += typeof c === 'number' ? c : c && typeof c === 'object' ? c.result : 0;
    }
    return { formula: `SUM(${letter}2:${letter}${last})`, result: Math.round(result * 100) / 100 };
  });
  ws.addRow(totals.map((c) => c ?? undefined)).font = { bold: true };
}

export async function accountantWorkbook(src: WorkbookSource, language: ExportLanguage): Promise<Uint8Array> {
  const w = exportWords(language);
  const h = (key: string) => w.header(`wb.${key}`);
  const returns = returnMoneyRows(src.returns, src.orders, src.rates);
  const decisions = decisionMoneyRows(src.decisions, src.returns);
  const summary = monthlySummary(returns, decisions);
  const names = { summary: w.sheet('summary'), returns: w.sheet('afterSalesReturns'), decisions: w.sheet('afterSalesDecisions') };

  const retSpec: SheetSpec = {
    name: names.returns,
    heads: [w.header('month'), w.header('rmaNo'), w.header('orderNo'), w.header('platform'), w.header('status'), w.header('refund'), h('refundBasis'), w.header('labelCost'), w.header('labelPaidBy'), w.header('feesKept')],
    money: [5, 7, 9],
    rows: returns.map((r) => [
      r.month, r.ret.rmaNo, r.ret.orderNo, w.word('platform', r.ret.platform), w.word('status', r.ret.status), yuan(r.refundFen),
      h(r.refundAssumed ? 'assumed' : 'recorded'), yuan(r.labelFen), r.ret.labelPaidBy ? w.word('labelPaidBy', r.ret.labelPaidBy) : '', yuan(r.feesKeptFen),
    ]),
  };
  const decSpec: SheetSpec = {
    name: names.decisions,
    heads: [w.header('month'), w.header('rmaNo'), w.header('option'), h('proceeds'), h('freight'), h('taxes'), h('rebates'), h('otherCosts'), h('recovered'), w.header('netCny'), w.header('savingsCny'), w.header('savingsVsDisposeCny')],
    money: [3, 4, 5, 6, 7, 8, 9, 10, 11],
    rows: decisions.map((d) => [
      d.month, d.rmaNo, w.word('option', d.decision.chosen.kind), yuan(d.proceedsFen), yuan(d.freightFen), yuan(d.taxesFen), yuan(d.rebateFen),
      yuan(d.otherFen), yuan(d.recoveredFen), yuan(d.decision.chosen.netFen), yuan(d.decision.savingsFen), yuan(d.decision.savingsVsDisposeFen),
    ]),
  };

  // Summary column → [sheet, column of that sheet] it adds up (null: counted or worked out here).
  const ref = (sheet: string, col: number, rows: number) => `'${sheet.replace(/'/g, "''")}'!$${columnLetter(col + 1)}$2:$${columnLetter(col + 1)}$${rows + 1}`;
  const sumifs = (sheet: string, col: number, rows: number, r: number, result: number) =>
    ({ formula: `SUMIFS(${ref(sheet, col, rows)},${ref(sheet, 0, rows)},A${r})`, result: yuan(result)! });
  const R = (col: number, r: number, v: number) => sumifs(names.returns, col, returns.length, r, v);
  const D = (col: number, r: number, v: number) => sumifs(names.decisions, col, decisions.length, r, v);
  const sumRow = (m: MonthSummary, r: number): Cell[] => [
    m.month,
    { formula: `COUNTIFS(${ref(names.returns, 0, returns.length)},A${r})`, result: m.returns },
    R(5, r, m.refundsFen), R(7, r, m.labelsFen), R(9, r, m.feesKeptFen),
    D(3, r, m.proceedsFen), D(4, r, m.freightFen), D(5, r, m.taxesFen), D(6, r, m.rebateFen), D(7, r, m.otherFen), D(8, r, m.recoveredFen),
    { formula: `C${r}+D${r}+E${r}+G${r}+H${r}+I${r}+J${r}-F${r}-K${r}`, result: yuan(m.netCostFen)! },
    D(10, r, m.savingsFen), D(11, r, m.savingsVsDisposeFen),
  ];
  const sumSpec: SheetSpec = {
    name: names.summary,
    heads: [w.header('month'), h('returns'), h('refunds'), h('labels'), w.header('feesKept'), h('proceeds'), h('freight'), h('taxes'), h('rebates'), h('otherCosts'), h('recovered'), h('netCost'), h('savings'), h('savingsVsDispose')],
    money: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13],
    rows: summary.map((m, i) => sumRow(m, i + 2)),
  };

  const wb = new ExcelJS.Workbook();
  wb.creator = 'Homebound';
  const total = w.header('total');
  writeSheet(wb, sumSpec, total, [1]);
  writeSheet(wb, retSpec, total);
  writeSheet(wb, decSpec, total);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
