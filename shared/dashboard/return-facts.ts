import { addMonths } from '../dates';
import { rateBook, toFen } from '../decide/currency';
import { exemptionStart } from '../decide/eligibility';
import type { DashboardSources, DashOrder, DashReturn, ReturnFact } from './facts';
import { OrderJoin } from './order-join';
import { Interner } from './sales-table';

/**
 * The return facts: one per return whose order is known. Built once from every return, then
 * patched when some returns (or the orders they name) change: only those are worked out
 * again, by the same rule (ReturnFactRule), and the others' facts are kept as they were.
 */

/**
 * The rate charts' keys of each return fact (same index), as small integers, so counting
 * returned units per SKU, reason, country and platform adds into arrays, not string maps.
 */
export interface ReturnKeys {
  sku: Int32Array;
  reason: Int32Array;
  country: Int32Array;
  platform: Int32Array;
  skus: string[];
  reasons: string[];
  countries: string[];
  platforms: string[];
}

/** The return facts, from the returns and (at least) the orders they name. */
export interface ReturnsPart {
  /** In the order of the returns given (the ledger reads them by id); a patch keeps id order. */
  returns: ReturnFact[];
  returnKeys: ReturnKeys;
  /** Currencies of refunds that had no rate. */
  missingRates: string[];
  /** Buyer country by return id, for the decision facts. */
  countryOf: Map<string, string>;
  /** What a patch needs besides the facts. */
  kept: KeptState;
}

interface KeptState {
  /** Every return's order id, whether its order was found or not. */
  orderOf: Map<string, string>;
  /** How many returns name each order. */
  named: Map<string, number>;
  /** The currency without a rate, by return id (only those returns). */
  missing: Map<string, string>;
  interners: [Interner, Interner, Interner, Interner];
}

/** What changed since the part was built: returns written (as they are now) and deleted. */
export interface ReturnsChange {
  /** Returns added or edited, and the returns naming an order that was written. */
  put: readonly DashReturn[];
  deleted: readonly string[];
  /** At least the orders `put` names (those missing from the ledger are simply absent). */
  orders: readonly DashOrder[];
}

/**
 * A return's money in fen, each amount converted once and rounded once (as Decide does): the
 * recorded refund at its date's rate, else the full line value at the request date's (assumed).
 */
export function returnMoneyFen(r: DashReturn, line: { unitPriceMinor: number } | undefined, fen: (factors: number[], on: string) => number): Pick<ReturnFact, 'refundFen' | 'refundAssumed' | 'labelFen' | 'feesKeptFen'> {
  const refundAssumed = r.refundMinor === null || r.refundMinor === undefined;
  const on = r.refundDate ?? r.requestedDate;
  try {
    const refundFen = refundAssumed ? (line ? fen([line.unitPriceMinor, r.qty], r.requestedDate) : null) : fen([r.refundMinor!], on);
    const labelFen = r.labelPaidBy === 'seller' && r.labelCostMinor ? fen([r.labelCostMinor], on) : 0;
    const feesKeptFen = r.feesKeptMinor ? fen([r.feesKeptMinor], on) : 0;
    return { refundFen, refundAssumed, labelFen, feesKeptFen };
  } catch {
    return { refundFen: null, refundAssumed, labelFen: 0, feesKeptFen: 0 };
  }
}

/** The one rule turning a return and its order into a fact. */
class ReturnFactRule {
  private readonly book;
  private readonly exemption;
  private readonly exemptModes: Set<string>;
  private readonly exemptGrades: Set<string>;
  /** The two deadlines depend only on the export date: a few hundred distinct dates among thousands of returns. */
  private readonly plusMonths = new Map<string, [string, string]>();

  constructor(private readonly src: Pick<DashboardSources, 'foodSkus' | 'presets'>) {
    this.book = rateBook(src.presets.rates);
    this.exemption = src.presets.taxExemption;
    this.exemptModes = new Set<string>(this.exemption.modes);
    this.exemptGrades = new Set<string>(this.exemption.grades);
  }

  private lastDays(exportDate: string): [string, string] {
    let days = this.plusMonths.get(exportDate);
    if (!days) this.plusMonths.set(exportDate, (days = [addMonths(exportDate, this.exemption.months), addMonths(exportDate, this.src.presets.returnRight.months)]));
    return days;
  }

  /** The fact of `r`; a currency without a rate goes into `missing` under the return's id. */
  fact(r: DashReturn, o: DashOrder, missing: Map<string, string>): ReturnFact {
    let line: DashOrder['lines'][number] | undefined;
    for (const l of o.lines) {
      if (l.id === r.lineId) {
        line = l;
        break;
      }
    }
    const money = returnMoneyFen(r, line, (minor, on) => toFen(this.book, o.currency, on, minor));
    if (money.refundFen === null && line) missing.set(r.id, o.currency);
    const [exportPlus, rightDay] = this.lastDays(o.exportDate);
    const exemption = this.exemption;
    // 1210 goods: the exemption's months run from leaving the bonded zone (as in Decide).
    const start = exemptionStart(o);
    const exemptionDay = start === o.exportDate ? exportPlus : addMonths(start, exemption.months);
    const food = this.src.foodSkus.has(r.sku);
    const inWindow = exemption.windows.some((w) => w.exportFrom <= o.exportDate && o.exportDate <= w.exportTo);
    const exempt = this.exemptModes.has(o.exportMode) && this.exemptGrades.has(r.grade) && !(exemption.excludeFood && food) && inWindow;
    return {
      id: r.id, rmaNo: r.rmaNo, orderDate: o.orderDate, requestedDate: r.requestedDate, platform: o.platform, country: o.buyerCountry,
      sku: r.sku, reason: r.reason, grade: r.grade, units: r.qty, locationId: r.locationId ?? '', status: r.status,
      exportDate: o.exportDate, exportMode: o.exportMode, food, ...money,
      exemptionLastDay: exempt ? exemptionDay : null, rightLastDay: rightDay,
    };
  }
}

