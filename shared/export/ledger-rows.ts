import type { CostLine } from '../decide/model-types';
import type { BatchRecord } from '../schemas/batch';
import type { DecisionRecord } from '../schemas/decision';
import type { Order } from '../schemas/order';
import type { ReturnRecord } from '../schemas/return';
import type { Column, ExportTable } from './table';

/**
 * Returns, accepted decisions (one row each, and their cost lines on a second sheet), return
 * batches and the savings ledger. Codes (reason, grade, option kind) are written as the
 * ledger's stable codes, not translated labels, so a bookkeeper's formulas keep working when
 * the app's language changes.
 */
export function returnsTable(returns: readonly ReturnRecord[], orders: readonly Order[]): ExportTable<ReturnRecord> {
  const byId = new Map(orders.map((o) => [o.id, o]));
  const line = (r: ReturnRecord) => byId.get(r.orderId)?.lines.find((l) => l.id === r.lineId);
  const currency = (r: ReturnRecord) => byId.get(r.orderId)?.currency ?? 'CNY';
  const columns: Column<ReturnRecord>[] = [
    { key: 'rmaNo', type: 'text', value: (r) => r.rmaNo, width: 20 },
    { key: 'orderNo', type: 'text', value: (r) => r.orderNo, width: 22 },
    { key: 'platform', type: 'text', value: (r) => r.platform, width: 11 },
    { key: 'sku', type: 'text', value: (r) => r.sku },
    { key: 'qty', type: 'integer', value: (r) => r.qty, sum: true },
    { key: 'currency', type: 'text', value: currency, width: 8 },
    { key: 'returnedValue', type: 'money', value: (r) => { const l = line(r); return l ? l.unitPriceMinor * r.qty : null; }, currency },
    { key: 'reason', type: 'text', value: (r) => r.reason, width: 16 },
    { key: 'grade', type: 'text', value: (r) => r.grade, width: 6 },
    { key: 'whereabouts', type: 'text', value: (r) => r.whereabouts, width: 18 },
    { key: 'status', type: 'text', value: (r) => r.status, width: 14 },
    { key: 'requestedDate', type: 'date', value: (r) => r.requestedDate },
    { key: 'locationId', type: 'text', value: (r) => r.locationId ?? '' },
    { key: 'notes', type: 'text', value: (r) => r.notes, width: 40 },
  ];
  return { name: 'returns', columns, rows: returns };
}

const costOf = (d: DecisionRecord) => d.chosen.costLines.reduce((s, c) => s + c.fen, 0);

function rmaLookup(returns: readonly ReturnRecord[]) {
  const byId = new Map(returns.map((r) => [r.id, r]));
  return (d: DecisionRecord) => byId.get(d.returnId);
}

export function decisionsTable(decisions: readonly DecisionRecord[], returns: readonly ReturnRecord[]): ExportTable<DecisionRecord> {
  const ret = rmaLookup(returns);
  const columns: Column<DecisionRecord>[] = [
    { key: 'rmaNo', type: 'text', value: (d) => ret(d)?.rmaNo ?? '', width: 20 },
    { key: 'sku', type: 'text', value: (d) => ret(d)?.sku ?? '' },
    { key: 'decidedAt', type: 'date', value: (d) => d.decidedAt.slice(0, 10) },
    { key: 'pricedOn', type: 'date', value: (d) => d.on },
    { key: 'option', type: 'text', value: (d) => d.chosen.kind, width: 14 },
    { key: 'district', type: 'text', value: (d) => d.chosen.districtCode ?? '', width: 8 },
    { key: 'recommended', type: 'integer', value: (d) => (d.recommended ? 1 : 0) },
    { key: 'recoveryCny', type: 'fen', value: (d) => d.chosen.recoveryFen, sum: true },
    { key: 'costCny', type: 'fen', value: costOf, sum: true },
    { key: 'netCny', type: 'fen', value: (d) => d.chosen.netFen, sum: true },
    { key: 'baselineCny', type: 'fen', value: (d) => d.baselineNetFen, sum: true },
    { key: 'savingsCny', type: 'fen', value: (d) => d.savingsFen, sum: true },
    { key: 'savingsVsDisposeCny', type: 'fen', value: (d) => d.savingsVsDisposeFen, sum: true },
  ];
  return { name: 'decisions', columns, rows: decisions };
}

