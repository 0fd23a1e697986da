import type { Currency, Platform } from '../codes/ledger-codes';
import { addDays } from '../dates';
import type { ReturnMoney } from '../schemas/return';
import type { ReturnStatus } from '../ledger/return-status';

/**
 * What each demo return really cost: the refund the marketplace paid the buyer, the return
 * label and who paid it, the fees refunded or kept. Derived from the return's own figures
 * (never from the random stream, so the rest of the demo stays as it was): most refunds are
 * in full, every seventh is partial (restocking deduction), a return still with the buyer has
 * no refund yet and counts as "assumed".
 */
/** A prepaid return label in the order's currency, minor units (DOMAIN.md: US labels ~ $8). */
const LABEL_MINOR: Partial<Record<Currency, number>> = { USD: 799, EUR: 650, GBP: 595, JPY: 900, RUB: 120_000, AUD: 1150, CAD: 1050 };

export function demoReturnMoney(n: number, r: { qty: number; requestedDate: string; status: ReturnStatus; unitWeightG: number }, unitPriceMinor: number, currency: Currency, platform: Platform): ReturnMoney {
  const value = unitPriceMinor * r.qty;
  // Heavy returns travel in more than one carton: about 20 kg a carton.
  const parcelCount = Math.max(1, Math.ceil((r.unitWeightG * r.qty) / 20_000));
  if (r.status === 'requested') return { parcelCount, refundMinor: null, refundDate: null, labelCostMinor: null, labelPaidBy: null, feesRefundedMinor: null, feesKeptMinor: null };
  const refundMinor = n % 7 === 3 ? Math.round(value * 0.8) : value;
  const fee = Math.round(value * 0.15);
  const label = LABEL_MINOR[currency] ?? Math.round(value * 0.1);
  const keeps = r.status === 'kept_by_buyer';
  return {
    parcelCount,
    refundMinor,
    refundDate: addDays(r.requestedDate, 2),
    labelCostMinor: keeps ? 0 : label,
    labelPaidBy: keeps ? null : platform === 'amazon' || n % 4 !== 0 ? 'seller' : 'buyer',
    // Amazon refunds its referral fee less a 20 % refund administration fee.
    feesRefundedMinor: platform === 'amazon' ? Math.round(fee * 0.8) : 0,
    feesKeptMinor: platform === 'amazon' ? fee - Math.round(fee * 0.8) : fee,
  };
}
