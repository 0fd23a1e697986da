import { SEED_PRESETS } from '../../shared/decide';
import { demoProducts } from '../../shared/demo/demo-catalog';
import { demoDecisions, followRecommendations } from '../../shared/demo/demo-decisions';
import { DEMO_END, demoLedger } from '../../shared/demo/demo-ledger';
import { DEMO_SITES, demoSiteName } from '../../shared/demo/demo-sites';
import type { ReturnBatchDoc } from '../../shared/documents/types';
import type { ExportSource } from '../../shared/export';
import type { BatchRecord, BatchStatus } from '../../shared/schemas/batch';
import type { Order } from '../../shared/schemas/order';
import type { Product } from '../../shared/schemas/product';
import type { ReturnRecord } from '../../shared/schemas/return';
import { usccCheckChar } from '../../shared/validators';
import { assembleBatchDoc, checkApplicant } from '../../renderer/db/batch-docs';
import type { BatchMember } from '../../renderer/db/batches-repo';

/**
 * The demo year as the app stores it after Settings → Load demo data (renderer/db/demo-repo.ts),
 * built in Node with fixed ids so every run gives the same files: records for the bookkeeping
 * exports and the accountant's workbook, and the demo batch for the documents, addressed (TO)
 * to the operator of the demo's supervised site in its district, as in the app.
 */
const USCC_BODY = '91330782MA2J7K3P0';
export const DEMO_SELLER = {
  companyZh: '义乌市环宇归途跨境电子商务有限公司', companyEn: 'Yiwu Homebound Cross-border E-commerce Co., Ltd.',
  uscc: USCC_BODY + usccCheckChar(USCC_BODY), customsCode: '3318960ABC',
  address: '浙江省金华市义乌市稠江街道杨村路 300 号义乌综合保税区跨境电商产业园 B 栋 1208 室', contact: '王晓梅', phone: '+86 579 8512 3456',
};
export const DEMO_BROKER = {
  name: '上海浦东顺达报关有限公司 Shanghai Pudong Shunda Customs Brokerage Co., Ltd.', customsCode: '2218980XYZ', contact: '李工',
  phone: '+86 21 6888 0142', address: '上海市浦东新区机场镇航城七路 450 号浦东机场西货运区 3 号库退运监管区',
};

export interface DemoNode {
  products: Product[];
  orders: Order[];
  returns: ReturnRecord[];
  source: ExportSource;
  batch: (status: BatchStatus, at?: string) => { batch: BatchRecord; members: BatchMember[] };
  /** The demo batch's documents; `at` another location's decided returns (e.g. 'ru-moscow'). */
  batchDoc: (status?: BatchStatus, at?: string) => ReturnBatchDoc;
}

export function demoNode(orderCount = 1200): DemoNode {
  let n = 0;
  const makeId = () => `demo-${String(++n).padStart(6, '0')}`;
  const at = `${DEMO_END}T09:00:00.000Z`;
  const products: Product[] = demoProducts().map((p) => ({ ...p, id: makeId(), createdAt: at, updatedAt: at }));
  const ledger = demoLedger(products, makeId, 2026, orderCount);
  const orders: Order[] = ledger.orders.map((o) => ({ ...o, createdAt: at, updatedAt: at, skus: o.lines.map((l) => l.sku), barcodes: o.lines.map((l) => l.barcode) }));
  const byId = new Map(orders.map((o) => [o.id, o]));
  const priced: ReturnRecord[] = ledger.returns.map((r) => {
    const o = byId.get(r.orderId)!;
    return { ...r, orderNo: o.orderNo, platform: o.platform, sku: o.lines.find((l) => l.id === r.lineId)!.sku, createdAt: at, updatedAt: at };
  });
  const returns = followRecommendations(priced, byId, products, SEED_PRESETS);
  const decisions = demoDecisions(returns, byId, products, SEED_PRESETS, makeId);

  // The batch: every decided return waiting at the location with the most of them, sent home
  // on that location's first seeded route.
  const byLocation = new Map<string, ReturnRecord[]>();
  for (const r of returns) if (r.status === 'decided' && r.locationId) byLocation.set(r.locationId, [...(byLocation.get(r.locationId) ?? []), r]);
  const [busiest] = [...byLocation].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  if (!busiest) throw new Error('the demo ledger has no decided returns at an overseas location');
  const batch = (status: BatchStatus, locationId = busiest) => {
    // Another location's sample takes every return waiting there (Moscow's lots are not decided yet).
    const waiting = locationId === busiest ? byLocation.get(locationId) ?? [] : returns.filter((r) => r.locationId === locationId && (r.status === 'decided' || r.status === 'received_overseas'));
    const route = SEED_PRESETS.routes.find((r) => r.locationId === locationId);
    const members: BatchMember[] = waiting.map((r) => {
      const order = byId.get(r.orderId)!;
      return { ret: { ...r, status: 'in_batch' }, order, line: order.lines.find((l) => l.id === r.lineId)! };
    });
    const record: BatchRecord = {
      id: 'demo-batch-0001', requestNo: 'RR-2026-0001', locationId, routeId: route?.id ?? null, returnDistrict: route?.districtCode ?? '2900',
      supervisedSite: demoSiteName(route?.districtCode ?? '2900'), transportMode: route?.mode ?? 'air',
      carrier: 'China Eastern Airlines Cargo 中国东方航空物流', masterWaybill: status === 'draft' ? '' : '781-23456784', reasonCategory: 'consumer_return',
      rebateCertificateNo: '', plannedDate: DEMO_END, returnIds: members.map((m) => m.ret.id),
      status, history: [{ status: 'draft', at }], createdAt: at, updatedAt: at,
    };
    return { batch: record, members };
  };
  const batchDoc = (status: BatchStatus = 'submitted', at = busiest) => {
    const { batch: record, members } = batch(status, at);
    const location = SEED_PRESETS.locations.find((l) => l.id === at);
    return assembleBatchDoc({ batch: record, members, location, applicant: checkApplicant(DEMO_SELLER), rates: SEED_PRESETS.rates, broker: DEMO_BROKER, sites: DEMO_SITES });
  };
  const source: ExportSource = {
    orders, returns, decisions, batches: [batch('submitted').batch], rates: SEED_PRESETS.rates,
    locations: SEED_PRESETS.locations.map(({ id, name, nameEn }) => ({ id, name, nameEn })),
  };
  return { products, orders, returns, source, batch, batchDoc };
}