export interface CostRow {
  decision: DecisionRecord;
  cost: CostLine;
}

export function costLinesTable(decisions: readonly DecisionRecord[], returns: readonly ReturnRecord[]): ExportTable<CostRow> {
  const ret = rmaLookup(returns);
  const rows = decisions.flatMap((decision) => decision.chosen.costLines.map((cost) => ({ decision, cost })));
  const columns: Column<CostRow>[] = [
    { key: 'rmaNo', type: 'text', value: (r) => ret(r.decision)?.rmaNo ?? '', width: 20 },
    { key: 'decidedAt', type: 'date', value: (r) => r.decision.decidedAt.slice(0, 10) },
    { key: 'option', type: 'text', value: (r) => r.decision.chosen.kind, width: 14 },
    { key: 'costLine', type: 'text', value: (r) => r.cost.key, width: 28 },
    { key: 'amountCny', type: 'fen', value: (r) => r.cost.fen, sum: true },
    { key: 'originalCurrency', type: 'text', value: (r) => r.cost.original?.currency ?? '', width: 8 },
    { key: 'originalAmount', type: 'money', value: (r) => r.cost.original?.minor ?? null, currency: (r) => r.cost.original?.currency ?? 'CNY' },
  ];
  return { name: 'cost lines', columns, rows };
}

export function batchesTable(batches: readonly BatchRecord[], returns: readonly ReturnRecord[]): ExportTable<BatchRecord> {
  const qty = new Map(returns.map((r) => [r.id, r.qty]));
  const columns: Column<BatchRecord>[] = [
    { key: 'requestNo', type: 'text', value: (b) => b.requestNo, width: 20 },
    { key: 'status', type: 'text', value: (b) => b.status, width: 11 },
    { key: 'locationId', type: 'text', value: (b) => b.locationId },
    { key: 'returnDistrict', type: 'text', value: (b) => b.returnDistrict, width: 8 },
    { key: 'transportMode', type: 'text', value: (b) => b.transportMode, width: 10 },
    { key: 'carrier', type: 'text', value: (b) => b.carrier },
    { key: 'masterWaybill', type: 'text', value: (b) => b.masterWaybill, width: 20 },
    { key: 'plannedDate', type: 'date', value: (b) => b.plannedDate },
    { key: 'returnCount', type: 'integer', value: (b) => b.returnIds.length, sum: true },
    { key: 'units', type: 'integer', value: (b) => b.returnIds.reduce((s, id) => s + (qty.get(id) ?? 0), 0), sum: true },
    { key: 'createdAt', type: 'date', value: (b) => b.createdAt.slice(0, 10) },
  ];
  return { name: 'batches', columns, rows: batches };
}

/** What each accepted decision saved against the pre-reform baseline and "always dispose". */
export function savingsTable(decisions: readonly DecisionRecord[], returns: readonly ReturnRecord[]): ExportTable<DecisionRecord> {
  const ret = rmaLookup(returns);
  const sorted = [...decisions].sort((a, b) => (a.decidedAt < b.decidedAt ? -1 : a.decidedAt > b.decidedAt ? 1 : 0));
  const columns: Column<DecisionRecord>[] = [
    { key: 'month', type: 'text', value: (d) => d.decidedAt.slice(0, 7), width: 9 },
    { key: 'decidedAt', type: 'date', value: (d) => d.decidedAt.slice(0, 10) },
    { key: 'rmaNo', type: 'text', value: (d) => ret(d)?.rmaNo ?? '', width: 20 },
    { key: 'platform', type: 'text', value: (d) => d.input.platform, width: 11 },
    { key: 'option', type: 'text', value: (d) => d.chosen.kind, width: 14 },
    { key: 'netCny', type: 'fen', value: (d) => d.chosen.netFen, sum: true },
    { key: 'baselineCny', type: 'fen', value: (d) => d.baselineNetFen, sum: true },
    { key: 'savingsCny', type: 'fen', value: (d) => d.savingsFen, sum: true },
    { key: 'disposeCny', type: 'fen', value: (d) => d.disposeNetFen, sum: true },
    { key: 'savingsVsDisposeCny', type: 'fen', value: (d) => d.savingsVsDisposeFen, sum: true },
  ];
  return { name: 'savings', columns, rows: sorted };
}
