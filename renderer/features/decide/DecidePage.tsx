import { useEffect, useMemo, useState } from 'react';
import { locationName } from '../../../shared/decide/location-name';
import { useTranslation } from 'react-i18next';
import { isIsoDate, localToday } from '../../../shared/dates';
import { PENDING } from '../../db/returns-query';
import { useFormat } from '../../i18n/format';
import { VirtualTable, type Column, type SortState } from '../../components/VirtualTable';
import { NO_SELECTION, type Selection } from '../../components/table/selection';
import { sortRows } from '../../components/table/sort-rows';
import { DecideBulkBar } from './DecideBulkBar';
import { useServices } from '../../app/services';
import { useToast } from '../../app/toast';
import { ErrorSummary } from '../../components/Field';
import { useValidation } from '../../components/validation';
import { BatchPanel } from './BatchPanel';
import { shipPlan } from './ship-plan';
import { DeadlinesPanel } from './DeadlinesPanel';
import { useExplain } from './explain';
import { ReturnDecision } from './ReturnDecision';
import { useDecide, type DecideRow } from './use-decide';

export function DecidePage() {
  const { t, i18n } = useTranslation(['decide', 'ledger', 'common']);
  const f = useFormat();
  const { say } = useExplain();
  const [locationId, setLocationId] = useState('');
  const [onText, setOnText] = useState(localToday());
  const on = isIsoDate(onText) ? onText : localToday();
  const [selected, setSelected] = useState<string | null>(null);
  // The list shows what still waits for a decision unless asked otherwise.
  const [shownStatus, setShownStatus] = useState<'undecided' | 'decided' | 'all'>('undecided');
  const [sort, setSort] = useState<SortState | null>(null);
  const [selection, setSelection] = useState<Selection>(NO_SELECTION);
  const view = useDecide(locationId, on);
  // Another location or another status shown is another list: its selection starts empty.
  useEffect(() => setSelection(NO_SELECTION), [locationId, shownStatus]);
  const listed = useMemo(() => {
    const shown = view?.rows.filter((r) => shownStatus === 'all' || (r.ret.status === 'decided') === (shownStatus === 'decided')) ?? [];
    return sortRows(shown, sort, decideValue);
  }, [view, shownStatus, sort]);
  const { repos } = useServices();
  const notify = useToast();
  const { errors, attempt } = useValidation();

  if (!view) return <div className="page"><header className="page-header"><h1>{t('title')}</h1></header></div>;
  const row = view.rows.find((r) => r.ret.id === selected);
  const noLocation = view.unpriced.filter((u) => u.ret.locationId === null).length;
  const incomplete = view.unpriced.length - noLocation;
  const waiting = `status=${PENDING}`;
  const returnsById = new Map(view.rows.map((r) => [r.ret.id, r.ret]));

  const columns: Column<DecideRow>[] = [
    { key: 'rma', sort: 'rma', header: t('column.rma'), width: 'minmax(112px, 1fr)', render: (r) => <strong>{r.ret.rmaNo}</strong> },
    { key: 'sku', sort: 'sku', header: t('column.sku'), width: 'minmax(110px, 1.3fr)', render: (r) => `${r.ret.sku} × ${r.input.qty}` },
    { key: 'status', sort: 'status', header: t('ledger:field.status'), width: 'minmax(130px, 0.9fr)', render: (r) => <span className={`status-chip status-${r.ret.status}`}>{t(`ledger:status.${r.ret.status}`)}</span> },
    { key: 'weight', sort: 'weight', header: t('column.weight'), width: '72px', align: 'end', render: (r) => f.kg(r.input.qty * r.input.unitWeightG) },
    { key: 'mode', sort: 'mode', header: t('column.mode'), width: '44px', render: (r) => r.input.exportMode },
    { key: 'district', sort: 'district', header: t('column.district'), width: '44px', render: (r) => r.input.exportDistrict },
    { key: 'best', sort: 'best', header: t('column.best'), width: 'minmax(96px, 1fr)', render: (r) => (r.summary ? t(`kindShort.${r.summary.recommended.kind}`) : r.failure ? say(r.failure) : '') },
    { key: 'net', sort: 'net', header: t('column.net'), width: '104px', align: 'end', render: (r) => (r.summary ? f.fen(r.summary.recommended.netFen) : '') },
    { key: 'savings', sort: 'savings', header: t('column.savings'), width: '104px', align: 'end', render: (r) => (r.summary ? f.fen(r.summary.savingsFen) : '') },
  ];

  return (
    <div className="page page-scroll decide-page">
      <header className="page-header">
        <div>
          <h1>{t('title')}</h1>
          <p className="muted">{t('intro')}</p>
        </div>
      </header>
      <div className="toolbar">
        <label className="inline-label">{t('location')}
          <select value={view.locationId} onChange={(e) => { setLocationId(e.target.value); setSelected(null); }}>
            {view.presets.locations.map((l) => <option key={l.id} value={l.id}>{`${locationName(l, i18n.language)} · ${f.country(l.country)}`}</option>)}
          </select>
        </label>
        <label className="inline-label">{t('on')}
          <input type="date" value={onText} onChange={(e) => setOnText(e.target.value)} />
        </label>
        <label className="inline-label">{t('ledger:field.status')}
          <select aria-label={t('ledger:field.status')} value={shownStatus} onChange={(e) => setShownStatus(e.target.value as typeof shownStatus)}>
            {(['undecided', 'decided', 'all'] as const).map((s) => <option key={s} value={s}>{t(`show.${s}`)}</option>)}
          </select>
        </label>
        <span className="muted">{t('pendingCount', { count: listed.length })}</span>
      </div>
      {/* Every banner opens the returns it counts. */}
      {noLocation > 0 && <p className="notice-inline"><a href={`#/returns?location=none&${waiting}`}>{t('noLocation', { count: noLocation })}</a></p>}
      {incomplete > 0 && <p className="notice-inline"><a href={`#/returns?location=${encodeURIComponent(view.locationId)}&${waiting}`}>{t('incomplete', { count: incomplete })}</a></p>}
      <DecideBulkBar rows={listed} selection={selection} onSelect={setSelection} on={on} />
      <div className="decide-grid">
        <div className="decide-list">
          <VirtualTable label={t('pending')} rows={listed} columns={columns} rowKey={(r) => r.ret.id} onOpen={(r) => setSelected(r.ret.id)}
            empty={t(view.rows.length ? `emptyList.${shownStatus}` : 'emptyList.none')} selectedKey={selected}
            sort={sort} onSort={setSort} selection={selection} onSelect={setSelection} />
        </div>
        <div className="decide-detail">
          {row ? <ReturnDecision key={row.ret.id} row={row} ctx={view.ctx} on={on} latest={view.sources.decisions.get(row.ret.id)} /> : <p className="muted">{t('selectReturn')}</p>}
        </div>
      </div>
      <ErrorSummary title={t('common:errors.summary')} errors={errors} />
      <BatchPanel plan={view.plan} returns={returnsById} onShip={async (plan) => {
        const inputs = new Map(view.rows.map((r) => [r.ret.id, r.input]));
        const batchId = await attempt(() => shipPlan(repos, plan, inputs, view.ctx, on));
        if (batchId) {
          notify(t('shipped', { count: plan.joinedCount }));
          window.location.hash = '#/requests';
        }
      }} />
      <DeadlinesPanel alerts={view.deadlines} />
    </div>
  );
}

/** A row's value in a column, for sorting: amounts in fen, the recommendation by its name's code. */
function decideValue(r: DecideRow, key: string): string | number {
  switch (key) {
    case 'rma': return r.ret.rmaNo;
    case 'sku': return r.ret.sku;
    case 'status': return r.ret.status;
    case 'weight': return r.input.qty * r.input.unitWeightG;
    case 'mode': return r.input.exportMode;
    case 'district': return r.input.exportDistrict;
    case 'best': return r.summary?.recommended.kind ?? '';
    case 'net': return r.summary?.recommended.netFen ?? Number.NEGATIVE_INFINITY;
    default: return r.summary?.savingsFen ?? Number.NEGATIVE_INFINITY;
  }
}
