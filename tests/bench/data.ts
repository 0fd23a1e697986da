import { addDays } from '../../shared/dates';
import { SEED_PRESETS } from '../../shared/decide';
import type { DecisionInput } from '../../shared/decide/model-types';
import { demoProducts } from '../../shared/demo/demo-catalog';
import { demoLedger } from '../../shared/demo/demo-ledger';
import type { Order } from '../../shared/schemas/order';
import type { Product } from '../../shared/schemas/product';
import { aReturn } from '../builders/decide';
import { bigDashboardLedger } from '../builders/dashboard';

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

/**
 * Records as the app's workers hold them: IndexedDB hands them over as structured clones,
 * built one after another in reading order. Builder-made records are scattered across the
 * heap among everything else the builder allocated, and reading a field of each costs a
 * cache miss the app never pays (measured: 30 ms against 1 ms for one field of 100,000 orders).
 */
export function asRead<T>(records: T): T {
  return structuredClone(records);
}

/** Orders / returns / decisions for the dashboard, the same builder as its timing test, as read. */
export function dashboardLedger(orders: number, returns: number): ReturnType<typeof bigDashboardLedger> {
  return asRead(bigDashboardLedger(orders, returns));
}

/** The demo seller's year at `count` orders (8 platforms, 11 countries, 1–3 lines), as stored and read back. */
export function demoOrders(count: number, seed = 2026, prefix = 'bench'): Order[] {
  let n = 0;
  const makeId = () => `${prefix}-${String(++n).padStart(8, '0')}`;
  const products: Product[] = demoProducts().map((p) => ({ ...p, id: makeId(), createdAt: AT, updatedAt: AT }));
  return asRead(demoLedger(products, makeId, seed, count).orders.slice(0, count).map((o) => ({
    ...o, createdAt: AT, updatedAt: AT, skus: [...new Set(o.lines.map((l) => l.sku))], barcodes: [...new Set(o.lines.map((l) => l.barcode).filter(Boolean))],
  })));
}

/** Chunk `k` of a ledger too long to hold: `size` demo orders of their own seed and ids, the same on every call. */
export function demoOrderChunk(k: number, size: number): Order[] {
  return demoOrders(size, 2026 + k, `bench${k}`);
}
