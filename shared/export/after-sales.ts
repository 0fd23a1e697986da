import { latestByReturn } from '../dashboard/facts';
import { returnMoneyFen } from '../dashboard/return-facts';
import { rateBook, toFen } from '../decide/currency';
import type { CurrencyRate } from '../decide/presets-types';
import type { DecisionRecord } from '../schemas/decision';
import type { Order } from '../schemas/order';
import type { ReturnRecord } from '../schemas/return';

/**
 * The after-sales money of each return and each accepted decision, in CNY fen, as the
 * accountant's workbook lists them (one row each) and its monthly summary adds them up.
 * Refunds, labels and kept fees come from the return (returnMoneyFen: the dashboard's own
 * conversion, so the two agree); freight, taxes and rebates from the latest decision's cost
 * lines (the dashboard's "latest decision per return" rule). The model's first-leg label is
 * left out here: the label a return really cost is on the return.
 */
export interface ReturnMoneyRow {
  month: string;
  ret: ReturnRecord;
  /** Null when no rate converts the order's currency on that date. */
  refundFen: number | null;
  refundAssumed: boolean;
  labelFen: number;
  feesKeptFen: number;
}

/** A decision's money split the way the summary's columns are. */
export interface CostSplit {
  /** What liquidating or relisting overseas brings in. */
  proceedsFen: number;
  freightFen: number;
  taxesFen: number;
  rebateFen: number;
  /** Disposal, handling, relisting, platform and refurbishment fees. */
  otherFen: number;
  /** Value of the goods brought home. */
  recoveredFen: number;
}

export interface DecisionMoneyRow extends CostSplit {
  month: string;
  decision: DecisionRecord;
  rmaNo: string;
}

const FREIGHT = new Set(['freightFixed', 'freightPerParcel', 'freightPerKg', 'clearance', 'domesticHaul']);
const TAXES = new Set(['importDuty', 'importVat']);
const REBATE = 'rebateRepaid';
const FIRST_LEG = 'firstLeg';
const OVERSEAS_SALE = new Set(['liquidate', 'relist']);
const HOME = new Set(['home_original', 'home_other']);

export function returnMoneyRows(returns: readonly ReturnRecord[], orders: readonly Order[], rates: readonly CurrencyRate[]): ReturnMoneyRow[] {
  const book = rateBook(rates);
  const byId = new Map(orders.map((o) => [o.id, o]));
  const rows: ReturnMoneyRow[] = [];
  for (const ret of returns) {
    const o = byId.get(ret.orderId);
    if (!o) continue;
    const line = o.lines.find((l) => l.id === ret.lineId);
    const money = returnMoneyFen(ret, line, (factors, on) => toFen(book, o.currency, on, factors));
    rows.push({ month: ret.requestedDate.slice(0, 7), ret, ...money });
  }
  return rows.sort((a, b) => (a.ret.requestedDate < b.ret.requestedDate ? -1 : a.ret.requestedDate > b.ret.requestedDate ? 1 : 0));
}

export function decisionMoneyRows(decisions: readonly DecisionRecord[], returns: readonly ReturnRecord[]): DecisionMoneyRow[] {
  const rma = new Map(returns.map((r) => [r.id, r.rmaNo]));
  const rows: DecisionMoneyRow[] = [];
  for (const decision of latestByReturn(decisions).values()) {
    const c = decision.chosen;
    const row: DecisionMoneyRow = {
      month: decision.on.slice(0, 7), decision, rmaNo: rma.get(decision.returnId) ?? '',
      proceedsFen: OVERSEAS_SALE.has(c.kind) ? c.recoveryFen : 0, recoveredFen: HOME.has(c.kind) ? c.recoveryFen : 0,
      freightFen: 0, taxesFen: 0, rebateFen: 0, otherFen: 0,
    };
    for (const line of c.costLines) {
      const key = line.key.replace(/^decide\.cost\./, '');
      if (FREIGHT.has(key)) row.freightFen += line.fen;
      else if (TAXES.has(key)) row.taxesFen += line.fen;
      else if (key === REBATE) row.rebateFen += line.fen;
      else if (key !== FIRST_LEG) row.otherFen += line.fen;
    }
    rows.push(row);
  }
  return rows.sort((a, b) => (a.decision.on < b.decision.on ? -1 : a.decision.on > b.decision.on ? 1 : 0));
}

/** One month of the summary, worked out here so the workbook's formulas have cached results a test can hold. */
export interface MonthSummary extends CostSplit {
  month: string;
  returns: number;
  refundsFen: number;
  labelsFen: number;
  feesKeptFen: number;
  netCostFen: number;
  savingsFen: number;
  savingsVsDisposeFen: number;
}

export function monthlySummary(returns: readonly ReturnMoneyRow[], decisions: readonly DecisionMoneyRow[]): MonthSummary[] {
  const months = new Map<string, MonthSummary>();
  const at = (month: string) => {
    let m = months.get(month);
    if (!m) {
      m = { month, returns: 0, refundsFen: 0, labelsFen: 0, feesKeptFen: 0, proceedsFen: 0, freightFen: 0, taxesFen: 0, rebateFen: 0, otherFen: 0, recoveredFen: 0, netCostFen: 0, savingsFen: 0, savingsVsDisposeFen: 0 };
      months.set(month, m);
    }
    return m;
  };
  for (const r of returns) {
    const m = at(r.month);
    m.returns += 1;
    m.refundsFen += r.refundFen ?? 0;
    m.labelsFen += r.labelFen;
    m.feesKeptFen += r.feesKeptFen;
  }
  for (const d of decisions) {
    const m = at(d.month);
    m.proceedsFen += d.proceedsFen;
    m.freightFen += d.freightFen;
    m.taxesFen += d.taxesFen;
    m.rebateFen += d.rebateFen;
    m.otherFen += d.otherFen;
    m.recoveredFen += d.recoveredFen;
    m.savingsFen += d.decision.savingsFen;
    m.savingsVsDisposeFen += d.decision.savingsVsDisposeFen;
  }
  const list = [...months.values()].sort((a, b) => (a.month < b.month ? -1 : 1));
  for (const m of list) m.netCostFen = m.refundsFen + m.labelsFen + m.feesKeptFen + m.freightFen + m.taxesFen + m.rebateFen + m.otherFen - m.proceedsFen - m.recoveredFen;
  return list;
}
