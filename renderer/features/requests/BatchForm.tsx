import { useLiveQuery } from 'dexie-react-hooks';
import { locationName } from '../../../shared/decide/location-name';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DISTRICT_CODES } from '../../../shared/codes/districts';
import { BATCH_TRANSPORT_MODES, REASON_CATEGORIES, type BatchRecord } from '../../../shared/schemas/batch';
import { useServices } from '../../app/services';
import { useToast } from '../../app/toast';
import { useUnsavedDraft } from '../../components/Drawer';
import { ErrorSummary, Field } from '../../components/Field';
import { CodeSelect } from '../../components/Select';
import { toDraft, toInput, type BatchDraft } from './batch-draft';
import { ReturnPicker } from './ReturnPicker';
import { SiteInput } from './SiteInput';
import { useBatchErrors } from './use-batch-errors';
import { useDistrictName } from './use-batch-rows';

/** New batch from decided returns at one location, or edit of a draft. */
export function BatchForm({ record, onDone }: { record: BatchRecord | null; onDone: (saved?: BatchRecord) => void }) {
  const { t, i18n } = useTranslation(['requests', 'common']);
  const { repos } = useServices();
  const notify = useToast();
  const districtName = useDistrictName();
  const { errors, attempt, errorFor } = useBatchErrors();
  const [draft, setDraft] = useState<BatchDraft>(() => toDraft(record));
  const set = <K extends keyof BatchDraft>(key: K) => (value: BatchDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const text = (key: keyof BatchDraft, type = 'text') => ({ type, value: draft[key] as string, onChange: (e: React.ChangeEvent<HTMLInputElement>) => set(key)(e.target.value as never) });

  const presets = useLiveQuery(() => repos.presets.get(), [repos]);
  const suggested = useLiveQuery(() => (record ? Promise.resolve(null) : repos.batches.nextRequestNo(Number(draft.plannedDate.slice(0, 4)) || new Date().getFullYear())), [repos, record, draft.plannedDate]);
  useEffect(() => {
    if (suggested) setDraft((d) => (d.requestNo ? d : { ...d, requestNo: suggested }));
  }, [suggested]);
  // The suggested request no. is the form's own filling, not typed work.
  useUnsavedDraft(draft, (d) => ({ ...d, requestNo: suggested && d.requestNo === suggested ? '' : d.requestNo }));
  // Editing shows the batch's own returns beside those still free at its location.
  const pickable = useLiveQuery(async () => {
    if (!draft.locationId) return undefined;
    const free = await repos.batches.candidates(draft.locationId);
    const own = record && record.locationId === draft.locationId ? (await repos.batches.members(record)).map((m) => m.ret) : [];
    return [...own, ...free];
  }, [repos, draft.locationId, record]);

  const locations = presets?.locations ?? [];
  const routes = presets?.routes.filter((r) => r.locationId === draft.locationId) ?? [];
  const pickLocation = (locationId: string) => setDraft((d) => ({ ...d, locationId, routeId: '', returnIds: [] }));
  const pickRoute = (routeId: string) => {
    const route = routes.find((r) => r.id === routeId);
    setDraft((d) => (route ? { ...d, routeId, returnDistrict: route.districtCode, transportMode: route.mode } : { ...d, routeId: '' }));
  };

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const input = toInput(draft);
    const saved = await attempt(() => (record ? repos.batches.update(record.id, input) : repos.batches.create(input)));
    if (saved) {
      notify(record ? t('common:toast.saved') : t('created', { requestNo: saved.requestNo }));
      onDone(saved);
    }
  };

  return (
    <form onSubmit={save} noValidate>
      <ErrorSummary title={t('common:errors.summary')} errors={errors} />
      <div className="form-grid">
        <Field label={t('field.locationId')} error={errorFor('locationId')}>
          <select value={draft.locationId} onChange={(e) => pickLocation(e.target.value)} disabled={record !== null && record.status !== 'draft'}>
            <option value="" />
            {locations.map((l) => <option key={l.id} value={l.id}>{locationName(l, i18n.language)}</option>)}
          </select>
        </Field>
        <Field label={t('field.routeId')} error={errorFor('routeId')} hint={t('hint.route')}>
          <select value={draft.routeId} onChange={(e) => pickRoute(e.target.value)} disabled={!draft.locationId}>
            <option value="">{t('route.none')}</option>
            {routes.map((r) => <option key={r.id} value={r.id}>{t('route.option', { district: districtName(r.districtCode), mode: t(`mode.${r.mode}`), days: r.transitDays })}</option>)}
          </select>
        </Field>
        <ReturnPicker returns={pickable} selected={draft.returnIds} onChange={set('returnIds')} error={errorFor('returnIds')} />
        <Field label={t('field.requestNo')} error={errorFor('requestNo')} hint={record ? undefined : t('hint.requestNo')}><input {...text('requestNo')} autoComplete="off" /></Field>
        <Field label={t('field.plannedDate')} error={errorFor('plannedDate')}><input {...text('plannedDate', 'date')} /></Field>
        <Field label={t('field.returnDistrict')} error={errorFor('returnDistrict')}>
          <CodeSelect values={DISTRICT_CODES} value={draft.returnDistrict} allowEmpty onChange={set('returnDistrict')} label={districtName} />
        </Field>
        <Field label={t('field.transportMode')} error={errorFor('transportMode')}>
          <CodeSelect values={BATCH_TRANSPORT_MODES} value={draft.transportMode} allowEmpty onChange={set('transportMode')} label={(m) => t(`mode.${m}`)} />
        </Field>
        <SiteInput value={draft.supervisedSite} districtCode={draft.returnDistrict} onChange={set('supervisedSite')} error={errorFor('supervisedSite')} />
        <Field label={t('field.carrier')} error={errorFor('carrier')}><input {...text('carrier')} /></Field>
        <Field label={t('field.masterWaybill')} error={errorFor('masterWaybill')}><input {...text('masterWaybill')} autoComplete="off" /></Field>
        <Field label={t('field.reasonCategory')} error={errorFor('reasonCategory')}>
          <CodeSelect values={REASON_CATEGORIES} value={draft.reasonCategory} allowEmpty onChange={set('reasonCategory')} label={(c) => t(`reasonCategory.${c}`)} />
        </Field>
        <Field label={t('field.rebateCertificateNo')} error={errorFor('rebateCertificateNo')} hint={t('hint.rebate')}><input {...text('rebateCertificateNo')} autoComplete="off" /></Field>
      </div>
      <div className="form-actions">
        <span className="spacer" />
        <button type="button" onClick={() => onDone()}>{t('common:actions.cancel')}</button>
        <button type="submit" className="primary">{t('common:actions.save')}</button>
      </div>
    </form>
  );
}
