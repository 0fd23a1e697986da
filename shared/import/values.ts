import { readCountry } from '../codes/countries';
import { DISTRICTS } from '../codes/districts';
import { CURRENCIES, EXPORT_MODES, PLATFORMS, type Currency, type ExportMode, type Platform } from '../codes/ledger-codes';
import enLedger from '../locales/en/ledger.json';
import zhLedger from '../locales/zh-CN/ledger.json';
import { readNumber } from '../numbers';

/**
 * Cell values as sellers write them → the ledger's codes. Country is `readCountry`
 * (maintained ISO lists + aliases); platform and currency are the short lists below plus the
 * app's own labels in both languages; quantities go through the one number reader. Every
 * reader folds width, case and spacing first, and answers null for anything it does not know —
 * the review then asks the user once per distinct value.
 */

/** Width folded (NFKC), lower case, spaces and joining punctuation gone. */
export function valueKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s.,'’"()（）【】[\]\-_/\\·、:：]/g, '');
}

const PLATFORM_NAMES: Record<Platform, string[]> = {
  amazon: ['amazon', 'amz', '亚马逊', '亞馬遜', 'amazon fba', 'fba', 'amazon mfn'],
  temu: ['temu', '拼多多跨境', 'temu全托管', 'temu半托管', '特姆'],
  tiktok: ['tiktok', 'tiktok shop', 'tik tok', '抖音跨境', '抖音国际', 'tiktok全托管', 'tk'],
  aliexpress: ['aliexpress', 'ali express', '速卖通', '全球速卖通', 'smt', 'ae'],
  shopee: ['shopee', '虾皮', '蝦皮'],
  ozon: ['ozon', 'озон'],
  wildberries: ['wildberries', 'wb', 'вайлдберриз', '野莓'],
  ebay: ['ebay', '易贝', '亿贝'],
  shopify: ['shopify'],
  walmart: ['walmart', '沃尔玛', '沃爾瑪'],
  mercadolibre: ['mercado libre', 'mercadolibre', 'mercado livre', '美客多'],
  lazada: ['lazada', '来赞达'],
  independent: ['独立站', '自建站', 'independent site', 'own website', 'own site', 'website', 'dtc'],
  other: ['other', '其他', '其它'],
};

const CURRENCY_NAMES: Record<Currency, string[]> = {
  CNY: ['rmb', '人民币', '人民幣', '元', 'cn¥', 'yuan'],
  USD: ['us$', 'usd$', '$', '美元', '美金', 'us dollar', 'dollar'],
  EUR: ['€', '欧元', '歐元', 'euro'],
  GBP: ['£', '英镑', '英鎊', 'pound'],
  JPY: ['jp¥', '日元', '日圆', '日圓', '円', 'yen'],
  RUB: ['₽', '卢布', '盧布', 'руб', 'рубль', 'рублей', 'р', 'rur'],
  AUD: ['au$', 'a$', '澳元', '澳币'],
  CAD: ['ca$', 'c$', '加元', '加币'],
  SGD: ['s$', '新加坡元', '新币'],
  MYR: ['rm', '林吉特', '令吉', '马币'],
  THB: ['฿', '泰铢', '泰銖'],
  PHP: ['₱', '菲律宾比索'],
  VND: ['₫', '越南盾'],
  MXN: ['mx$', '墨西哥比索'],
  BRL: ['r$', '雷亚尔', '巴西雷亚尔'],
  PLN: ['zł', 'zl', '兹罗提'],
  AED: ['迪拉姆', '阿联酋迪拉姆'],
  SAR: ['沙特里亚尔', '里亚尔'],
  KRW: ['₩', '韩元', '韓元'],
  HKD: ['hk$', '港币', '港元', '港幣'],
};

function index<T extends string>(codes: readonly T[], names: Record<T, string[]>, labels: Record<string, string>[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const code of codes) {
    for (const name of [code, ...names[code], ...labels.map((l) => l[code] ?? '')]) if (name) map.set(valueKey(name), code);
  }
  return map;
}

