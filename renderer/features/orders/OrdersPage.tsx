import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLATFORMS } from '../../../shared/codes/ledger-codes';
import type { Order } from '../../../shared/schemas/order';
import { ORDER_SORTS, type OrderSort } from '../../db/orders-repo';
import { useFormat } from '../../i18n/format';
import { useServices } from '../../app/services';
import { Drawer } from '../../components/Drawer';
import { CodeSelect } from '../../components/Select';
import { VirtualTable, type Column } from '../../components/VirtualTable';
import { OrderForm } from './OrderForm';
import { useOrderList } from './use-order-list';

const NONE: readonly Order[] = [];
const orderId = (o: Order) => o.id;

export function OrdersPage({ creating, onCreated }: { creating: boolean; onCreated: () => void }) {
  const { t } = useTranslation(['ledger', 'common']);
  const { repos } = useServices();
  const f = useFormat();
  const [search, setSearch] = useState('');
  const [platform, setPlatform] = useState<(typeof PLATFORMS)[number] | ''>('');
  const [country, setCountry] = useState('');
  const [sort, setSort] = useState<OrderSort>('orderDate');
  const [editing, setEditing] = useState<Order | null | undefined>(undefined);
  const { view: orders, onRange } = useOrderList({ search, platform, buyerCountry: country, sort });
  const countries = useLiveQuery(() => repos.orders.countries(), [repos]) ?? [];
  const open = creating ? null : editing;

  // Kept across renders so that scrolling draws only the rows coming into view.
  const columns = useMemo((): Column<Order>[] => [
    { key: 'orderNo', header: t('field.orderNo'), width: 'minmax(190px, 1.4fr)', render: (o) => <strong>{o.orderNo}</strong> },
    { key: 'platform', header: t('field.platform'), width: '110px', render: (o) => t(`platform.${o.platform}`) },
    { key: 'date', header: t('field.orderDate'), width: '120px', render: (o) => f.date(o.orderDate) },
    { key: 'country', header: t('field.buyerCountry'), width: '130px', render: (o) => f.country(o.buyerCountry) },
    { key: 'sku', header: t('column.lines'), width: 'minmax(140px, 1.2fr)', render: (o) => o.skus.join(', ') },
    { key: 'total', header: t('field.total'), width: '120px', align: 'end', render: (o) => f.money(o.lines.reduce((s, l) => s + l.qty * l.unitPriceMinor, 0), o.currency) },
    { key: 'mode', header: t('column.mode'), width: '60px', render: (o) => o.exportMode },
    { key: 'district', header: t('column.district'), width: '64px', render: (o) => o.exportDistrict },
    { key: 'waybill', header: t('field.waybillNo'), width: 'minmax(150px, 1fr)', render: (o) => o.waybillNo },
  ], [t, f]);

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
        <input type="search" className="search" aria-label={t('common:actions.search')} placeholder={t('orders.searchPlaceholder')} value={search} onChange={(e) => setSearch(e.target.value)} />
        <label className="inline-label">{t('field.platform')}
          <CodeSelect values={PLATFORMS} value={platform} onChange={setPlatform} allowEmpty emptyLabel={t('common:table.all')} label={(p) => t(`platform.${p}`)} />
        </label>
        <label className="inline-label">{t('field.buyerCountry')}
          <CodeSelect values={countries} value={country} onChange={setCountry} allowEmpty emptyLabel={t('common:table.all')} label={(c) => f.country(c)} />
        </label>
        <label className="inline-label">{t('common:table.sortBy')}
          <CodeSelect values={ORDER_SORTS} value={sort} onChange={(s) => setSort(s || 'orderDate')} label={(s) => t(`orders.sort.${s}`)} />
        </label>
        <span className="muted">{t('common:table.count', { count: orders?.count ?? 0 })}</span>
      </div>
      <VirtualTable label={t('orders.title')} rows={orders ?? NONE} columns={columns} rowKey={orderId} onOpen={setEditing} onRange={onRange}
        empty={!orders ? null : search || platform || country ? t('common:table.noMatch') : t('orders.emptyHint')} />
      {open !== undefined && (
        <Drawer title={open ? t('orders.edit') : t('orders.new')} onClose={close}>
          <OrderForm order={open} onDone={close} />
        </Drawer>
      )}
    </div>
  );
}