/** The facts in order with their key columns; a fact kept from an earlier part copies its keys (same interners). */
class PartBuilder {
  readonly returns: ReturnFact[] = [];
  private readonly sku: Int32Array;
  private readonly reason: Int32Array;
  private readonly country: Int32Array;
  private readonly platform: Int32Array;

  constructor(capacity: number, private readonly interners: KeptState['interners']) {
    this.sku = new Int32Array(capacity);
    this.reason = new Int32Array(capacity);
    this.country = new Int32Array(capacity);
    this.platform = new Int32Array(capacity);
  }

  add(f: ReturnFact): void {
    const i = this.returns.length;
    const [skus, reasons, countries, platforms] = this.interners;
    this.sku[i] = skus.id(f.sku);
    this.reason[i] = reasons.id(f.reason);
    this.country[i] = countries.id(f.country);
    this.platform[i] = platforms.id(f.platform);
    this.returns.push(f);
  }

  keep(from: ReturnKeys, j: number, f: ReturnFact): void {
    const i = this.returns.length;
    this.sku[i] = from.sku[j]!;
    this.reason[i] = from.reason[j]!;
    this.country[i] = from.country[j]!;
    this.platform[i] = from.platform[j]!;
    this.returns.push(f);
  }

  part(countryOf: Map<string, string>, kept: KeptState): ReturnsPart {
    const n = this.returns.length;
    const [skus, reasons, countries, platforms] = this.interners;
    return {
      returns: this.returns, missingRates: [...new Set(kept.missing.values())].sort(), countryOf, kept,
      returnKeys: {
        // Returns whose order is missing have no fact: the key columns end with the facts.
        sku: this.sku.subarray(0, n), reason: this.reason.subarray(0, n), country: this.country.subarray(0, n), platform: this.platform.subarray(0, n),
        skus: skus.values, reasons: reasons.values, countries: countries.values, platforms: platforms.values,
      },
    };
  }
}

function name(kept: KeptState, r: DashReturn): void {
  kept.orderOf.set(r.id, r.orderId);
  kept.named.set(r.orderId, (kept.named.get(r.orderId) ?? 0) + 1);
}

function unname(kept: KeptState, returnId: string): void {
  const orderId = kept.orderOf.get(returnId);
  if (orderId === undefined) return;
  kept.orderOf.delete(returnId);
  kept.missing.delete(returnId);
  const n = kept.named.get(orderId)! - 1;
  if (n > 0) kept.named.set(orderId, n);
  else kept.named.delete(orderId);
}

export function returnFacts(src: Pick<DashboardSources, 'returns' | 'foodSkus' | 'presets'>, allOrders: readonly DashOrder[]): ReturnsPart {
  // A bitset turns most orders no return names away before the map probe (see OrderJoin).
  const orders = new OrderJoin();
  for (const r of src.returns) orders.want(r.orderId);
  for (const o of allOrders) orders.offer(o);
  const rule = new ReturnFactRule(src);
  const kept: KeptState = { orderOf: new Map(), named: new Map(), missing: new Map(), interners: [new Interner(), new Interner(), new Interner(), new Interner()] };
  const out = new PartBuilder(src.returns.length, kept.interners);
  const countryOf = new Map<string, string>();
  for (const r of src.returns) {
    name(kept, r);
    const o = orders.get(r.orderId);
    if (!o) continue;
    countryOf.set(r.id, o.buyerCountry);
    out.add(rule.fact(r, o, kept.missing));
  }
  return out.part(countryOf, kept);
}

/** Whether some return names this order (its change then changes that return's fact). */
export function namesOrder(part: ReturnsPart, orderId: string): boolean {
  return part.kept.named.has(orderId);
}

/**
 * The part after `change`, the same as returnFacts of the returns as they now are (read in
 * id order). Only the returns written or deleted are worked out again; the rest keep their
 * facts. Takes over the given part's maps: use only the part returned from then on.
 */
export function patchReturnFacts(part: ReturnsPart, src: Pick<DashboardSources, 'foodSkus' | 'presets'>, change: ReturnsChange): ReturnsPart {
  const { kept, countryOf } = part;
  // A return written twice counts as it was written last.
  const put = new Map(change.put.map((r) => [r.id, r]));
  const deleted = new Set(change.deleted);
  const gone = new Set<string>(deleted);
  for (const id of put.keys()) gone.add(id);
  for (const id of gone) {
    unname(kept, id);
    countryOf.delete(id);
  }
  const orders = new Map(change.orders.map((o) => [o.id, o]));
  const rule = new ReturnFactRule(src);
  const fresh: ReturnFact[] = [];
  for (const r of put.values()) {
    if (deleted.has(r.id)) continue;
    name(kept, r);
    const o = orders.get(r.orderId);
    if (!o) continue;
    countryOf.set(r.id, o.buyerCountry);
    fresh.push(rule.fact(r, o, kept.missing));
  }
  fresh.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Merge by id: the kept facts (less those written or deleted) with the fresh ones.
  const old = part.returns;
  const out = new PartBuilder(old.length + fresh.length, kept.interners);
  let k = 0;
  for (let j = 0; j < old.length; j++) {
    const f = old[j]!;
    while (k < fresh.length && fresh[k]!.id < f.id) out.add(fresh[k++]!);
    if (gone.size === 0 || !gone.has(f.id)) out.keep(part.returnKeys, j, f);
  }
  while (k < fresh.length) out.add(fresh[k++]!);
  return out.part(countryOf, kept);
}