let platforms: Map<string, Platform> | null = null;
let platformPrefixes: [string, Platform][] = [];

/** The ledger's platform for a written name ("亚马逊", "Amazon.de", "速卖通-美国站"); null when unknown. */
export function readPlatform(text: string): Platform | null {
  if (!platforms) {
    platforms = index(PLATFORMS, PLATFORM_NAMES, [enLedger.platform, zhLedger.platform]);
    // "Amazon.de", "Shopee MY", "速卖通-美国站": a known name of 4+ characters (2+ in Chinese) at the start.
    platformPrefixes = [...platforms].filter(([k]) => k.length >= 4 || /^[\u4e00-\u9fff]{2}/.test(k)).sort((a, b) => b[0].length - a[0].length);
  }
  const key = valueKey(text);
  if (key === '') return null;
  return platforms.get(key) ?? platformPrefixes.find(([k]) => key.startsWith(k))?.[1] ?? null;
}

let currencies: Map<string, Currency> | null = null;

/** What a lone "¥" / "￥" means: decided by the file (its headers or other values), else asked. */
export type YenReading = 'CNY' | 'JPY' | null;

/** ISO code for a currency written as a code, symbol or name ("US$", "美元", "руб"); null if unknown or an undecided "¥". */
export function readCurrency(text: string, yen: YenReading = null): Currency | null {
  currencies ??= index(CURRENCIES, CURRENCY_NAMES, []);
  const key = valueKey(text);
  if (key === '¥') return yen;
  return currencies.get(key) ?? null;
}

/** The sign a price cell carries around its number ("US$" of "US$19.99", "€" of "19,99 €"); '' for a bare number. */
export function amountMark(text: string): string {
  return (/[\u0080-\uffff]/.test(text) ? text.normalize('NFKC') : text).replace(/[\d\s.,+\-']/g, '');
}

/** A header or set of values that says which yen a "¥" is. */
export function yenFrom(texts: Iterable<string>): YenReading {
  let cny = false;
  let jpy = false;
  for (const t of texts) {
    const k = valueKey(t);
    if (/人民币|人民幣|rmb|cny|(?<![美欧歐港日澳加坡韩韓泰])元/.test(k)) cny = true;
    if (/日元|日圆|jpy|円|yen/.test(k)) jpy = true;
  }
  return cny === jpy ? null : cny ? 'CNY' : 'JPY';
}

/** A quantity as written: "3", "３", "3件", "3 pcs", "x3". Refusals say what is wrong. */
export function readQuantity(text: string) {
  return readNumber(text, { digits: 0, unit: true });
}

/** 监管方式 as written: "9610", "9610 跨境电商B2C", "MODE 9810". */
export function readExportMode(text: string): ExportMode | null {
  const m = /(?:^|\D)(\d{4})(?:\D|$)/.exec(text.normalize('NFKC'));
  return m && (EXPORT_MODES as readonly string[]).includes(m[1]!) ? (m[1] as ExportMode) : null;
}

let districts: Map<string, string> | null = null;

/** 关区 as a code ("2900"), Chinese name ("杭州关区", "杭州") or English name ("Hangzhou"). */
export function readDistrict(text: string): string | null {
  if (!districts) {
    districts = new Map();
    for (const d of DISTRICTS) for (const n of [d.code, d.zh, d.zh.replace(/关区$/, ''), d.en, `${d.en} customs`]) districts.set(valueKey(n), d.code);
  }
  return districts.get(valueKey(text)) ?? null;
}

/** Country per `readCountry`, re-exported so imports read every value from this module. */
export { readCountry };

/** A field whose values are read to a code and may be resolved by the user per distinct value. */
export const CODED_FIELDS = ['buyerCountry', 'platform', 'currency', 'exportMode', 'exportDistrict'] as const;
export type CodedField = (typeof CODED_FIELDS)[number];

/** The user's answers for values the readers did not know: field → value in file → code, or REJECT. */
export type Resolutions = Partial<Record<CodedField, Record<string, string>>>;
export const REJECT = '!reject';
