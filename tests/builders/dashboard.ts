import { OPTION_KINDS, SEED_PRESETS, type DecidePresets, type OptionKind } from '../../shared/decide';
import type { DashDecision, DashOrder, DashReturn, DashboardSources } from '../../shared/dashboard/facts';
import type { ReturnsPart } from '../../shared/dashboard/return-facts';

/**
 * A small ledger whose figures are worked out by hand in tests/unit/dashboard: three months
 * (February has no orders, returns or decisions), buyers paying in USD, EUR and JPY (JPY has
 * no rate on purpose), one return decided twice, one still waiting overseas.
 */
export const RATES: DecidePresets['rates'] = [
  { currency: 'USD', validFrom: '2025-01-01', cnyMillionths: 7_100_000 },
  { currency: 'EUR', validFrom: '2025-01-01', cnyMillionths: 7_800_000 },
];

export function anOrderRow(id: string, overrides: Partial<DashOrder> = {}): DashOrder {
  return { id, platform: 'amazon', orderDate: '2026-01-10', buyerCountry: 'US', currency: 'USD', exportDate: '2026-01-12', exportMode: '9610', lines: [], ...overrides };
}

export function aReturnRow(id: string, orderId: string, lineId: string, overrides: Partial<DashReturn> = {}): DashReturn {
  return { id, orderId, lineId, rmaNo: `RMA-${id}`, qty: 1, reason: 'defective', grade: 'B', status: 'requested', locationId: 'us-amazon', requestedDate: '2026-01-25', sku: 'A', ...overrides };
}

export function aDecisionRow(returnId: string, kind: OptionKind, figures: {
  on: string; net: number; baseline: number; dispose: number; recovery: number; costs: number[];
  qty: number; weightG: number; goodsCostFen: number; platform: DashDecision['input']['platform']; locationId: string;
  districtCode?: string; routeId?: string; decidedAt?: string;
}): DashDecision {
  return {
    returnId, decidedAt: figures.decidedAt ?? `${figures.on}T10:00:00.000Z`, on: figures.on,
    baselineNetFen: figures.baseline, disposeNetFen: figures.dispose,
    savingsFen: figures.net - figures.baseline, savingsVsDisposeFen: figures.net - figures.dispose,
    chosen: {
      kind, districtCode: figures.districtCode, routeId: figures.routeId, netFen: figures.net, recoveryFen: figures.recovery,
      costLines: figures.costs.map((fen, i) => ({ key: `cost.${i}`, fen })),
    },
    input: { qty: figures.qty, unitWeightG: figures.weightG, goodsCostFen: figures.goodsCostFen, platform: figures.platform, locationId: figures.locationId },
  };
}

export function smallLedger(overrides: Partial<DashboardSources & { orders: DashOrder[] }> = {}): DashboardSources & { orders: DashOrder[] } {
  const orders: DashOrder[] = [
    anOrderRow('O1', { lines: [{ id: 'L1', sku: 'A', qty: 10, unitPriceMinor: 1999 }, { id: 'L2', sku: 'B', qty: 5, unitPriceMinor: 500 }] }),
    anOrderRow('O2', { platform: 'temu', orderDate: '2026-01-20', exportDate: '2026-01-21', lines: [{ id: 'L3', sku: 'A', qty: 10, unitPriceMinor: 1000 }] }),
    anOrderRow('O3', { platform: 'aliexpress', buyerCountry: 'ES', currency: 'EUR', orderDate: '2026-03-05', exportDate: '2026-03-06', lines: [{ id: 'L4', sku: 'B', qty: 4, unitPriceMinor: 2500 }] }),
    anOrderRow('O4', { buyerCountry: 'JP', currency: 'JPY', orderDate: '2026-03-15', exportDate: '2026-03-16', lines: [{ id: 'L5', sku: 'C', qty: 2, unitPriceMinor: 3000 }] }),
  ];
  const returns: DashReturn[] = [
    aReturnRow('R1', 'O1', 'L1', { qty: 2, status: 'disposed' }),
    aReturnRow('R2', 'O2', 'L3', { reason: 'damaged', status: 'received_china', requestedDate: '2026-01-28' }),
    aReturnRow('R3', 'O3', 'L4', { sku: 'B', grade: 'A', locationId: 'de-amazon', requestedDate: '2026-03-20' }),
    aReturnRow('R4', 'O4', 'L5', { sku: 'C', reason: 'size_fit', status: 'relisted', locationId: 'jp-amazon', requestedDate: '2026-03-25' }),
  ];
  const decisions: DashDecision[] = [
    aDecisionRow('R1', 'dispose', { on: '2026-01-26', net: -1500, baseline: -1500, dispose: -1500, recovery: 0, costs: [1500], qty: 2, weightG: 380, goodsCostFen: 2600, platform: 'amazon', locationId: 'us-amazon' }),
    // Decided twice: only the later decision (home via Shanghai) counts.
    aDecisionRow('R2', 'dispose', { on: '2026-01-29', net: -1200, baseline: -800, dispose: -1200, recovery: 0, costs: [1200], qty: 1, weightG: 380, goodsCostFen: 2600, platform: 'temu', locationId: 'us-amazon' }),
    aDecisionRow('R2', 'home_other', {
      on: '2026-01-30', net: 3000, baseline: -800, dispose: -1200, recovery: 5000, costs: [1200, 800], qty: 1, weightG: 380, goodsCostFen: 2600,
      platform: 'temu', locationId: 'us-amazon', districtCode: '2200', routeId: 'us-air-sha',
    }),
    aDecisionRow('R4', 'relist', { on: '2026-03-27', net: 900, baseline: 900, dispose: -300, recovery: 2000, costs: [1100], qty: 1, weightG: 200, goodsCostFen: 3000, platform: 'amazon', locationId: 'jp-amazon' }),
  ];
  return { orders, orderCount: orders.length, returns, decisions, foodSkus: new Set(), presets: { ...SEED_PRESETS, rates: RATES }, ...overrides };
}

