import type { Currency, ExportMode, Grade, Platform, Whereabouts } from '../codes/ledger-codes';
import { GRADES, RETURN_REASONS } from '../codes/ledger-codes';
import { addDays } from '../dates';
import { minorDigits } from '../money';
import { NEXT_STATUSES, RETURN_STATUSES, type ReturnStatus } from '../ledger/return-status';
import type { OrderInput, OrderLine } from '../schemas/order';
import type { Product } from '../schemas/product';
import type { ReturnInput, StatusEntry } from '../schemas/return';
import { demoReturnMoney } from './demo-money';
import { SeededRandom } from './random';

/**
 * A seller's year, deterministic from a seed: several platforms and countries, goods leaving
 * through several customs districts (Russian orders via Khorgos, under Urumqi), and returns in
 * every status with a plausible history. Dates end at a fixed day so runs repeat exactly.
 */
export const DEMO_END = '2026-11-20';

/** cnyPerUnit: roughly what one unit of the currency costs in fen, to price in it. */
interface Market { platform: Platform; country: string; currency: Currency; weight: number; fenPerUnit: number }
const MARKETS: Market[] = [
  { platform: 'amazon', country: 'US', currency: 'USD', weight: 26, fenPerUnit: 710 },
  { platform: 'amazon', country: 'DE', currency: 'EUR', weight: 8, fenPerUnit: 770 },
  { platform: 'amazon', country: 'GB', currency: 'GBP', weight: 5, fenPerUnit: 900 },
  { platform: 'amazon', country: 'JP', currency: 'JPY', weight: 5, fenPerUnit: 4.7 },
  { platform: 'temu', country: 'US', currency: 'USD', weight: 12, fenPerUnit: 710 },
  { platform: 'aliexpress', country: 'ES', currency: 'EUR', weight: 6, fenPerUnit: 770 },
  { platform: 'shopee', country: 'SG', currency: 'SGD', weight: 5, fenPerUnit: 530 },
  { platform: 'tiktok', country: 'GB', currency: 'GBP', weight: 5, fenPerUnit: 900 },
  { platform: 'ozon', country: 'RU', currency: 'RUB', weight: 14, fenPerUnit: 7.8 },
  { platform: 'ebay', country: 'AU', currency: 'AUD', weight: 4, fenPerUnit: 460 },
  { platform: 'shopify', country: 'CA', currency: 'CAD', weight: 4, fenPerUnit: 510 },
];

const CARRIERS: Record<string, [string, string]> = {
  '2900': ['Cainiao', 'LP'], '3100': ['YunExpress', 'YT'], '5300': ['4PX', '4PX'], '2200': ['China Post', 'LX'],
  '9400': ['TIR Khorgos–Moscow', 'KH'], '0600': ['Russian Post', 'RU'],
};

/** Where returns from each buyer country wait: the seeded overseas locations' ids. */
const DEMO_LOCATIONS: Record<string, string> = { US: 'us-amazon', DE: 'de-amazon', ES: 'de-amazon', GB: 'de-amazon', JP: 'jp-amazon', RU: 'ru-moscow' };

export interface DemoLedger {
  orders: (OrderInput & { id: string })[];
  returns: (ReturnInput & { id: string; status: ReturnStatus; history: StatusEntry[]; batchId: null })[];
}

