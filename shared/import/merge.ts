import { issuesToErrors, type FieldError } from '../errors';
import { orderInput, type Order, type OrderInput, type OrderLine } from '../schemas/order';

/**
 * Re-import without duplicates: an incoming order meets the stored one with the same platform
 * and order no. The file is the truth for what it knows — order date, buyer country,
 * currency, each line's quantity and price — and the ledger keeps what only the user could
 * have entered: the export declaration fields, each line's id (returns point at it) and its
 * customs fields. Lines are matched by SKU; stored lines the file does not mention stay.
 * The merged order is checked as a whole: a file's order date after the export date the
 * user recorded is refused ('conflict'), never written as an order the ledger would reject.
 */
export type MergeOutcome = 'new' | 'updated' | 'unchanged';
export type MergeResult = { outcome: MergeOutcome; value: OrderInput } | { outcome: 'conflict'; errors: FieldError[] };

export function mergeOrder(existing: Order | undefined, incoming: OrderInput): MergeResult {
  if (!existing) return { outcome: 'new', value: incoming };
  const lines: OrderLine[] = existing.lines.map((l) => ({ ...l }));
  for (const line of incoming.lines) {
    const same = lines.find((l) => l.sku === line.sku);
    if (same) {
      same.qty = line.qty;
      same.unitPriceMinor = line.unitPriceMinor;
    } else lines.push(line);
  }
  const value: OrderInput = {
    platform: existing.platform, orderNo: existing.orderNo,
    orderDate: incoming.orderDate, buyerCountry: incoming.buyerCountry, currency: incoming.currency, lines,
    exportMode: existing.exportMode, exportDistrict: existing.exportDistrict, exportPort: existing.exportPort,
    exportDate: existing.exportDate, declarationNo: existing.declarationNo,
    waybillNo: incoming.waybillNo || existing.waybillNo, carrier: existing.carrier,
    ...((incoming.shop || existing.shop) ? { shop: incoming.shop || existing.shop } : {}),
  };
  if (sameOrder(existing, value)) return { outcome: 'unchanged', value };
  const checked = orderInput.safeParse(value);
  return checked.success ? { outcome: 'updated', value } : { outcome: 'conflict', errors: issuesToErrors(checked.error.issues) };
}

function sameOrder(a: OrderInput, b: OrderInput): boolean {
  const keys: (keyof OrderInput)[] = ['orderDate', 'buyerCountry', 'currency', 'waybillNo', 'shop'];
  if (keys.some((k) => a[k] !== b[k]) || a.lines.length !== b.lines.length) return false;
  return a.lines.every((l, i) => {
    const m = b.lines[i]!;
    return l.id === m.id && l.qty === m.qty && l.unitPriceMinor === m.unitPriceMinor;
  });
}
