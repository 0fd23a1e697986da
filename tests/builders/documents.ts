import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { addDays } from '../../shared/dates';
import { GRADES, RETURN_REASONS, type UnitCode } from '../../shared/codes/ledger-codes';
import { usccCheckChar } from '../../shared/validators';
import type { DocumentFonts, ParcelLine, ReturnBatchDoc } from '../../shared/documents/types';

/**
 * A return batch as the document builders receive it: a Yiwu seller bringing US returns
 * home by air into Hangzhou district. Deliberately awkward: very long Chinese names and
 * addresses, a label number that differs from its RMA, mixed currencies, and (by default)
 * 36 parcels so the request runs over several pages.
 */
const ITEMS: [string, string, string, string, UnitCode, number, number][] = [
  // sku, nameZh, nameEn, hsCode, unit, weight g, value cents (USD)
  ['PC-IP15-CLR', '手机保护壳（透明）', 'Clear phone case', '3926909090', '007', 60, 1299],
  ['LED-STRIP-5M', 'LED 灯带 5 米', 'LED strip light 5 m', '9405420000', '011', 420, 2499],
  ['TOY-BLK-500', '拼插积木 500 粒', 'Building blocks 500 pcs', '9503008900', '006', 750, 3999],
  ['SHOE-RUN-42', '跑步鞋 42 码', 'Running shoes size 42', '6404110000', '025', 780, 5900],
  ['KNF-SET-5', '厨房刀具五件套', 'Kitchen knife set of 5', '8211910000', '006', 1600, 4599],
  ['WTC-SMT-02', '智能手表', 'Smart watch', '8517629900', '008', 90, 8900],
  ['HAIR-DRY-1K', '吹风机 1000 瓦', 'Hair dryer 1000 W', '8516310000', '001', 700, 3299],
  ['DRS-SUM-M-FLORAL-LONGSLEEVE-2026', '女式夏季碎花长袖雪纺连衣裙（M 码，藏青色，含腰带及防走光内衬）', "Women's floral long-sleeve chiffon summer dress, size M, navy, with belt and lining", '6204430090', '011', 250, 3600],
  ['SOCK-CTN-5P', '纯棉袜子五双装', 'Cotton socks 5 pairs', '6115950000', '025', 200, 1500],
];

const CURRENCY_RATE_FEN_PER_CENT: Record<string, [number, number]> = { USD: [719, 100], EUR: [781, 100] };

export function validUscc(body17 = '91330782MA2J7K3P0'): string {
  return body17 + usccCheckChar(body17);
}

export function sampleParcel(i: number): ParcelLine {
  const [sku, nameZh, nameEn, hsCode, unit, unitG, cents] = ITEMS[i % ITEMS.length]!;
  const qty = 1 + (i % 3);
  const currency = i % 5 === 4 ? 'EUR' : 'USD';
  const [num, den] = CURRENCY_RATE_FEN_PER_CENT[currency]!;
  const valueMinor = cents * qty;
  const rmaNo = `RMA-26${String(10001 + i)}`;
  return {
    rmaNo,
    labelNo: i === 2 ? `HBL${String(2026000 + i)}` : rmaNo,
    declarationNo: `29002026I${String(100000000 + i * 7919).slice(-9)}`,
    exportDate: addDays('2026-06-01', i * 2),
    orderNo: `112-${String(3000000 + i * 131).padStart(7, '0')}-${String(4400000 + i * 17).padStart(7, '0')}`,
    waybillNo: `1Z999AA1${String(100000000 + i * 37)}`,
    sku,
    nameZh,
    nameEn,
    hsCode,
    qty,
    unit,
    valueMinor,
    currency,
    valueFen: Math.round((valueMinor * num) / den),
    weightG: unitG * qty + 35,
    reason: RETURN_REASONS[i % RETURN_REASONS.length]!,
    grade: GRADES[i % 2]!,
    // Every seventh return is heavy enough for two cartons.
    parcelCount: i % 7 === 6 ? 2 : 1,
  };
}

export function sampleBatch(parcelCount = 36, overrides: Partial<ReturnBatchDoc> = {}): ReturnBatchDoc {
  return {
    requestNo: 'RR-2026-0042',
    batchNo: 'B-2026-11-007',
    createdDate: '2026-11-20',
    returnDistrict: { code: '2900', nameZh: '杭州关区', nameEn: 'Hangzhou' },
    originalDistricts: [
      { code: '2900', nameZh: '杭州关区', nameEn: 'Hangzhou' },
      { code: '3100', nameZh: '宁波关区', nameEn: 'Ningbo' },
      { code: '5300', nameZh: '深圳关区', nameEn: 'Shenzhen' },
    ],
    supervisedSite: '义乌综合保税区跨境电商监管中心（海关监管作业场所编码 2901W）',
    transportMode: 'air',
    carrier: 'China Eastern Airlines Cargo 中国东方航空物流',
    masterWaybill: '781-23456784',
    reasonCategory: 'consumer_return',
    rebateCertificateNo: 'JH33078226000123',
    applicant: {
      companyZh: '义乌市环宇归途跨境电子商务有限公司',
      companyEn: 'Yiwu Homebound Cross-border E-commerce Co., Ltd.',
      uscc: validUscc(),
      customsCode: '3318960ABC',
      address: '浙江省金华市义乌市稠江街道杨村路 300 号义乌综合保税区跨境电商产业园 B 栋 1208 室',
      contact: '王晓梅',
      phone: '+86 579 8512 3456',
    },
    broker: { name: '义乌顺达报关有限公司 Yiwu Shunda Customs Brokerage Co., Ltd.', customsCode: '3318980XYZ', contact: '李工 +86 138 0579 0000' },
    fromLocation: {
      name: 'Homebound Returns c/o ShipBob Fulfillment Center ORD-2',
      address: '1050 North Industrial Parkway, Building 7, Dock Doors 12–14, Attn: International Returns Desk, Elk Grove Village, IL 60007',
      country: 'United States 美国',
      contact: 'Maria Gonzalez', phone: '+1 847 555 0142',
    },
    toSite: {
      contact: '李工', phone: '+86 138 0579 0000',
      name: '义乌综合保税区跨境电商退货监管仓',
      address: '浙江省金华市义乌市稠江街道杨村路 300 号综合保税区 3 号监管仓库 A 区 12 号门（退货专用通道，收货时间 9:00–17:00）',
    },
    parcels: Array.from({ length: parcelCount }, (_, i) => sampleParcel(i)),
    ...overrides,
  };
}

const FONT_DIR = fileURLToPath(new URL('../../node_modules/@expo-google-fonts/noto-sans-sc/', import.meta.url));

/** Noto Sans SC regular + bold from the npm package, as the renderer would fetch them. */
export function loadFonts(): DocumentFonts {
  return {
    regular: readFileSync(`${FONT_DIR}400Regular/NotoSansSC_400Regular.ttf`),
    bold: readFileSync(`${FONT_DIR}700Bold/NotoSansSC_700Bold.ttf`),
  };
}
