import type { Order, OrderLine } from '../schemas/order';

/**
 * Units sold, summed per day, platform, buyer country and SKU: what the dashboard's rate
 * charts need from the orders. A million orders fold into a few thousand of these, so the
 * ledger keeps them up to date as orders are written (renderer/db/sales-days-keeper.ts)
 * instead of the dashboard reading every order. `addSales` is the one rule: it builds the
 * rows from scratch (a fold over all orders) and works out a write's change to them
 * (the order as it was, taken back, plus the order as it is now).
 */
export interface SalesDay {
  /** The four keys in one string (salesDayId): the stored row's primary key. */
  id: string;
  /** The order date (yyyy-mm-dd). */
  day: string;
  platform: string;
  country: string;
  sku: string;
  units: number;
}

export type SalesOrder = Pick<Order, 'orderDate' | 'platform' | 'buyerCountry'> & { lines: readonly Pick<OrderLine, 'sku' | 'qty'>[] };

/** Joined by the unit separator, which no platform, country code, date or SKU contains. */
export function salesDayId(day: string, platform: string, country: string, sku: string): string {
  return `${day}\u001f${platform}\u001f${country}\u001f${sku}`;
}

/** Adds an order's units to `days` (sign -1 takes them back). */
export function addSales(days: Map<string, SalesDay>, order: SalesOrder, sign: 1 | -1): void {
  const day = order.orderDate.slice(0, 10);
  for (const line of order.lines) {
    const id = salesDayId(day, order.platform, order.buyerCountry, line.sku);
    let row = days.get(id);
    if (!row) days.set(id, (row = { id, day, platform: order.platform, country: order.buyerCountry, sku: line.sku, units: 0 }));
    row.units += sign * line.qty;
  }
}

/** The rows of every order, from scratch. */
export function salesDays(orders: Iterable<SalesOrder>): Map<string, SalesDay> {
  const days = new Map<string, SalesDay>();
  for (const o of orders) addSales(days, o, 1);
  return days;
}

/**
 * A change worked out by addSales applied to a stored row: the new row, or null when no
 * unit is left (the row is removed, as a from-scratch fold would never have made it).
 */
export function applySales(stored: SalesDay | undefined, change: SalesDay): SalesDay | null {
  const units = (stored?.units ?? 0) + change.units;
  return units === 0 ? null : { ...change, units };
}
