import { GRADES, RETURN_REASONS, type Grade, type ReturnReason, type UnitCode } from '../codes/ledger-codes';
import enLedger from '../locales/en/ledger.json';
import enRequests from '../locales/en/requests.json';
import zhLedger from '../locales/zh-CN/ledger.json';
import zhRequests from '../locales/zh-CN/requests.json';
import type { ReasonCategory, TransportMode } from './types';

/**
 * The fixed words printed on the documents. Customs paperwork is always bilingual
 * (简体中文 / English) whatever the UI language, so the form's own captions are document
 * text and live here; the names of coded values come from the locale files (below).
 */
export interface Bi {
  zh: string;
  en: string;
}

export const DOC_TEXT = {
  requestTitle: { zh: '出口商品退货申请单', en: 'Export Goods Return Application' },
  manifestTitle: { zh: '退货装箱清单', en: 'Return Packing Manifest' },
  labelTitle: { zh: '退货标签', en: 'RETURN LABEL' },
  requestNo: { zh: '申请单号', en: 'Request no.' },
  batchNo: { zh: '批次号', en: 'Batch no.' },
  date: { zh: '申请日期', en: 'Date' },
  applicant: { zh: '申请企业', en: 'Applicant' },
  uscc: { zh: '统一社会信用代码', en: 'Unified Social Credit Code' },
  customsCode: { zh: '海关编码', en: 'Customs code' },
  address: { zh: '地址', en: 'Address' },
  contact: { zh: '联系人 / 电话', en: 'Contact / phone' },
  broker: { zh: '报关企业', en: 'Customs broker' },
  returnDistrict: { zh: '退运关区', en: 'Return district' },
  originalDistricts: { zh: '原出口关区', en: 'Original export district(s)' },
  supervisedSite: { zh: '监管作业场所', en: 'Supervised site' },
  transport: { zh: '运输方式 / 承运人', en: 'Transport / carrier' },
  masterWaybill: { zh: '总运单号 / TIR 证号', en: 'Master waybill / TIR carnet' },
  reasonCategory: { zh: '退货原因类别', en: 'Reason category' },
  rebateCert: { zh: '补税/未退税证明编号', en: 'Tax rebate certificate no.' },
  notClaimed: { zh: '不适用', en: 'not claimed' },
  from: { zh: '起运地', en: 'From' },
  to: { zh: '目的地', en: 'To' },
  fromShort: { zh: '寄件', en: 'FROM' },
  toShort: { zh: '收件', en: 'TO' },
  totals: { zh: '合计', en: 'Totals' },
  parcels: { zh: '包裹数', en: 'Parcels' },
  quantity: { zh: '数量', en: 'Quantity' },
  weightKg: { zh: '重量 (千克)', en: 'Weight (kg)' },
  valueCny: { zh: '价值 (人民币元)', en: 'Value (CNY)' },
  goodsList: { zh: '退运商品清单', en: 'Goods returned' },
  // Table columns; a cell shows two fields stacked, so each heading is a pair.
  colNo: { zh: '序号', en: 'No.' },
  colDecl: { zh: '原申报清单号 / 出口日期', en: 'Declaration no. / export date' },
  colOrder: { zh: '订单号 / 运单号', en: 'Order no. / waybill no.' },
  colSku: { zh: 'SKU / 商品编码', en: 'SKU / HS code' },
  colName: { zh: '申报品名', en: 'Declared name' },
  colQty: { zh: '数量 / 单位', en: 'Qty / unit' },
  colValue: { zh: '价值 / 折人民币', en: 'Value / in CNY' },
  colWeight: { zh: '重量', en: 'Weight kg' },
  colReason: { zh: '原因 / 状况', en: 'Reason / condition' },
  declaration: {
    zh: '兹声明：以上退运货物为原出口货物，所填内容真实、准确、完整。',
    en: 'We declare that the goods above are the goods originally exported and that this application is true, accurate and complete.',
  },
  applicantSeal: { zh: '申请企业（签章）', en: 'Applicant (signature & seal)' },
  brokerSeal: { zh: '报关企业（签章）', en: 'Customs broker (signature & seal)' },
  customsRemarks: { zh: '海关批注', en: 'Customs remarks' },
  dateLine: { zh: '日期', en: 'Date' },
  order: { zh: '原订单号', en: 'Order no.' },
  decl: { zh: '原报关单号', en: 'Declaration no.' },
  skuQty: { zh: '货号 × 数量', en: 'SKU × qty' },
  weight: { zh: '重量', en: 'Weight' },
  rma: { zh: 'RMA 号', en: 'RMA no.' },
  labelNo: { zh: '标签号', en: 'Label no.' },
  packedBy: { zh: '装箱人', en: 'Packed by' },
  checkedBy: { zh: '复核人', en: 'Checked by' },
  page: { zh: '第 {x} / {y} 页', en: 'Page {x} of {y}' },
  labelOf: { zh: '第 {x} / {y} 件', en: 'Parcel {x} of {y}' },
  consignee: { zh: '收货人', en: 'Consignee' },
  phone: { zh: '电话', en: 'Phone' },
  stillMissing: { zh: '尚缺信息（草稿）', en: 'Still missing (draft)' },
  cartonCount: { zh: '箱数', en: 'Cartons' },
} as const satisfies Record<string, Bi>;

