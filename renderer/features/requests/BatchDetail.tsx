import { useLiveQuery } from 'dexie-react-hooks';
import { locationNameById } from '../../../shared/decide/location-name';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/bridge/settings';
import { memberTotals } from '../../db/batch-docs';
import { nextBatchStatus } from '../../db/batches-repo';
import { useServices } from '../../app/services';
import { useToast } from '../../app/toast';
import { Drawer } from '../../components/Drawer';
import { ErrorSummary } from '../../components/Field';
import { useFormat } from '../../i18n/format';
import { BatchForm } from './BatchForm';
import { DocumentsPanel } from './DocumentsPanel';
import { useBatchErrors } from './use-batch-errors';
import { useDistrictName } from './use-batch-rows';

/** One batch: its facts, its status with dated history, its returns and its documents. */
export function BatchDetail({ id, settings, onClose }: { id: string; settings: Settings; onClose: () => void }) {
  const { t, i18n } = useTranslation(['requests', 'common', 'ledger']);
  const { repos } = useServices();
  const notify = useToast();
  const f = useFormat();
  const districtName = useDistrictName();
  const { errors, attempt } = useBatchErrors();
  const [editing, setEditing] = useState(false);
  const data = useLiveQuery(async () => {
    const batch = await repos.batches.get(id);
    if (!batch) return null;
    const [members, presets] = await Promise.all([repos.batches.members(batch), repos.presets.get()]);
    return { batch, members, presets, totals: memberTotals(members, presets.rates) };
  }, [repos, id]);

  // Deleted elsewhere (or undone into another id): nothing left to show.
  useEffect(() => {
    if (data === null) onClose();
  }, [data, onClose]);

  if (!data) return null;
  const { batch, members, presets, totals } = data;
  const next = nextBatchStatus(batch.status);
  const draft = batch.status === 'draft';
  const remove = async () => {
    const removed = await attempt(() => repos.batches.remove(batch.id));
    if (!removed) return;
    onClose();
    notify(t('common:toast.deleted', { what: removed.requestNo }), () => repos.batches.restore(removed));
  };

  const facts: [string, string][] = [
    [t('field.locationId'), locationNameById(presets.locations, batch.locationId, i18n.language)],
    [t('field.returnDistrict'), districtName(batch.returnDistrict)],
    [t('field.supervisedSite'), batch.supervisedSite],
    [t('field.transportMode'), t(`mode.${batch.transportMode}`)],
    [t('field.carrier'), batch.carrier],
    [t('field.masterWaybill'), batch.masterWaybill],
    [t('field.reasonCategory'), t(`reasonCategory.${batch.reasonCategory}`)],
    [t('field.rebateCertificateNo'), batch.rebateCertificateNo],
    [t('field.plannedDate'), f.date(batch.plannedDate)],
  ];

  return (
    <Drawer title={editing ? t('edit') : t('detail', { requestNo: batch.requestNo })} onClose={onClose}>
      {editing ? (
        <BatchForm record={batch} onDone={() => setEditing(false)} />
      ) : (
        <div className="batch-detail">
          <section className="status-panel" aria-label={t('field.status')}>
            <h3>{t('field.status')}: <span className={`status-chip batch-${batch.status}`} data-testid="batch-status">{t(`status.${batch.status}`)}</span></h3>
            {next && (
              <div className="status-moves" role="group" aria-label={t('move.label')}>
                <button type="button" className="primary" onClick={() => attempt(() => repos.batches.moveStatus(batch.id, next))}>{t(`move.${next}`)}</button>
              </div>
            )}
            <ErrorSummary title={t('common:errors.summary')} errors={errors} />
            <h4>{t('view.history')}</h4>
            <ol className="history">
              {batch.history.map((h, i) => <li key={`${h.status}-${i}`}><span>{t(`status.${h.status}`)}</span> <time dateTime={h.at}>{f.dateTime(h.at)}</time></li>)}
            </ol>
          </section>
          <section className="card">
            <h3>{t('view.summary')}</h3>
            <dl className="facts">
              {facts.map(([label, value]) => <div key={label}><dt>{label}</dt><dd>{value || '—'}</dd></div>)}
            </dl>
          </section>
          <section className="card">
            <h3>{t('view.members')}</h3>
            <p className="muted">{t('view.totals', { count: totals.count, weight: f.kg(totals.weightG), value: totals.valueFen === null ? '—' : f.fen(totals.valueFen) })}</p>
            <table className="pick-table">
              <thead><tr><th>{t('ledger:field.rmaNo')}</th><th>{t('ledger:field.orderNo')}</th><th>{t('ledger:field.sku')}</th><th className="align-end">{t('ledger:field.qty')}</th><th>{t('ledger:field.status')}</th></tr></thead>
              <tbody>
                {members.map(({ ret }) => (
                  <tr key={ret.id}><td>{ret.rmaNo}</td><td>{ret.orderNo}</td><td>{ret.sku}</td><td className="align-end">{f.number(ret.qty)}</td><td><span className={`status-chip status-${ret.status}`}>{t(`ledger:status.${ret.status}`)}</span></td></tr>
                ))}
              </tbody>
            </table>
          </section>
          <DocumentsPanel batchId={batch.id} defaultLabelSize={settings.labelSize} draft={draft} />
          <div className="form-actions">
            {draft && <button type="button" className="danger" onClick={remove}>{t('common:actions.delete')}</button>}
            {!draft && <span className="muted">{t('view.draftOnly')}</span>}
            <span className="spacer" />
            <button type="button" onClick={onClose}>{t('common:actions.close')}</button>
            {draft && <button type="button" onClick={() => setEditing(true)}>{t('common:actions.edit')}</button>}
          </div>
        </div>
      )}
    </Drawer>
  );
}
