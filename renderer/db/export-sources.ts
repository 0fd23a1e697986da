import type { ExportKind, ExportSource } from '../../shared/export';
import type { HomeboundDb } from './database';
import { OrdersRepo } from './orders-repo';
import { PresetsRepo } from './presets-repo';

/**
 * What a bookkeeping export reads, narrowed by the Data page's filters: a date range (on the
 * order date for orders and lines, the requested date for returns, the decision date for
 * decisions and savings) and a platform. Everything a row needs to look up comes along.
 */
export interface ExportFilter {
  from: string;
  to: string;
  platform: string;
  /** Only these orders (the orders list's selection), in this order. */
  orderIds?: readonly string[];
}

export const within = (date: string, f: ExportFilter) => (!f.from || date >= f.from) && (!f.to || date.slice(0, 10) <= f.to);

export async function loadExportSource(db: HomeboundDb, kind: ExportKind, filter: ExportFilter): Promise<ExportSource> {
  const repo = new OrdersRepo(db);
  const [orders, returns, decisions, batches, presets] = await Promise.all([
    filter.orderIds ? repo.byIds(filter.orderIds) : repo.list({ platform: filter.platform || undefined, sort: 'orderDate' }),
    db.returns.orderBy('requestedDate').toArray(),
    db.decisions.orderBy('decidedAt').toArray(),
    db.batches.orderBy('createdAt').toArray(),
    new PresetsRepo(db).get(),
  ]);
  const keptReturns = returns.filter((r) => within(r.requestedDate, filter) && (!filter.platform || r.platform === filter.platform));
  // A return's row needs its own order (currency, line price), whatever that order's date.
  const returnOrders = kind === 'returns' ? await repo.byIds([...new Set(keptReturns.map((r) => r.orderId))]) : null;
  return {
    orders: returnOrders ?? (filter.orderIds ? orders : orders.filter((o) => within(o.orderDate, filter)).reverse()),
    // Only the returns export is filtered by return; the others look returns up (RMA no., qty).
    returns: kind === 'returns' ? keptReturns : returns,
    decisions: decisions.filter((d) => within(d.decidedAt, filter) && (!filter.platform || d.input.platform === filter.platform)),
    batches: batches.filter((b) => within(b.plannedDate, filter)),
    rates: presets.rates,
    locations: presets.locations.map(({ id, name, nameEn }) => ({ id, name, nameEn })),
  };
}