type Tree = { [k: string]: string | Tree };
/** `zh` and `en` of each code under `path` in a locale file pair: the screen's own words. */
function fromLocales<K extends string>(codes: readonly K[], zh: Tree, en: Tree, path: string): Record<K, Bi> {
  const at = (t: Tree, code: string) => {
    const group = t[path];
    const v = typeof group === 'object' ? group[code] : undefined;
    if (typeof v !== 'string') throw new Error(`locale text missing: ${path}.${code}`);
    return v;
  };
  return Object.fromEntries(codes.map((c) => [c, { zh: at(zh, c), en: at(en, c) }])) as Record<K, Bi>;
}

// Reasons, grades, reason categories and transport read exactly as on screen (one word for
// a thing on screen and on paper): the documents take them from the same locale files.
export const REASON_CATEGORY_TEXT: Record<ReasonCategory, Bi> = fromLocales(['consumer_return', 'unsold', 'quality'], zhRequests, enRequests, 'reasonCategory');

const BATCH_MODE_TEXT = fromLocales(['air', 'sea', 'rail', 'road_tir', 'express'], zhRequests, enRequests, 'mode');
export const TRANSPORT_TEXT: Record<TransportMode, Bi> = {
  air: BATCH_MODE_TEXT.air,
  sea: BATCH_MODE_TEXT.sea,
  road: BATCH_MODE_TEXT.road_tir,
  rail: BATCH_MODE_TEXT.rail,
  post: { zh: '邮件运输', en: 'Post' },
  express: BATCH_MODE_TEXT.express,
};

export const REASON_TEXT: Record<ReturnReason, Bi> = fromLocales(RETURN_REASONS, zhLedger, enLedger, 'reason');

/** A as new · B opened, complete · C used, repairable · D scrap (see ledger-codes). */
export const GRADE_TEXT: Record<Grade, Bi> = fromLocales(GRADES, zhLedger, enLedger, 'grade');

/** China customs units of measure (计量单位) by code, as printed on declarations. */
export const UNIT_TEXT: Record<UnitCode, Bi> = {
  '001': { zh: '台', en: 'unit' },
  '006': { zh: '套', en: 'set' },
  '007': { zh: '个', en: 'pc' },
  '008': { zh: '只', en: 'each' },
  '011': { zh: '件', en: 'item' },
  '025': { zh: '双', en: 'pair' },
  '035': { zh: '千克', en: 'kg' },
};

/** "中文 English" on one line, the way bilingual forms label a field. */
export function bi(t: Bi): string {
  return `${t.zh} ${t.en}`;
}

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_m, k: string) => String(values[k] ?? ''));
}
