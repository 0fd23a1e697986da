import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLATFORMS } from '../../../shared/codes/ledger-codes';
import type { Order } from '../../../shared/schemas/order';
import { defaultDesc, ORDER_SORTS, type OrderSort } from '../../db/order-sort';
import type { OrderQuery } from '../../db/orders-repo';
import { useFormat } from '../../i18n/format';
import { useServices } from '../../app/services';
import { useUrlState } from '../../app/url-state';
import { Drawer } from '../../components/Drawer';
import { CodeSelect } from '../../components/Select';
import { VirtualTable, type Column } from '../../components/VirtualTable';
import { ListCount } from '../../components/table/ListCount';
import { ColumnChooser } from '../../components/table/ColumnChooser';
import { useColumnPrefs } from '../../components/table/column-prefs';
import { NO_SELECTION, type Selection } from '../../components/table/selection';
import { OrderForm } from './OrderForm';
import { OrdersBulkBar } from './OrdersBulkBar';
import { useOrderList } from './use-order-list';

const NONE: readonly Order[] = [];
const orderId = (o: Order) => o.id;
/** The list's URL: `#/orders?q=蓝牙&platform=amazon&country=US&sort=product&dir=asc`. */
const URL_KEYS = ['q', 'platform', 'country', 'sort', 'dir'] as const;

export function OrdersPage({ creating, onCreated }: { creating: boolean; onCreated: () => void }) {
  const { t } = useTranslation(['ledger', 'common']);
  const { repos } = useServices();
  const f = useFormat();
  const [state, set] = useUrlState(URL_KEYS);
  const query = useMemo((): OrderQuery => {
    const sort: OrderSort = (ORDER_SORTS as readonly string[]).includes(state.sort) ? (state.sort as OrderSort) : 'orderDate';
    return { search: state.q, platform: state.platform, buyerCountry: state.country, sort, desc: state.dir === '' ? defaultDesc(sort) : state.dir === 'desc' };
  }, [state]);
  const [editing, setEditing] = useState<Order | null | undefined>(undefined);
  const [selection, setSelection] = useState<Selection>(NO_SELECTION);
  const { view: orders, onRange } = useOrderList(query);
  const countries = useLiveQuery(() => repos.orders.countries(), [repos]) ?? [];
  useEffect(() => setSelection(NO_SELECTION), [query.search, query.platform, query.buyerCountry]);
  const open = creating ? null : editing;
  const filtered = Boolean(state.q || state.platform || state.country);

  // Kept across renders so that scrolling draws only the rows coming into view.
  const columns = useMemo((): Column<Order>[] => [
    { key: 'orderNo', sort: 'orderNo', header: t('field.orderNo'), width: 'minmax(170px, 1.4fr)', render: (o) => <strong>{o.orderNo}</strong> },
    { key: 'platform', sort: 'platform', header: t('field.platform'), width: '96px', render: (o) => t(`platform.${o.platform}`) },
    { key: 'date', sort: 'orderDate', header: t('field.orderDate'), width: '128px', render: (o) => f.date(o.orderDate) },
    { key: 'country', sort: 'buyerCountry', header: t('field.buyerCountry'), width: '110px', render: (o) => f.country(o.buyerCountry) },
    { key: 'product', sort: 'product', header: t('column.product'), width: 'minmax(130px, 1.4fr)', render: (o) => o.lines.map((l) => l.nameZh).join('、') },
    { key: 'sku', sort: 'sku', header: t('column.lines'), width: 'minmax(110px, 1fr)', render: (o) => o.skus.join(', ') },
    { key: 'total', sort: 'total', header: t('field.total'), width: '110px', align: 'end', render: (o) => f.money(o.lines.reduce((s, l) => s + l.qty * l.unitPriceMinor, 0), o.currency) },
    { key: 'mode', sort: 'exportMode', header: t('column.mode'), width: '60px', hidden: true, render: (o) => o.exportMode },
    { key: 'district', sort: 'exportDistrict', header: t('column.district'), width: '70px', hidden: true, render: (o) => o.exportDistrict },
    { key: 'exportDate', sort: 'exportDate', header: t('field.exportDate'), width: '120px', hidden: true, render: (o) => f.date(o.exportDate) },
    { key: 'waybill', sort: 'waybillNo', header: t('field.waybillNo'), width: 'minmax(140px, 1fr)', render: (o) => o.waybillNo },
  ], [t, f]);
  const prefs = useColumnPrefs('orders', columns);

  const close = () => {
    setEditing(undefined);
    onCreated();
  };

  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('orders.title')}</h1>
        <button type="button" className="primary" onClick={() => setEditing(null)}>{t('orders.new')}</button>
      </header>
      <div className="toolbar">
        <input type="search" className="search" aria-label={t('common:actions.search')} placeholder={t('orders.searchPlaceholder')} value={state.q} onChange={(e) => set({ q: e.target.value })} />
        <label className="inline-label">{t('field.platform')}
          <CodeSelect values={PLATFORMS} value={state.platform as never} onChange={(v) => set({ platform: v })} allowEmpty emptyLabel={t('common:table.all')} label={(p) => t(`platform.${p}`)} />
        </label>
        <label className="inline-label">{t('field.buyerCountry')}
          <CodeSelect values={countries} value={state.country} onChange={(v) => set({ country: v })} allowEmpty emptyLabel={t('common:table.all')} label={(c) => f.country(c)} />
        </label>
        <span className="spacer" />
        <ListCount view={orders} />
        <ColumnChooser prefs={prefs} />
      </div>
      <OrdersBulkBar query={query} shown={orders?.counted ? orders.ids : undefined} total={orders?.count ?? 0} selection={selection} onSelect={setSelection} />
      <VirtualTable label={t('orders.title')} rows={orders ?? NONE} columns={columns} prefs={prefs} rowKey={orderId} onOpen={setEditing} onRange={onRange}
        sort={{ key: query.sort ?? 'orderDate', desc: query.desc ?? false }} onSort={(s) => set({ sort: s.key, dir: s.desc ? 'desc' : 'asc' })}
        selection={selection} onSelect={setSelection}
        empty={!orders ? null : filtered ? t('common:table.noMatch') : t('orders.emptyHint')} />
      {open !== undefined && (
        <Drawer title={open ? t('orders.edit') : t('orders.new')} onClose={close}>
          <OrderForm order={open} onDone={close} />
        </Drawer>
      )}
    </div>
  );
}
