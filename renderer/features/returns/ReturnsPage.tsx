import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { locationNameById } from '../../../shared/decide/location-name';
import type { Order } from '../../../shared/schemas/order';
import type { ReturnRecord } from '../../../shared/schemas/return';
import { useFormat } from '../../i18n/format';
import { useServices } from '../../app/services';
import { useToast } from '../../app/toast';
import { useUrlState } from '../../app/url-state';
import { Drawer } from '../../components/Drawer';
import { useScanBurst } from '../../components/use-scan-burst';
import { VirtualTable, type Column, type SortState } from '../../components/VirtualTable';
import { ListCount } from '../../components/table/ListCount';
import { ColumnChooser } from '../../components/table/ColumnChooser';
import { useColumnPrefs } from '../../components/table/column-prefs';
import { NO_SELECTION, type Selection } from '../../components/table/selection';
import { ReturnFilters } from './ReturnFilters';
import { ReturnForm } from './ReturnForm';
import { ReturnsBulkBar } from './ReturnsBulkBar';
import { isFiltered, RETURN_URL_KEYS, toReturnQuery } from './return-filters';
import { useReturnList } from './use-return-list';

const NONE: readonly ReturnRecord[] = [];
const returnId = (r: ReturnRecord) => r.id;

export function ReturnsPage({ creating, onCreated }: { creating: boolean; onCreated: () => void }) {
  const { t, i18n } = useTranslation(['ledger', 'common']);
  const { repos } = useServices();
  const f = useFormat();
  const notify = useToast();
  // Filters and sort live in the URL: a reload, or a link (the dashboard's bars, Decide's banner), opens the same list.
  const [state, set] = useUrlState(RETURN_URL_KEYS);
  const query = useMemo(() => toReturnQuery(state), [state]);
  const [editing, setEditing] = useState<ReturnRecord | null | undefined>(undefined);
  const [selection, setSelection] = useState<Selection>(NO_SELECTION);
  const { view: rows, onRange } = useReturnList(query);
  const presets = useLiveQuery(() => repos.presets.get(), [repos]);
  // A new filter is a new list: what was selected in the old one is not carried over.
  useEffect(() => setSelection(NO_SELECTION), [query.search, query.status, query.reason, query.location, query.platform, query.country, query.from, query.to, query.sku]);
  const open = creating ? null : editing;
  // A new return started from a scanned order no. or tracking no.
  const [startOrder, setStartOrder] = useState<Order | undefined>(undefined);
  const close = () => {
    setEditing(undefined);
    setStartOrder(undefined);
    onCreated();
  };
  // A scanned RMA / license plate opens its return; an order no. or tracking no. starts a return on that order.
  // Enter in the search box tries the same, quietly: the list below already shows what the text matches.
  const openScanned = async (code: string, typed = false) => {
    const found = await repos.returns.findByRma(code);
    if (found) return setEditing(found);
    const orders = await repos.orders.findByScan(code);
    if (orders.length === 1) {
      setStartOrder(orders[0]);
      return setEditing(null);
    }
    if (typed) return;
    set({ q: code.trim() });
    notify(t('returns.scanNothing', { code: code.trim() }));
  };
  useScanBurst((code) => void openScanned(code), open === undefined);
  const sort: SortState = { key: query.sort ?? 'requestedDate', desc: query.desc ?? query.sort === 'requestedDate' };

  const columns = useMemo((): Column<ReturnRecord>[] => {
    const locationName = (id: string | null) => (id === null ? '' : locationNameById(presets?.locations, id, i18n.language));
    return [
      { key: 'rma', sort: 'rmaNo', header: t('field.rmaNo'), width: 'minmax(120px, 1fr)', render: (r) => <strong>{r.rmaNo}</strong> },
      { key: 'order', sort: 'orderNo', header: t('field.orderNo'), width: 'minmax(150px, 1.3fr)', render: (r) => r.orderNo },
      { key: 'sku', sort: 'sku', header: t('field.sku'), width: 'minmax(100px, 1fr)', render: (r) => r.sku },
      { key: 'qty', sort: 'qty', header: t('field.qty'), width: '60px', align: 'end', render: (r) => f.number(r.qty) },
      { key: 'reason', sort: 'reason', header: t('field.reason'), width: '120px', render: (r) => t(`reason.${r.reason}`) },
      { key: 'grade', sort: 'grade', header: t('field.grade'), width: '70px', render: (r) => r.grade },
      { key: 'location', sort: 'location', header: t('field.locationId'), width: 'minmax(100px, 1fr)', render: (r) => locationName(r.locationId) },
      { key: 'whereabouts', sort: 'whereabouts', header: t('field.whereabouts'), width: '130px', hidden: true, render: (r) => t(`whereabouts.${r.whereabouts}`) },
      { key: 'date', sort: 'requestedDate', header: t('field.requestedDate'), width: '128px', render: (r) => f.date(r.requestedDate) },
      { key: 'status', sort: 'status', header: t('field.status'), width: '130px', render: (r) => <span className={`status-chip status-${r.status}`}>{t(`status.${r.status}`)}</span> },
    ];
  }, [t, f, presets, i18n.language]);
  const prefs = useColumnPrefs('returns', columns);

  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('returns.title')}</h1>
        <button type="button" className="primary" onClick={() => setEditing(null)}>{t('returns.new')}</button>
      </header>
      <div className="toolbar">
        <input type="search" className="search" aria-label={t('common:actions.search')} placeholder={t('returns.searchPlaceholder')} value={state.q} onChange={(e) => set({ q: e.target.value })}
          onKeyDown={(e) => { if (e.key === 'Enter' && state.q.trim()) { e.preventDefault(); void openScanned(state.q, true); } }} />
        {isFiltered(state) && <button type="button" onClick={() => set(Object.fromEntries(RETURN_URL_KEYS.filter((k) => k !== 'sort' && k !== 'dir').map((k) => [k, ''])))}>{t('returns.clearFilters')}</button>}
        <span className="spacer" />
        <ListCount view={rows} />
        <ColumnChooser prefs={prefs} />
      </div>
      <ReturnFilters state={state} set={set} presets={presets} />
      <ReturnsBulkBar query={query} shown={rows?.ids} total={rows?.count ?? 0} selection={selection} onSelect={setSelection} presets={presets} />
      <VirtualTable label={t('returns.title')} rows={rows ?? NONE} columns={columns} prefs={prefs} rowKey={returnId} onOpen={setEditing} onRange={onRange}
        sort={sort} onSort={(s) => set({ sort: s.key, dir: s.desc ? 'desc' : 'asc' })} selection={selection} onSelect={setSelection}
        empty={!rows ? null : isFiltered(state) ? t('common:table.noMatch') : t('returns.emptyHint')} />
      {open !== undefined && (
        <Drawer title={open ? t('returns.edit') : t('returns.new')} onClose={close}>
          <ReturnForm record={open} startOrder={open ? undefined : startOrder} onDone={close} />
        </Drawer>
      )}
    </div>
  );
}
