import type { Grade, ReturnReason, UnitCode } from '../codes/ledger-codes';
import type { ReasonCategory, TransportMode } from './types';

/**
 * The fixed words printed on the documents. Customs paperwork is always bilingual
 * (简体中文 / English) whatever the UI language, so these are document text, not UI strings,
 * and live here rather than in the locale files.
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
} as const satisfies Record<string, Bi>;

export const REASON_CATEGORY_TEXT: Record<ReasonCategory, Bi> = {
  consumer_return: { zh: '消费者退货', en: 'Consumer return' },
  unsold: { zh: '滞销退货', en: 'Unsold goods' },
  quality: { zh: '质量或规格问题', en: 'Quality / specification' },
};

export const TRANSPORT_TEXT: Record<TransportMode, Bi> = {
  air: { zh: '航空运输', en: 'Air' },
  sea: { zh: '水路运输', en: 'Sea' },
  road: { zh: '公路运输 (TIR)', en: 'Road (TIR)' },
  rail: { zh: '铁路运输', en: 'Rail' },
  post: { zh: '邮件运输', en: 'Post' },
  express: { zh: '快件运输', en: 'Express' },
};

export const REASON_TEXT: Record<ReturnReason, Bi> = {
  damaged: { zh: '运输损坏', en: 'Damaged' },
  defective: { zh: '质量缺陷', en: 'Defective' },
  wrong_item: { zh: '错发', en: 'Wrong item' },
  not_as_described: { zh: '与描述不符', en: 'Not as described' },
  size_fit: { zh: '尺码不合', en: 'Size / fit' },
  no_longer_needed: { zh: '不再需要', en: 'No longer needed' },
  buyer_cancelled: { zh: '买家取消', en: 'Buyer cancelled' },
  undeliverable: { zh: '无法投递', en: 'Undeliverable' },
  customs_refused: { zh: '进口国拒收', en: 'Refused by customs' },
  other: { zh: '其他', en: 'Other' },
};

/** A as new · B opened, complete · C used, repairable · D scrap (see ledger-codes). */
export const GRADE_TEXT: Record<Grade, Bi> = {
  A: { zh: 'A 全新', en: 'A as new' },
  B: { zh: 'B 已拆封完好', en: 'B opened, complete' },
  C: { zh: 'C 使用过可修复', en: 'C used, repairable' },
  D: { zh: 'D 报废', en: 'D scrap' },
};

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