/** A synthetic ledger at benchmark size: 4 platforms, 5 countries and currencies, a third of orders with two lines. */
export function bigDashboardLedger(orderCount: number, returnCount: number) {
  const platforms = ['amazon', 'temu', 'ozon', 'ebay'] as const;
  const countries = ['US', 'DE', 'RU', 'AU', 'JP'];
  const currencies = ['USD', 'EUR', 'RUB', 'AUD', 'JPY'] as const;
  const orders: DashOrder[] = [];
  for (let i = 0; i < orderCount; i++) {
    const day = `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    orders.push({
      id: `O${i}`, platform: platforms[i % 4]!, orderDate: day, buyerCountry: countries[i % 5]!, currency: currencies[i % 5]!, exportDate: day, exportMode: '9610',
      lines: [{ id: `L${i}a`, sku: `SKU-${i % 300}`, qty: 1 + (i % 3), unitPriceMinor: 1999 }, ...(i % 3 === 0 ? [{ id: `L${i}b`, sku: `SKU-${(i * 7) % 300}`, qty: 1, unitPriceMinor: 500 }] : [])],
    });
  }
  const returns: DashReturn[] = [];
  const decisions: DashDecision[] = [];
  for (let j = 0; j < returnCount; j++) {
    const o = orders[(j * 5) % orderCount]!;
    returns.push({ id: `R${j}`, orderId: o.id, lineId: o.lines[0]!.id, rmaNo: `RMA${j}`, qty: 1, reason: 'defective', grade: 'A', status: j % 3 ? 'disposed' : 'requested', locationId: 'us-amazon', requestedDate: o.orderDate, sku: o.lines[0]!.sku });
    if (j % 3) {
      decisions.push(aDecisionRow(`R${j}`, OPTION_KINDS[j % 6]!, {
        on: o.orderDate, net: -1000 + j, baseline: -1500, dispose: -1500, recovery: 500, costs: [700, 800], qty: 1, weightG: 380, goodsCostFen: 2600,
        platform: o.platform, locationId: 'us-amazon', districtCode: '2200', routeId: 'us-air-sha',
      }));
    }
  }
  return { orders, orderCount: orders.length, returns, decisions, foodSkus: new Set<string>(), presets: { ...SEED_PRESETS, rates: [...RATES, ...SEED_PRESETS.rates] } };
}

/** Return facts with their keys spelt out (a patched part's key codes differ once it has interned new text). */
export function spelledOut(part: ReturnsPart) {
  const k = part.returnKeys;
  return {
    facts: part.returns,
    keys: part.returns.map((_, i) => [k.skus[k.sku[i]!], k.reasons[k.reason[i]!], k.countries[k.country[i]!], k.platforms[k.platform[i]!]]),
    missingRates: part.missingRates,
    countryOf: [...part.countryOf].sort(),
  };
}
