/**
 * The closed vocabularies of the ledger. Their labels live in the locale files under the same
 * keys (e.g. `platform.amazon`, `reason.damaged`), so adding a value means adding two labels.
 */
export const PLATFORMS = [
  'amazon', 'temu', 'aliexpress', 'shopee', 'tiktok', 'ozon', 'ebay', 'shopify',
  'wildberries', 'walmart', 'mercadolibre', 'lazada', 'independent', 'other',
] as const;
export type Platform = (typeof PLATFORMS)[number];

/** 监管方式: the customs mode the goods left China under. */
export const EXPORT_MODES = ['9610', '9710', '9810', '1210', '0110'] as const;
export type ExportMode = (typeof EXPORT_MODES)[number];

export const RETURN_REASONS = [
  'damaged', 'defective', 'wrong_item', 'not_as_described', 'size_fit',
  'no_longer_needed', 'buyer_cancelled', 'undeliverable', 'customs_refused', 'other',
] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number];

/** A: as new, original state · B: opened, complete · C: used or damaged, repairable · D: scrap. */
export const GRADES = ['A', 'B', 'C', 'D'] as const;
export type Grade = (typeof GRADES)[number];

export const WHEREABOUTS = ['with_buyer', 'overseas_address', 'overseas_warehouse', 'in_transit', 'in_china'] as const;
export type Whereabouts = (typeof WHEREABOUTS)[number];

/** Declared units of measure, China customs unit codes (计量单位). */
export const UNITS = ['007', '011', '001', '006', '025', '008', '035'] as const;
export type UnitCode = (typeof UNITS)[number];

export const CURRENCIES = ['CNY', 'USD', 'EUR', 'GBP', 'JPY', 'RUB', 'AUD', 'CAD', 'SGD', 'MYR', 'THB', 'PHP', 'VND', 'MXN', 'BRL', 'PLN', 'AED', 'SAR', 'KRW', 'HKD'] as const;
export type Currency = (typeof CURRENCIES)[number];
