import type { Order } from '../schemas/order';
import type { Product } from '../schemas/product';
import type { ReturnRecord } from '../schemas/return';
import type { DecisionInput, Reason } from './model-types';

/**
 * Feeds ledger records into the model. The order line froze the declaration (value, weight,
 * rebate) on export; the catalog product supplies what the line does not carry (goods cost,
 * home value, food, duty rate). Anything missing is reported per field, not guessed.
 */

export type LedgerReturn = Pick<ReturnRecord, 'id' | 'lineId' | 'qty' | 'grade' | 'whereabouts' | 'locationId' | 'requestedDate'>;
export type LedgerOrder = Pick<Order, 'platform' | 'currency' | 'lines' | 'exportMode' | 'exportDistrict' | 'exportDate' | 'zoneExitDate'>;
export type LedgerProduct = Pick<Product, 'goodsCostFen' | 'homeValueFen' | 'food' | 'dutyRateBp'>;

export type MapResult = { ok: true; input: DecisionInput } | { ok: false; missing: Reason[] };

export function decisionInputFromLedger(ret: LedgerReturn, order: LedgerOrder, product: LedgerProduct | null, vatRateBp: number | null = null): MapResult {
  const missing: Reason[] = [];
  const line = order.lines.find((l) => l.id === ret.lineId);
  if (!line) missing.push({ key: 'decide.missing.orderLine', params: { returnId: ret.id } });
  if (!product) missing.push({ key: 'decide.missing.product', params: { returnId: ret.id, sku: line?.sku ?? '' } });
  if (ret.locationId === null) missing.push({ key: 'decide.missing.location', params: { returnId: ret.id } });
  if (!line || !product || ret.locationId === null) return { ok: false, missing };
  return {
    ok: true,
    input: {
      returnId: ret.id,
      qty: ret.qty,
      grade: ret.grade,
      buyerShipped: ret.whereabouts !== 'with_buyer',
      requestedDate: ret.requestedDate,
      platform: order.platform,
      locationId: ret.locationId,
      unitWeightG: line.unitWeightG,
      declaredValueMinor: line.declaredValueMinor,
      declaredCurrency: order.currency,
      unitPriceMinor: line.unitPriceMinor,
      saleCurrency: order.currency,
      rebatePerUnitFen: line.rebatePerUnitFen,
      goodsCostFen: product.goodsCostFen,
      homeValueFen: product.homeValueFen,
      food: product.food,
      dutyRateBp: product.dutyRateBp,
      vatRateBp,
      exportMode: order.exportMode,
      exportDistrict: order.exportDistrict,
      exportDate: order.exportDate,
      zoneExitDate: order.zoneExitDate ?? null,
    },
  };
}
