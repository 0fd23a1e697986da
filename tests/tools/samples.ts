import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SEED_PRESETS } from '../../shared/decide';
import { demoProducts } from '../../shared/demo/demo-catalog';
import { DEMO_END, demoLedger } from '../../shared/demo/demo-ledger';
import { buildLabelsPdf } from '../../shared/documents/labels-pdf';
import { buildManifestPdf } from '../../shared/documents/manifest-pdf';
import { buildRequestPdf } from '../../shared/documents/request-pdf';
import { buildRequestXlsx } from '../../shared/documents/request-xlsx';
import type { ReturnBatchDoc } from '../../shared/documents/types';
import type { BatchRecord } from '../../shared/schemas/batch';
import type { Order } from '../../shared/schemas/order';
import type { Product } from '../../shared/schemas/product';
import { usccCheckChar } from '../../shared/validators';
import { assembleBatchDoc, checkApplicant } from '../../renderer/db/batch-docs';
import type { BatchMember } from '../../renderer/db/batches-repo';
import { loadFonts } from '../builders/documents';

/**
 * Writes the sample documents for people to look at — request PDF + XLSX, labels 100×150 and
 * four-on-A4, and the packing manifest — for the demo year's batch: every decided return
 * waiting at the overseas location with the most of them, sent home on that location's first
 * seeded route, through the same assembly the app uses (renderer/db/batch-docs.ts).
 *
 * Run: npm run samples -- <output-folder>
 */
const USCC_BODY = '91330782MA2J7K3P0';
const DEMO_SELLER = {
  companyZh: '义乌市环宇归途跨境电子商务有限公司', companyEn: 'Yiwu Homebound Cross-border E-commerce Co., Ltd.',
  uscc: USCC_BODY + usccCheckChar(USCC_BODY), customsCode: '3318960ABC',
  address: '浙江省金华市义乌市稠江街道杨村路 300 号义乌综合保税区跨境电商产业园 B 栋 1208 室', contact: '王晓梅', phone: '+86 579 8512 3456',
};

export function demoBatchDoc(): ReturnBatchDoc {
  let n = 0;
  // Fixed ids (the ledger is seeded too), so every run writes the same documents.
  const makeId = () => `demo-${String(++n).padStart(6, '0')}`;
  const at = `${DEMO_END}T09:00:00.000Z`;
  const products: Product[] = demoProducts().map((p) => ({ ...p, id: makeId(), createdAt: at, updatedAt: at }));
  const { orders, returns } = demoLedger(products, makeId);
  const byLocation = new Map<string, typeof returns>();
  for (const r of returns) if (r.status === 'decided' && r.locationId) byLocation.set(r.locationId, [...(byLocation.get(r.locationId) ?? []), r]);
  const [locationId, waiting] = [...byLocation].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  if (!locationId || !waiting) throw new Error('the demo ledger has no decided returns at an overseas location');
  const route = SEED_PRESETS.routes.find((r) => r.locationId === locationId);
  const orderById = new Map(orders.map((o) => [o.id, o]));
  const members: BatchMember[] = waiting.map((r) => {
    const o = orderById.get(r.orderId)!;
    const order: Order = { ...o, createdAt: at, updatedAt: at, skus: o.lines.map((l) => l.sku), barcodes: o.lines.map((l) => l.barcode) };
    const line = o.lines.find((l) => l.id === r.lineId)!;
    return { ret: { ...r, status: 'in_batch', orderNo: o.orderNo, platform: o.platform, sku: line.sku, createdAt: at, updatedAt: at }, order, line };
  });
  const batch: BatchRecord = {
    id: 'demo-batch-0001', requestNo: 'RR-2026-0001', locationId, routeId: route?.id ?? null, returnDistrict: route?.districtCode ?? '2900',
    supervisedSite: '上海浦东国际机场货运站 Shanghai Pudong Airport Cargo Terminal', transportMode: route?.mode ?? 'air',
    carrier: 'China Eastern Airlines Cargo 中国东方航空物流', masterWaybill: '781-23456784', reasonCategory: 'consumer_return',
    rebateCertificateNo: '', plannedDate: DEMO_END, returnIds: members.map((m) => m.ret.id),
    status: 'draft', history: [{ status: 'draft', at }], createdAt: at, updatedAt: at,
  };
  const location = SEED_PRESETS.locations.find((l) => l.id === locationId);
  return assembleBatchDoc({ batch, members, location, applicant: checkApplicant(DEMO_SELLER), rates: SEED_PRESETS.rates });
}

export async function writeSamples(dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const fonts = loadFonts();
  const doc = demoBatchDoc();
  const files: [string, Uint8Array][] = [
    ['return-request.pdf', await buildRequestPdf(doc, fonts)],
    ['return-request.xlsx', await buildRequestXlsx(doc)],
    ['labels-100x150.pdf', await buildLabelsPdf(doc, fonts, 'thermal100x150')],
    ['labels-a4.pdf', await buildLabelsPdf(doc, fonts, 'a4x4')],
    ['packing-manifest.pdf', await buildManifestPdf(doc, fonts)],
  ];
  return files.map(([name, bytes]) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  });
}

// The last argument that is not this script or a flag is the output folder.
const args = process.argv.slice(1).filter((a) => !a.endsWith('samples.ts') && !a.startsWith('-'));
const target = args.at(-1);
if (target === undefined) {
  console.error('usage: npm run samples -- <output-folder>');
  process.exitCode = 2;
} else {
  for (const path of await writeSamples(resolve(target))) console.log(path);
}
