import Dexie, { type EntityTable, type IDType } from 'dexie';
import { batchesTable, costLinesTable, decisionsTable, exportTable, exportWords, fenConverter, orderLinesTable, ordersTable, returnsTable, savingsTable, type AnyTable, type ExportKind, type ExportLanguage } from '../../shared/export';
import type { Order } from '../../shared/schemas/order';
import type { HomeboundDb } from './database';
import { within, type ExportFilter } from './export-sources';
import { PresetsRepo } from './presets-repo';

/**
 * What a workbook export reads, a page of records at a time, never the whole ledger at once:
 * each sheet is a table of no rows (its columns, for the sheet's head) and a run of chunk
 * tables, each over one page of records plus only what those records look up (a return's
 * order, a decision's return), fetched by key for that page. Pages follow the index the
 * export has always been sorted by — orders by order date, returns by requested date,
 * decisions by decision date, batches by creation — equal dates by id, as IndexedDB keeps them.
 * The date filter is the index's key range; the platform filter is applied to each page.
 */
export interface ExportSheetPages {
  empty: AnyTable;
  chunks(): AsyncGenerator<AnyTable>;
}

type Keyed = { id: string };

/** Records of `table` in `index` order between the filter's dates, `size` at a time (pages of a day's ties may be shorter). */
export async function* indexPages<T extends Keyed>(table: EntityTable<T, 'id'>, index: string, filter: Pick<ExportFilter, 'from' | 'to'>, size: number): AsyncGenerator<T[]> {
  const upper = filter.to ? `${filter.to}\uffff` : Dexie.maxKey;
  let edge: { key: string; id: string } | undefined;
  for (;;) {
    if (edge) {
      // The rest of the last page's date: the index orders equal dates by id.
      const { key, id: after } = edge;
      const ids = ((await table.where(index).equals(key).primaryKeys()) as string[]).filter((id) => id > after);
      for (let k = 0; k < ids.length; k += size) yield (await table.bulkGet(ids.slice(k, k + size) as IDType<T, 'id'>[])).filter((r): r is T => r !== undefined);
    }
    const range = edge ? table.where(index).between(edge.key, upper, false, true) : table.where(index).between(filter.from || Dexie.minKey, upper, true, true);
    const page = await range.limit(size).toArray();
    if (page.length > 0) yield page;
    if (page.length < size) return;
    const last = page[page.length - 1]!;
    edge = { key: (last as unknown as Record<string, string>)[index]!, id: last.id };
  }
}

async function* orderPages(db: HomeboundDb, filter: ExportFilter, size: number): AsyncGenerator<Order[]> {
  if (filter.orderIds) {
    // The orders list's selection, in its order.
    for (let k = 0; k < filter.orderIds.length; k += size) {
      yield (await db.orders.bulkGet(filter.orderIds.slice(k, k + size) as string[])).filter((o): o is Order => o !== undefined);
    }
    return;
  }
  for await (const page of indexPages(db.orders, 'orderDate', filter, size)) {
    yield filter.platform ? page.filter((o) => o.platform === filter.platform) : page;
  }
}

/** The records these keys name, looked up for one page: a Map by id. */
async function byId<T extends Keyed>(table: EntityTable<T, 'id'>, ids: Iterable<string>): Promise<T[]> {
  return (await table.bulkGet([...new Set(ids)] as IDType<T, 'id'>[])).filter((r): r is T => r !== undefined);
}

export async function exportPages(db: HomeboundDb, kind: ExportKind, filter: ExportFilter, language: ExportLanguage, withCodes: boolean, size: number): Promise<ExportSheetPages[]> {
  const presets = await new PresetsRepo(db).get();
  const w = exportWords(language, { withCodes, locations: presets.locations.map(({ id, name, nameEn }) => ({ id, name, nameEn })) });
  const toFen = fenConverter(presets.rates);
  const sheet = (empty: AnyTable, chunks: () => AsyncGenerator<AnyTable>): ExportSheetPages => ({
    empty: exportTable(empty, w, withCodes),
    chunks: async function* () { for await (const t of chunks()) yield exportTable(t, w, withCodes); },
  });
  const platform = (p: string) => !filter.platform || p === filter.platform;
  const decisions = async function* () {
    for await (const page of indexPages(db.decisions, 'decidedAt', filter, size)) {
      const kept = page.filter((d) => platform(d.input.platform));
      yield { kept, returns: await byId(db.returns, kept.map((d) => d.returnId)) };
    }
  };

  switch (kind) {
    case 'orders':
      return [sheet(ordersTable([], toFen, w), async function* () { for await (const page of orderPages(db, filter, size)) yield ordersTable(page, toFen, w); })];
    case 'lines':
      return [sheet(orderLinesTable([], toFen, w), async function* () { for await (const page of orderPages(db, filter, size)) yield orderLinesTable(page, toFen, w); })];
    case 'returns':
      return [sheet(returnsTable([], [], w), async function* () {
        for await (const page of indexPages(db.returns, 'requestedDate', filter, size)) {
          const kept = page.filter((r) => platform(r.platform));
          // A return row needs its order's currency and line price: the page's orders, by key.
          yield returnsTable(kept, await byId(db.orders, kept.map((r) => r.orderId)), w);
        }
      })];
    case 'decisions':
      return [
        sheet(decisionsTable([], [], w), async function* () { for await (const { kept, returns } of decisions()) yield decisionsTable(kept, returns, w); }),
        sheet(costLinesTable([], [], w), async function* () { for await (const { kept, returns } of decisions()) yield costLinesTable(kept, returns, w); }),
      ];
    case 'savings':
      return [sheet(savingsTable([], [], w), async function* () { for await (const { kept, returns } of decisions()) yield savingsTable(kept, returns, w); })];
    case 'batches':
      return [sheet(batchesTable([], [], w), async function* () {
        for await (const page of indexPages(db.batches, 'createdAt', { from: '', to: '' }, size)) {
          const kept = page.filter((b) => within(b.plannedDate, filter));
          yield batchesTable(kept, await byId(db.returns, kept.flatMap((b) => b.returnIds)), w);
        }
      })];
  }
}
