import { addDays } from '../../shared/dates';
import { OPTION_KINDS, SEED_PRESETS } from '../../shared/decide';
import type { DecisionInput } from '../../shared/decide/model-types';
import type { DashDecision, DashOrder, DashReturn } from '../../shared/dashboard';
import { demoProducts } from '../../shared/demo/demo-catalog';
import { demoLedger } from '../../shared/demo/demo-ledger';
import type { Order } from '../../shared/schemas/order';
import type { Product } from '../../shared/schemas/product';
import { aDecisionRow, RATES } from '../builders/dashboard';
import { aReturn } from '../builders/decide';

/**
 * The bench's Node-side data, deterministic so every run and every machine measures the same
 * thing: the same shapes the timing tests in tests/unit use (decide 20k, dashboard 100k/20k),
 * and the demo generator's seller year scaled up for the export.
 */
const AT = '2026-11-20T09:00:00.000Z';

/** 20,000 pending returns spread over the seeded locations (as tests/unit/decide/timing.test.ts). */
export function decideInputs(count: number): DecisionInput[] {
  const locations = SEED_PRESETS.locations;
  const districts = ['2200', '2900', '3100', '5300', '9400', '4300'];
  const on = '2026-04-10';
  return Array.from({ length: count }, (_, i) => {
    const location = locations[i % locations.length]!;
    return aReturn({
      returnId: `r${i}`, locationId: location.id, qty: 1 + (i % 5), unitWeightG: 100 + ((i * 37) % 3000),
      goodsCostFen: 1000 + ((i * 7919) % 200_000), grade: (['A', 'B', 'C', 'D'] as const)[i % 4], buyerShipped: i % 3 !== 0,
      declaredCurrency: location.currency, saleCurrency: location.currency, unitPriceMinor: 500 + ((i * 131) % 10_000),
      exportDistrict: districts[i % districts.length], exportMode: i % 7 === 0 ? '9810' : '9610', exportDate: addDays(on, -((i * 13) % 400)),
    });
  });
}
export const DECIDE_ON = '2026-04-10';

/** Orders / returns / decisions for the dashboard (as tests/unit/dashboard/timing.test.ts). */
export function dashboardLedger(orderCount: number, returnCount: number) {
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

/** The demo seller's year at `count` orders (8 platforms, 11 countries, 1–3 lines), as stored records. */
export function demoOrders(count: number): Order[] {
  let n = 0;
  const makeId = () => `bench-${String(++n).padStart(8, '0')}`;
  const products: Product[] = demoProducts().map((p) => ({ ...p, id: makeId(), createdAt: AT, updatedAt: AT }));
  return demoLedger(products, makeId, 2026, count).orders.slice(0, count).map((o) => ({
    ...o, createdAt: AT, updatedAt: AT, skus: [...new Set(o.lines.map((l) => l.sku))], barcodes: [...new Set(o.lines.map((l) => l.barcode).filter(Boolean))],
  }));
}