export function demoLedger(products: Product[], makeId: () => string, seed = 2026, orderCount = 1200): DemoLedger {
  const rnd = new SeededRandom(seed);
  const orders: DemoLedger['orders'] = [];
  const returns: DemoLedger['returns'] = [];
  for (let i = 0; i < orderCount; i++) {
    const market = rnd.weighted(MARKETS.map((m) => [m, m.weight] as const));
    const orderDate = addDays(DEMO_END, -rnd.int(0, 364));
    const russian = market.country === 'RU';
    const mode: ExportMode = russian ? '9610' : rnd.weighted([['9610', 78], ['9810', 14], ['9710', 4], ['1210', 2], ['0110', 2]]);
    const district = russian ? rnd.weighted([['9400', 4], ['0600', 1]]) : rnd.weighted([['2900', 5], ['3100', 3], ['5300', 3], ['2200', 2]]);
    const exportDate = mode === '9810' ? addDays(orderDate, -rnd.int(20, 90)) : addDays(orderDate, rnd.int(1, 3));
    const [carrier, prefix] = CARRIERS[district]!;
    const lineCount = rnd.weighted([[1, 70], [2, 22], [3, 8]]);
    const lines: OrderLine[] = [];
    for (let l = 0; l < lineCount; l++) {
      const p = rnd.pick(products);
      // Marketplace prices are 2.2–4× the goods cost; whole units where the currency has no cents.
      const price = (p.goodsCostFen * rnd.int(22, 40)) / 10 / market.fenPerUnit;
      const unitPriceMinor = minorDigits(market.currency) === 0 ? Math.round(price) : Math.round(price) * 100 - 1;
      lines.push({
        id: makeId(), productId: p.id, sku: p.sku, barcode: p.barcode, nameZh: p.nameZh, nameEn: p.nameEn,
        hsCode: p.hsCode, unit: p.unit, unitWeightG: p.unitWeightG, qty: rnd.weighted([[1, 80], [2, 15], [4, 5]]),
        unitPriceMinor: Math.max(unitPriceMinor, 1), declaredValueMinor: Math.max(Math.round(unitPriceMinor * 0.6), 1),
        rebatePerUnitFen: mode === '0110' || mode === '9810' ? Math.round(p.goodsCostFen * 0.13) : 0,
      });
    }
    const order = {
      id: makeId(), platform: market.platform, orderNo: demoOrderNo(rnd, market.platform), orderDate,
      buyerCountry: market.country, currency: market.currency, lines, exportMode: mode, exportDistrict: district,
      exportPort: russian && district === '9400' ? 'Khorgos 霍尔果斯' : '', exportDate,
      declarationNo: `${district}${exportDate.slice(0, 4)}${mode === '9610' ? 'I' : 'E'}${rnd.digits(9)}`,
      waybillNo: `${prefix}${rnd.digits(14)}`, carrier,
    };
    orders.push(order);
    if (rnd.next() < 0.11) {
      const ret = demoReturn(rnd, order, makeId, returns.length);
      if (ret) returns.push(ret);
    }
  }
  const showcase = moscowShowcase(products, makeId);
  return { orders: [...orders, ...showcase.orders], returns: [...returns, ...showcase.returns] };
}

/**
 * Two lots waiting in the Moscow warehouse that show the reform at work: a 9610 lot that left
 * through Khorgos (Urumqi) and is cheapest brought home by TIR into Hangzhou, near the Yiwu
 * seller, and a 9810 lot that may only come back through its original district.
 */
function moscowShowcase(products: Product[], makeId: () => string): DemoLedger {
  const vac = products.find((p) => p.sku === 'ROBOT-VAC-S8');
  if (!vac) return { orders: [], returns: [] };
  const lot = (orderNo: string, mode: ExportMode, orderDate: string, exportDate: string, qty: number, rmaNo: string, requestedDate: string, status: ReturnStatus = 'received_overseas', grade: Grade = 'A') => {
    const line: OrderLine = {
      id: makeId(), productId: vac.id, sku: vac.sku, barcode: vac.barcode, nameZh: vac.nameZh, nameEn: vac.nameEn, hsCode: vac.hsCode,
      unit: vac.unit, unitWeightG: vac.unitWeightG, qty, unitPriceMinor: 916_900, declaredValueMinor: 674_200, rebatePerUnitFen: 0,
    };
    const order = {
      id: makeId(), platform: 'ozon' as const, orderNo, orderDate, buyerCountry: 'RU', currency: 'RUB' as const, lines: [line],
      exportMode: mode, exportDistrict: '9400', exportPort: 'Khorgos 霍尔果斯', exportDate,
      declarationNo: `9400${exportDate.slice(0, 4)}${mode === '9610' ? 'I' : 'E'}000071${qty}`, waybillNo: `KH${orderNo.replace(/\D/g, '')}`, carrier: 'TIR Khorgos–Moscow',
    };
    const ret = {
      id: makeId(), orderId: order.id, lineId: line.id, rmaNo, qty, reason: 'buyer_cancelled' as const, grade,
      whereabouts: status === 'received_overseas' ? 'overseas_warehouse' as const : whereaboutsOf(status, { next: () => 0 }),
      locationId: 'ru-moscow', requestedDate, notes: '', status, history: demoHistory(status, requestedDate), batchId: null,
      ...demoReturnMoney(0, { qty, requestedDate, status, unitWeightG: line.unitWeightG }, line.unitPriceMinor, order.currency, order.platform),
    };
    return { order, ret };
  };
  const lots = [
    lot('60021475-0091-1', '9610', '2026-06-12', '2026-06-15', 20, 'RMA-MSK-9610', '2026-10-20'),
    lot('60021980-0142-1', '9810', '2026-09-05', '2026-07-01', 10, 'RMA-MSK-9810', '2026-10-25'),
    // Earlier lots already on their way home or back in stock: the journey after deciding.
    lot('60020711-0311-1', '9610', '2026-07-28', '2026-08-01', 14, 'RMA-MSK-0701', '2026-10-15', 'in_batch'),
    lot('60020512-0207-1', '9610', '2026-07-06', '2026-07-10', 14, 'RMA-MSK-0702', '2026-10-01', 'in_transit'),
    lot('60020390-0115-1', '9610', '2026-06-16', '2026-06-20', 14, 'RMA-MSK-0703', '2026-09-10', 'cleared'),
    lot('60020205-0063-1', '9610', '2026-05-11', '2026-05-15', 14, 'RMA-MSK-0704', '2026-08-05', 'received_china'),
    lot('60020118-0022-1', '9610', '2026-04-16', '2026-04-20', 14, 'RMA-MSK-0705', '2026-07-01', 'restocked'),
    lot('60020044-0008-1', '9610', '2026-04-01', '2026-04-05', 14, 'RMA-MSK-0706', '2026-06-10', 'refurbished', 'B'),
  ];
  return { orders: lots.map((l) => l.order), returns: lots.map((l) => l.ret) };
}

