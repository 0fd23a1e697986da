import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RETURN_STATUSES, type ReturnStatus } from '../../../shared/ledger/return-status';
import type { ReturnRecord } from '../../../shared/schemas/return';
import { RETURN_SORTS, type ReturnSort } from '../../db/returns-repo';
import { useFormat } from '../../i18n/format';
import { useServices } from '../../app/services';
import { hashParams } from '../../app/router';
import { Drawer } from '../../components/Drawer';
import { useScanBurst } from '../../components/use-scan-burst';
import { useToast } from '../../app/toast';
import type { Order } from '../../../shared/schemas/order';
import { CodeSelect } from '../../components/Select';
import { VirtualTable, type Column } from '../../components/VirtualTable';
import { ReturnForm } from './ReturnForm';

const LINKED = ['sku', 'reason', 'platform', 'country', 'location', 'status'] as const;

const LINK_FIELD: Record<(typeof LINKED)[number], string> = { sku: 'sku', reason: 'reason', platform: 'platform', country: 'buyerCountry', location: 'locationId', status: 'status' };

export function ReturnsPage({ creating, onCreated }: { creating: boolean; onCreated: () => void }) {
  const { t } = useTranslation(['ledger', 'common']);
  const { repos } = useServices();
  const f = useFormat();
  const notify = useToast();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<ReturnStatus | ''>('');
  const [sort, setSort] = useState<ReturnSort>('requestedDate');
  const [editing, setEditing] = useState<ReturnRecord | null | undefined>(undefined);
  // The dashboard opens the returns behind a chart bar with #/returns?sku=… (or reason, platform, country).
  const [linked, setLinked] = useState(() => LINKED.flatMap((k) => { const v = hashParams().get(k); return v ? [[k, v] as const] : []; }));
  // Decide's banners link #/returns?location=none&status=requested,received_overseas,decided.
  const { status: linkedStatus, ...exact } = Object.fromEntries(linked) as Partial<Record<(typeof LINKED)[number], string>>;
  const statuses = (linkedStatus?.split(',') ?? []).filter((s): s is ReturnStatus => (RETURN_STATUSES as readonly string[]).includes(s));
  const locations = useLiveQuery(async () => (await repos.presets.get()).locations, [repos]) ?? [];
  const rows = useLiveQuery(() => repos.returns.list({ search, status, sort, ...exact, statuses }), [repos, search, status, sort, linked]);
  const unlink = () => {
    setLinked([]);
    window.history.replaceState(null, '', '#/returns');
  };
  const open = creating ? null : editing;
  // A new return started from a scanned order no. or tracking no.
  const [startOrder, setStartOrder] = useState<Order | undefined>(undefined);
  const close = () => {
    setEditing(undefined);
    setStartOrder(undefined);
    onCreated();
  };
  // A scanned RMA / license plate opens its return; an order no. or tracking no. starts a return on that order.
  const openScanned = async (code: string) => {
    const found = await repos.returns.findByRma(code);
    if (found) return setEditing(found);
    const orders = await repos.orders.findByScan(code);
    if (orders.length === 1) {
      setStartOrder(orders[0]);
      return setEditing(null);
    }
    setSearch(code.trim());
    notify(t('returns.scanNothing', { code: code.trim() }));
  };
  useScanBurst((code) => void openScanned(code), open === undefined);

  const linkedValue = (k: (typeof LINKED)[number], v: string) => {
    if (k === 'sku') return v;
    if (k === 'country') return f.country(v);
    if (k === 'location') return v === 'none' ? t('returns.noLocation') : (locations.find((l) => l.id === v)?.name ?? v);
    if (k === 'status') return statuses.map((s) => t(`status.${s}`)).join(t('returns.or'));
    return t(`${k}.${v}`);
  };

  const columns: Column<ReturnRecord>[] = [
    { key: 'rma', header: t('field.rmaNo'), width: 'minmax(130px, 1fr)', render: (r) => <strong>{r.rmaNo}</strong> },
    { key: 'order', header: t('field.orderNo'), width: 'minmax(170px, 1.3fr)', render: (r) => r.orderNo },
    { key: 'sku', header: t('field.sku'), width: 'minmax(120px, 1fr)', render: (r) => r.sku },
    { key: 'qty', header: t('field.qty'), width: '60px', align: 'end', render: (r) => f.number(r.qty) },
    { key: 'reason', header: t('field.reason'), width: '140px', render: (r) => t(`reason.${r.reason}`) },
    { key: 'grade', header: t('field.grade'), width: '60px', render: (r) => r.grade },
    { key: 'date', header: t('field.requestedDate'), width: '120px', render: (r) => f.date(r.requestedDate) },
    { key: 'status', header: t('field.status'), width: '150px', render: (r) => <span className={`status-chip status-${r.status}`}>{t(`status.${r.status}`)}</span> },
  ];

  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('returns.title')}</h1>
        <button type="button" className="primary" onClick={() => setEditing(null)}>{t('returns.new')}</button>
      </header>
      <div className="toolbar">
        <input type="search" className="search" aria-label={t('common:actions.search')} placeholder={t('returns.searchPlaceholder')} value={search} onChange={(e) => setSearch(e.target.value)}
          onKeyDown={(e) => { if (e.key === 'Enter' && search.trim()) { e.preventDefault(); void openScanned(search); } }} />
        <label className="inline-label">{t('field.status')}
          <CodeSelect values={RETURN_STATUSES} value={status} onChange={setStatus} allowEmpty emptyLabel={t('common:table.all')} label={(s) => t(`status.${s}`)} />
        </label>
        <label className="inline-label">{t('common:table.sortBy')}
          <CodeSelect values={RETURN_SORTS} value={sort} onChange={(s) => setSort(s || 'requestedDate')} label={(s) => t(`returns.sort.${s}`)} />
        </label>
        {linked.length > 0 && (
          <span className="inline-label" data-testid="linked-filter">
            {linked.map(([k, v]) => `${t(`field.${LINK_FIELD[k]}`)}: ${linkedValue(k, v)}`).join(' · ')}
            <button type="button" onClick={unlink}>{t('common:actions.clear')}</button>
          </span>
        )}
        <span className="muted">{t('common:table.count', { count: rows?.length ?? 0 })}</span>
      </div>
      <VirtualTable label={t('returns.title')} rows={rows ?? []} columns={columns} rowKey={(r) => r.id} onOpen={setEditing}
        empty={search || status || linked.length ? t('common:table.noMatch') : t('returns.emptyHint')} />
      {open !== undefined && (
        <Drawer title={open ? t('returns.edit') : t('returns.new')} onClose={close}>
          <ReturnForm record={open} startOrder={open ? undefined : startOrder} onDone={close} />
        </Drawer>
      )}
    </div>
  );
}
