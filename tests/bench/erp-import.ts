import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { headerSignature } from '../../shared/import/formats';
import { proposeMapping } from '../../shared/import/synonyms';
import { gbk } from '../tools/gbk';
import { SKUS, type ImportCase } from './browser';
import { writeRows } from './write-rows';

/**
 * The Chinese seller-ERP export at scale (issue 13): GBK, Chinese headers, the platform per
 * row, countries, currencies and dates as sellers write them (美国, 美元, 2件, 2025年3月1日 09:05),
 * and the mapping the user saved the first time, so the app reads it straight to the review as
 * a seller's weekly re-export is read. The raw baseline decodes GBK and papaparses the commas.
 */
const HEADER = ['订单号', '平台订单号', '平台', '店铺', '付款时间', '订单状态', 'SKU', '数量', '单价', '币种', '买家国家/地区', '商品名称', '运单号', '收件人'];
const PLATFORMS = ['亚马逊', 'Temu', '速卖通', '虾皮', 'TikTok Shop', 'Ozon', '独立站'];
/** Country, currency as written, unit price for one unit. */
const MARKETS = [['美国', '美元', '19.99'], ['美国', 'USD', '25.00'], ['英国', '英镑', '15.50'], ['德国', '欧元', '18.90'], ['俄罗斯', '卢布', '1,299.00'], ['日本', '日元', '2999'], ['加拿大', '加元', '26.99']] as const;

export function erpReport(n: number, dir: string): string {
  const row = (i: number) => {
    const month = 1 + (i % 12);
    const day = 1 + (i % 28);
    // A whole past year: the ledger refuses an order dated more than a day ahead.
    const date = i % 2 === 0 ? `2025年${month}月${day}日 09:05` : `2025/${month}/${day} ${i % 24}:05`;
    const [country, currency, price] = MARKETS[i % MARKETS.length]!;
    const qty = 1 + (i % 3);
    return [`XM${i}`, `PO-${String(1_000_000 + i)}`, PLATFORMS[i % PLATFORMS.length]!, `义乌小铺-${i % 5}`, date, '已发货', SKUS[i % SKUS.length]!,
      i % 4 === 0 ? `${qty}件` : String(qty), `"${price}"`, currency, country, '保温杯', `LP${i}`, '收件人'].join(',');
  };
  return writeRows(join(dir, `erp-orders-${n}-gbk.csv`), HEADER.join(','), n, row, '\r\n', gbk);
}

export function erpCase(n: number, dir: string): ImportCase {
  const preset = { name: 'ERP', signature: headerSignature(HEADER), kind: 'orders', mapping: proposeMapping(HEADER, 'orders').mapping, resolutions: {}, savedAt: new Date(0).toISOString() };
  return {
    file: erpReport(n, dir),
    raw: { encoding: 'gbk', delimiter: ',' },
    prepare: (page: Page) => page.evaluate((p) => localStorage.setItem('homebound.importMappings', JSON.stringify([p])), preset),
  };
}
