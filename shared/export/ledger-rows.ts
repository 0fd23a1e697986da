import type { CostLine } from '../decide/model-types';
import type { BatchRecord } from '../schemas/batch';
import type { DecisionRecord } from '../schemas/decision';
import type { Order } from '../schemas/order';
import type { ReturnRecord } from '../schemas/return';
import type { Column, ExportTable } from './table';
import type { ExportWords } from './words';

/**
 * Returns, accepted decisions (one row each, and their cost lines on a second sheet), return
 * batches and the savings ledger. Coded values (platform, reason, grade, option…) are written
 * as the words the screen shows, in the export's language; each such column carries its code,
 * which the "code columns" option writes beside it for people who feed other systems.
 */
export function returnsTable(returns: readonly ReturnRecord[], orders: readonly Order[], w: ExportWords): ExportTable<ReturnRecord> {
  const byId = new Map(orders.map((o) => [o.id, o]));
  const line = (r: ReturnRecord) => byId.get(r.orderId)?.lines.find((l) => l.id === r.lineId);
  const currency = (r: ReturnRecord) => byId.get(r.orderId)?.currency ?? 'CNY';
  const columns: Column<ReturnRecord>[] = [
    { key: 'rmaNo', type: 'text', value: (r) => r.rmaNo, width: 20 },
    { key: 'orderNo', type: 'text', value: (r) => r.orderNo, width: 22 },
    { key: 'platform', type: 'text', value: (r) => w.word('platform', r.platform), code: (r) => r.platform, width: 11 },
    { key: 'sku', type: 'text', value: (r) => r.sku },
    { key: 'qty', type: 'integer', value: (r) => r.qty, sum: true },
    { key: 'currency', type: 'text', value: currency, width: 8 },
    { key: 'returnedValue', type: 'money', value: (r) => { const l = line(r); return l ? l.unitPriceMinor * r.qty : null; }, currency },
    { key: 'reason', type: 'text', value: (r) => w.word('reason', r.reason), code: (r) => r.reason, width: 16 },
    { key: 'grade', type: 'text', value: (r) => w.word('grade', r.grade), code: (r) => r.grade, width: 22 },
    { key: 'whereabouts', type: 'text', value: (r) => w.word('whereabouts', r.whereabouts), code: (r) => r.whereabouts, width: 18 },
    { key: 'status', type: 'text', value: (r) => w.word('status', r.status), code: (r) => r.status, width: 14 },
    { key: 'requestedDate', type: 'date', value: (r) => r.requestedDate },
    { key: 'locationId', type: 'text', value: (r) => w.location(r.locationId), code: (r) => r.locationId ?? '', width: 24 },
    { key: 'parcelCount', type: 'integer', value: (r) => r.parcelCount ?? 1, sum: true },
    // What the buyer got back: as recorded, or the full line value marked as assumed.
    { key: 'refund', type: 'money', value: (r) => r.refundMinor ?? (line(r) ? line(r)!.unitPriceMinor * r.qty : null), currency },
    { key: 'refundAssumed', type: 'integer', value: (r) => (r.refundMinor === null || r.refundMinor === undefined ? 1 : 0), sum: true },
    { key: 'refundDate', type: 'date', value: (r) => r.refundDate ?? null },
    { key: 'labelCost', type: 'money', value: (r) => r.labelCostMinor ?? null, currency },
    { key: 'labelPaidBy', type: 'text', value: (r) => (r.labelPaidBy ? w.word('labelPaidBy', r.labelPaidBy) : ''), code: (r) => r.labelPaidBy ?? '', width: 10 },
    { key: 'feesRefunded', type: 'money', value: (r) => r.feesRefundedMinor ?? null, currency },
    { key: 'feesKept', type: 'money', value: (r) => r.feesKeptMinor ?? null, currency },
    { key: 'notes', type: 'text', value: (r) => r.notes, width: 40 },
  ];
  return { name: 'returns', columns, rows: returns };
}

const costOf = (d: DecisionRecord) => d.chosen.costLines.reduce((s, c) => s + c.fen, 0);

function rmaLookup(returns: readonly ReturnRecord[]) {
  const byId = new Map(returns.map((r) => [r.id, r]));
  return (d: DecisionRecord) => byId.get(d.returnId);
}

