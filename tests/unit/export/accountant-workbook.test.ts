import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregateDashboard, buildFacts, DEFAULT_FILTERS, salesTableOf } from '../../../shared/dashboard';
import { SEED_PRESETS } from '../../../shared/decide';
import { accountantWorkbook, decisionMoneyRows, monthlySummary, returnMoneyRows } from '../../../shared/export';
import { demoNode } from '../../tools/demo-ledger-node';

/**
 * The accountant's workbook against the dashboard (same ledger, same period: everything) and
 * against LibreOffice recomputing its formulas from the detail sheets.
 */
const demo = demoNode(400);
const { orders, returns, decisions, rates } = demo.source;
const summary = monthlySummary(returnMoneyRows(returns, orders, rates), decisionMoneyRows(decisions, returns));
const sum = (pick: (m: (typeof summary)[number]) => number) => summary.reduce((n, m) => n + pick(m), 0);

describe("the accountant's workbook", () => {
  it('holds the dashboard\'s figures: savings per month, refunds, return labels and kept fees', () => {
    const src = { orderCount: orders.length, returns, decisions, foodSkus: new Set<string>(), presets: SEED_PRESETS, orders };
    const dash = aggregateDashboard(buildFacts(src, orders), DEFAULT_FILTERS, '2026-11-20', salesTableOf(orders));
    expect(dash.savings.decisions).toBeGreaterThan(20);
    const bySavings = Object.fromEntries(dash.savings.months.filter((m) => m.decisions > 0).map((m) => [m.month, m.savingsFen]));
    const byMonth = Object.fromEntries(summary.filter((m) => bySavings[m.month] !== undefined || m.savingsFen !== 0).map((m) => [m.month, m.savingsFen]));
    expect(byMonth).toEqual(bySavings);
    expect(sum((m) => m.savingsVsDisposeFen)).toBe(dash.savings.totalVsDisposeFen);
    expect(dash.refunds!.unconverted).toBe(0);
    expect(sum((m) => m.refundsFen)).toBe(dash.refunds!.fen);
    expect(sum((m) => m.labelsFen)).toBe(dash.refunds!.labelsFen);
    expect(sum((m) => m.feesKeptFen)).toBe(dash.refunds!.feesKeptFen);
    expect(sum((m) => m.returns)).toBe(returns.length);
    // The demo has real refunds, some partial, and some still assumed.
    expect(dash.refunds!.assumed).toBeGreaterThan(0);
    expect(dash.refunds!.assumed).toBeLessThan(returns.length);
    expect(dash.refunds!.labelsFen).toBeGreaterThan(0);
  });

  it('puts the summary first, its figures as formulas with the cached results, in both languages', async () => {
    for (const [language, first] of [['zh-CN', '月度售后汇总'], ['en', 'After-sales by month']] as const) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await accountantWorkbook(demo.source, language)).buffer as ArrayBuffer);
      expect(wb.worksheets.map((w) => w.name)[0]).toBe(first);
      const ws = wb.worksheets[0]!;
      expect(ws.rowCount).toBe(summary.length + 2);
      const c = ws.getCell('C2').value as { formula: string; result: number };
      expect(c.formula).toMatch(/^SUMIFS\(/);
      expect(Math.round(c.result * 100)).toBe(summary[0]!.refundsFen);
    }
  });

  it('keeps hostile text inert: the only formulas are its own sums', async () => {
    const hostile = returns.map((r, i) => (i < 3 ? { ...r, rmaNo: ['=HYPERLINK("http://evil","x")', '+1+1', '@SUM(A1)'][i]!, orderNo: '-2+3' } : r));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await accountantWorkbook({ ...demo.source, returns: hostile }, 'zh-CN')).buffer as ArrayBuffer);
    let formulas = 0;
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
      if (cell.type === ExcelJS.ValueType.Formula) {
        formulas += 1;
        expect(cell.formula).toMatch(/^(SUM|SUMIFS|COUNTIFS)\(|^C\d+\+D\d+/);
      }
      if (typeof cell.value === 'string') expect(/^[=+\-@\t\r]/.test(cell.value)).toBe(false);
    })));
    expect(formulas).toBeGreaterThan(summary.length * 13);
  });

  const hasLibreOffice = spawnSync('libreoffice', ['--version'], { stdio: 'ignore' }).error === undefined;
  it.skipIf(!hasLibreOffice)('LibreOffice recomputes the same figures, with every cached result removed first', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await accountantWorkbook(demo.source, 'en')).buffer as ArrayBuffer);
    // No cached values: whatever LibreOffice shows, it computed.
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
      const v = cell.value as { formula?: string } | null;
      if (v && typeof v === 'object' && 'formula' in v) cell.value = { formula: v.formula! } as ExcelJS.CellFormulaValue;
    })));
    const dir = mkdtempSync(join(tmpdir(), 'hb-wb-'));
    const file = join(dir, 'workbook.xlsx');
    writeFileSync(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    // Token 12 = -1: every sheet to its own CSV (workbook-<sheet>.csv).
    const run = spawnSync('libreoffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', dir, file], { encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    const read = (sheet: string) => Papa.parse<string[]>(readFileSync(join(dir, `workbook-${sheet}.csv`), 'utf8'), { skipEmptyLines: true }).data;
    expect(readdirSync(dir).filter((f) => f.endsWith('.csv'))).toHaveLength(3);
    const num = (s: string | undefined) => Math.round(Number((s ?? '').replace(/,/g, '')) * 100);
    const rows = read('After-sales by month');
    const body = rows.slice(1, -1);
    expect(body.map((r) => r[0])).toEqual(summary.map((m) => m.month));
    expect(body.map((r) => [Number(r[1]), num(r[2]), num(r[3]), num(r[6]), num(r[11]), num(r[12])]))
      .toEqual(summary.map((m) => [m.returns, m.refundsFen, m.labelsFen, m.freightFen, m.netCostFen, m.savingsFen]));
    // The summary's totals equal the detail sheets' totals, each computed by LibreOffice.
    const total = rows.at(-1)!;
    const retTotal = read('Returns and refunds').at(-1)!;
    const decTotal = read('Decisions and costs').at(-1)!;
    expect([num(total[2]), num(total[3]), num(total[4])]).toEqual([num(retTotal[5]), num(retTotal[7]), num(retTotal[9])]);
    expect([num(total[5]), num(total[6]), num(total[7]), num(total[12]), num(total[13])]).toEqual([num(decTotal[3]), num(decTotal[4]), num(decTotal[5]), num(decTotal[10]), num(decTotal[11])]);
    expect(Number(total[1])).toBe(returns.length);
  }, 150_000);
});