function demoOrderNo(rnd: SeededRandom, platform: Platform): string {
  switch (platform) {
    case 'amazon': return `${rnd.digits(3)}-${rnd.digits(7)}-${rnd.digits(7)}`;
    case 'shopify': return `#${rnd.int(1001, 99999)}`;
    case 'ozon': return `${rnd.digits(8)}-${rnd.digits(4)}-1`;
    default: return `${platform.slice(0, 2).toUpperCase()}${rnd.digits(12)}`;
  }
}

const PATHS = shortestPaths();

/** A believable dated history that walks from "requested" to `status`. */
export function demoHistory(status: ReturnStatus, requestedDate: string): StatusEntry[] {
  return PATHS.get(status)!.map((s, i) => ({ status: s, at: `${addDays(requestedDate, i * 4)}T09:${String(10 + i).padStart(2, '0')}:00.000Z`, note: '' }));
}

function demoReturn(rnd: SeededRandom, order: DemoLedger['orders'][number], makeId: () => string, n: number): DemoLedger['returns'][number] | null {
  const line = rnd.pick(order.lines);
  // The first returns walk through every status so the demo always shows each one.
  const status = n < RETURN_STATUSES.length ? RETURN_STATUSES[n]! : rnd.weighted(RETURN_STATUSES.map((s) => [s, s === 'requested' || s === 'received_overseas' ? 6 : 2] as const));
  const path = PATHS.get(status)!;
  const shipped = order.orderDate > order.exportDate ? order.orderDate : order.exportDate;
  // Nothing in the demo happens after its last day: a history that would not fit is not made.
  const latest = addDays(DEMO_END, -4 * path.length);
  const wanted = addDays(shipped, rnd.int(8, 40));
  const requestedDate = wanted < latest ? wanted : latest;
  if (requestedDate < addDays(shipped, 3)) return null;
  const history = demoHistory(status, requestedDate);
  const ret = {
    id: makeId(), orderId: order.id, lineId: line.id, rmaNo: `RMA-${order.exportDate.slice(2, 4)}${String(10000 + n)}`,
    qty: rnd.int(1, line.qty), reason: rnd.pick(RETURN_REASONS), grade: rnd.weighted(GRADES.map((g, i) => [g, 4 - i] as const)),
    whereabouts: whereaboutsOf(status, rnd), locationId: DEMO_LOCATIONS[order.buyerCountry] ?? null, requestedDate, notes: '', status, history, batchId: null,
  };
  return { ...ret, ...demoReturnMoney(n, { ...ret, unitWeightG: line.unitWeightG }, line.unitPriceMinor, order.currency, order.platform) };
}

export function whereaboutsOf(status: ReturnStatus, rnd: { next(): number }): Whereabouts {
  if (status === 'requested' || status === 'kept_by_buyer') return 'with_buyer';
  if (status === 'in_transit') return 'in_transit';
  if (['cleared', 'received_china', 'restocked', 'refurbished'].includes(status)) return 'in_china';
  return rnd.next() < 0.5 ? 'overseas_warehouse' : 'overseas_address';
}

/** The shortest walk from "requested" to each status, for believable histories. */
function shortestPaths(): Map<ReturnStatus, ReturnStatus[]> {
  const paths = new Map<ReturnStatus, ReturnStatus[]>([['requested', ['requested']]]);
  const queue: ReturnStatus[] = ['requested'];
  while (queue.length) {
    const from = queue.shift()!;
    for (const to of NEXT_STATUSES[from]) {
      if (!paths.has(to)) {
        paths.set(to, [...paths.get(from)!, to]);
        queue.push(to);
      }
    }
  }
  return paths;
}