export function decisionsTable(decisions: readonly DecisionRecord[], returns: readonly ReturnRecord[], w: ExportWords): ExportTable<DecisionRecord> {
  const ret = rmaLookup(returns);
  const columns: Column<DecisionRecord>[] = [
    { key: 'rmaNo', type: 'text', value: (d) => ret(d)?.rmaNo ?? '', width: 20 },
    { key: 'sku', type: 'text', value: (d) => ret(d)?.sku ?? '' },
    { key: 'decidedAt', type: 'date', value: (d) => d.decidedAt.slice(0, 10) },
    { key: 'pricedOn', type: 'date', value: (d) => d.on },
    { key: 'option', type: 'text', value: (d) => w.word('option', d.chosen.kind), code: (d) => d.chosen.kind, width: 22 },
    { key: 'district', type: 'text', value: (d) => (d.chosen.districtCode ? w.district(d.chosen.districtCode) : ''), code: (d) => d.chosen.districtCode ?? '', width: 20 },
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

export function costLinesTable(decisions: readonly DecisionRecord[], returns: readonly ReturnRecord[], w: ExportWords): ExportTable<CostRow> {
  const ret = rmaLookup(returns);
  const rows = decisions.flatMap((decision) => decision.chosen.costLines.map((cost) => ({ decision, cost })));
  const columns: Column<CostRow>[] = [
    { key: 'rmaNo', type: 'text', value: (r) => ret(r.decision)?.rmaNo ?? '', width: 20 },
    { key: 'decidedAt', type: 'date', value: (r) => r.decision.decidedAt.slice(0, 10) },
    { key: 'option', type: 'text', value: (r) => w.word('option', r.decision.chosen.kind), code: (r) => r.decision.chosen.kind, width: 22 },
    { key: 'costLine', type: 'text', value: (r) => w.costLine(r.cost.key, r.cost.params), code: (r) => r.cost.key.replace(/^decide\.cost\./, ''), width: 40 },
    { key: 'amountCny', type: 'fen', value: (r) => r.cost.fen, sum: true },
    { key: 'originalCurrency', type: 'text', value: (r) => r.cost.original?.currency ?? '', width: 8 },
    { key: 'originalAmount', type: 'money', value: (r) => r.cost.original?.minor ?? null, currency: (r) => r.cost.original?.currency ?? 'CNY' },
  ];
  return { name: 'costLines', columns, rows };
}

export function batchesTable(batches: readonly BatchRecord[], returns: readonly ReturnRecord[], w: ExportWords): ExportTable<BatchRecord> {
  const qty = new Map(returns.map((r) => [r.id, r.qty]));
  const columns: Column<BatchRecord>[] = [
    { key: 'requestNo', type: 'text', value: (b) => b.requestNo, width: 20 },
    { key: 'status', type: 'text', value: (b) => w.word('batchStatus', b.status), code: (b) => b.status, width: 11 },
    { key: 'locationId', type: 'text', value: (b) => w.location(b.locationId), code: (b) => b.locationId, width: 24 },
    { key: 'returnDistrict', type: 'text', value: (b) => w.district(b.returnDistrict), code: (b) => b.returnDistrict, width: 20 },
    { key: 'transportMode', type: 'text', value: (b) => w.word('transport', b.transportMode), code: (b) => b.transportMode, width: 10 },
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
export function savingsTable(decisions: readonly DecisionRecord[], returns: readonly ReturnRecord[], w: ExportWords): ExportTable<DecisionRecord> {
  const ret = rmaLookup(returns);
  const sorted = [...decisions].sort((a, b) => (a.decidedAt < b.decidedAt ? -1 : a.decidedAt > b.decidedAt ? 1 : 0));
  const columns: Column<DecisionRecord>[] = [
    { key: 'month', type: 'text', value: (d) => d.decidedAt.slice(0, 7), width: 9 },
    { key: 'decidedAt', type: 'date', value: (d) => d.decidedAt.slice(0, 10) },
    { key: 'rmaNo', type: 'text', value: (d) => ret(d)?.rmaNo ?? '', width: 20 },
    { key: 'platform', type: 'text', value: (d) => w.word('platform', d.input.platform), code: (d) => d.input.platform, width: 11 },
    { key: 'option', type: 'text', value: (d) => w.word('option', d.chosen.kind), code: (d) => d.chosen.kind, width: 22 },
    { key: 'netCny', type: 'fen', value: (d) => d.chosen.netFen, sum: true },
    { key: 'baselineCny', type: 'fen', value: (d) => d.baselineNetFen, sum: true },
    { key: 'savingsCny', type: 'fen', value: (d) => d.savingsFen, sum: true },
    { key: 'disposeCny', type: 'fen', value: (d) => d.disposeNetFen, sum: true },
    { key: 'savingsVsDisposeCny', type: 'fen', value: (d) => d.savingsVsDisposeFen, sum: true },
  ];
  return { name: 'savings', columns, rows: sorted };
}
