/** What a product search looks at: codes, both names, and the Chinese name's pinyin initials. */
export interface Searchable {
  sku: string;
  barcode: string;
  nameZh: string;
  nameEn: string;
}

/** A query that could be pinyin initials ("lyej" for 蓝牙耳机): letters only. */
export function mayBeInitials(query: string): boolean {
  return /^[a-z]{2,}$/i.test(query.trim());
}

/**
 * Whether a product matches what was typed: SKU or either name containing it (any case), the
 * exact barcode, or — given `initials` — the initials of the Chinese name containing it.
 */
export function matchesProduct(p: Searchable, query: string, initials?: (nameZh: string) => string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  if (p.sku.toLowerCase().includes(q) || p.barcode === q || p.nameZh.toLowerCase().includes(q) || p.nameEn.toLowerCase().includes(q)) return true;
  return initials !== undefined && mayBeInitials(q) && initials(p.nameZh).includes(q);
}
