import { useEffect, useMemo, useState } from 'react';
import { locationNameById } from '../../../shared/decide/location-name';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/bridge/settings';
import { Drawer } from '../../components/Drawer';
import { VirtualTable, type Column, type SortState } from '../../components/VirtualTable';
import { ColumnChooser } from '../../components/table/ColumnChooser';
import { useColumnPrefs } from '../../components/table/column-prefs';
import { sortRows } from '../../components/table/sort-rows';
import { useFormat } from '../../i18n/format';
import { BatchDetail } from './BatchDetail';
import { BatchForm } from './BatchForm';
import { clearPrintSheet, PrintSheet } from './print-sheet';
import { useBatchRows, useDistrictName, type BatchRow } from './use-batch-rows';

type View = { kind: 'new' } | { kind: 'open'; id: string } | null;

/** Return batches: the list, a new batch from decided returns, and each batch's detail and documents. */
export function RequestsPage({ settings }: { settings: Settings }) {
  const { t, i18n } = useTranslation(['requests', 'common']);
  const f = useFormat();
  const districtName = useDistrictName();
  const { rows, presets } = useBatchRows();
  const [view, setView] = useState<View>(null);
  const [sort, setSort] = useState<SortState | null>(null);
  useEffect(() => clearPrintSheet, []);

  const columns = useMemo((): Column<BatchRow>[] => {
    const locationName = (id: string) => locationNameById(presets?.locations, id, i18n.language);
    return [
      { key: 'no', sort: 'no', header: t('field.requestNo'), width: 'minmax(130px, 1fr)', render: (r) => <strong>{r.batch.requestNo}</strong> },
      { key: 'location', sort: 'location', header: t('field.locationId'), width: 'minmax(180px, 1.6fr)', render: (r) => locationName(r.batch.locationId) },
      { key: 'district', sort: 'district', header: t('field.returnDistrict'), width: 'minmax(130px, 1fr)', render: (r) => districtName(r.batch.returnDistrict) },
      { key: 'date', sort: 'date', header: t('field.plannedDate'), width: '128px', render: (r) => f.date(r.batch.plannedDate) },
      { key: 'status', sort: 'status', header: t('field.status'), width: '110px', render: (r) => <span className={`status-chip batch-${r.batch.status}`}>{t(`status.${r.batch.status}`)}</span> },
      { key: 'count', sort: 'count', header: t('field.returns'), width: '80px', align: 'end', render: (r) => f.number(r.count) },
      { key: 'weight', sort: 'weight', header: t('field.weight'), width: '100px', align: 'end', render: (r) => f.kg(r.weightG) },
      { key: 'value', sort: 'value', header: t('field.value'), width: '120px', align: 'end', render: (r) => (r.valueFen === null ? '—' : f.fen(r.valueFen)) },
    ];
  }, [t, f, presets, districtName, i18n.language]);
  const prefs = useColumnPrefs('batches', columns);
  const shown = useMemo(() => sortRows(rows ?? [], sort, batchValue), [rows, sort]);

  const close = () => setView(null);
  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('title')}</h1>
        <button type="button" className="primary" onClick={() => setView({ kind: 'new' })}>{t('new')}</button>
      </header>
      <div className="toolbar">
        <span className="muted">{t('count', { count: rows?.length ?? 0 })}</span>
        <span className="spacer" />
        <ColumnChooser prefs={prefs} />
      </div>
      <VirtualTable label={t('title')} rows={shown} columns={columns} prefs={prefs} sort={sort} onSort={setSort} rowKey={(r) => r.batch.id} onOpen={(r) => setView({ kind: 'open', id: r.batch.id })} empty={t('emptyHint')} />
      {view?.kind === 'new' && (
        <Drawer title={t('new')} onClose={close}>
          <BatchForm record={null} onDone={(saved) => setView(saved ? { kind: 'open', id: saved.id } : null)} />
        </Drawer>
      )}
      {view?.kind === 'open' && <BatchDetail id={view.id} settings={settings} onClose={close} />}
      <PrintSheet />
    </div>
  );
}

function batchValue(r: BatchRow, key: string): string | number {
  switch (key) {
    case 'no': return r.batch.requestNo;
    case 'location': return r.batch.locationId;
    case 'district': return r.batch.returnDistrict;
    case 'date': return r.batch.plannedDate;
    case 'status': return r.batch.status;
    case 'count': return r.count;
    case 'weight': return r.weightG;
    default: return r.valueFen ?? -1;
  }
}
