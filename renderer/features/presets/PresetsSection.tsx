import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ValidationFailed } from '../../../shared/errors';
import { useServices } from '../../app/services';
import { useToast } from '../../app/toast';
import { ErrorSummary } from '../../components/Field';
import { CrossDistrictRules } from './CrossDistrictRules';
import { FeesEditor } from './FeesEditor';
import { GradesEditor } from './GradesEditor';
import { LocationsEditor } from './LocationsEditor';
import { PlatformRulesEditor } from './PlatformRulesEditor';
import { RatesEditor } from './RatesEditor';
import { RoutesEditor } from './RoutesEditor';
import { TaxExemptionEditor } from './TaxExemptionEditor';
import { fromDraft, presetsNumberErrors, toDraft, type PresetsDraft } from './presets-draft';
import { usePresetsErrors } from './use-presets-errors';

const TABS = ['rates', 'locations', 'routes', 'fees', 'grades', 'rules'] as const;
type Tab = (typeof TABS)[number];
/** Which top-level presets each tab edits, to mark the tabs that hold a refused value. */
const TAB_KEYS: Record<Tab, (keyof PresetsDraft)[]> = {
  rates: ['rates'], locations: ['locations'], routes: ['routes'], fees: ['clearance', 'domesticHaul'], grades: ['grades'],
  rules: ['crossDistrictRules', 'taxExemption', 'returnRight', 'platformRules'],
};
const tabOf = (field: string) => TABS.find((tab) => TAB_KEYS[tab].some((key) => field === key || field.startsWith(`${key}.`)));

/** The decision model's editable data, in Settings: load, edit as text, save all or nothing. */
export function PresetsSection() {
  const { t } = useTranslation(['presets', 'common']);
  const { repos } = useServices();
  const notify = useToast();
  const { errors, show, clear, errorAt } = usePresetsErrors();
  const [draft, setDraft] = useState<PresetsDraft | null>(null);
  const [customised, setCustomised] = useState(false);
  const [tab, setTab] = useState<Tab>('rates');
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  const load = useCallback(async () => {
    const [presets, own] = await Promise.all([repos.presets.get(), repos.presets.isCustomised()]);
    setDraft(toDraft(presets));
    setCustomised(own);
  }, [repos]);

  useEffect(() => {
    void load();
  }, [load]);

  // Save sits below long tables; bring the refusal into view so a failed save is never silent.
  useEffect(() => {
    if (errors.length > 0) summary.current?.scrollIntoView({ block: 'nearest' });
  }, [errors]);

  if (!draft) return <p className="muted">{t('loading')}</p>;

  const update = <K extends keyof PresetsDraft>(key: K) => (fn: (value: PresetsDraft[K]) => PresetsDraft[K]) =>
    setDraft((d) => d && { ...d, [key]: fn(d[key]) });
  const replace = <K extends keyof PresetsDraft>(key: K) => (value: PresetsDraft[K]) => update(key)(() => value);

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const numbers = presetsNumberErrors(draft);
      if (numbers.length > 0) throw new ValidationFailed(numbers);
      const saved = await repos.presets.save(fromDraft(draft));
      setDraft(toDraft(saved));
      setCustomised(true);
      clear();
      notify(t('common:toast.saved'));
    } catch (error) {
      if (!(error instanceof ValidationFailed)) throw error;
      show(error.errors, draft);
      // Stay on the tab in front of the person if it holds a refusal; otherwise go to the first that does.
      const tabs = error.errors.map((x) => tabOf(x.field));
      if (!tabs.includes(tab)) setTab(tabs.find((x) => x !== undefined) ?? tab);
    } finally {
      setBusy(false);
    }
  };

  const reset = async () => {
    if (!window.confirm(t('reset.confirm'))) return;
    setDraft(toDraft(await repos.presets.reset()));
    setCustomised(false);
    clear();
    notify(t('reset.done'));
  };

  const discard = async () => {
    await load();
    clear();
  };

  const failing = new Set(errors.map((e) => tabOf(e.field)));
  return (
    <form className="presets" onSubmit={save} noValidate>
      <p className="muted">{t(customised ? 'status.customised' : 'status.seeded')}</p>
      <div ref={summary}><ErrorSummary title={t('common:errors.summary')} errors={errors} /></div>
      <div className="presets-tabs" role="tablist" aria-label={t('title')}>
        {TABS.map((id) => (
          <button key={id} type="button" role="tab" id={`presets-tab-${id}`} aria-selected={tab === id} aria-controls="presets-panel"
            className={`${tab === id ? 'active' : ''}${failing.has(id) ? ' has-error' : ''}`} onClick={() => setTab(id)}>
            {t(`tab.${id}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="presets-panel" aria-labelledby={`presets-tab-${tab}`}>
        {tab === 'rates' && <RatesEditor rates={draft.rates} onChange={update('rates')} errorAt={errorAt} />}
        {tab === 'locations' && <LocationsEditor locations={draft.locations} onChange={update('locations')} errorAt={errorAt} />}
        {tab === 'routes' && <RoutesEditor routes={draft.routes} locations={draft.locations} onChange={update('routes')} errorAt={errorAt} />}
        {tab === 'fees' && (
          <FeesEditor clearance={draft.clearance} haul={draft.domesticHaul} onClearance={replace('clearance')} onHaul={replace('domesticHaul')} errorAt={errorAt} />
        )}
        {tab === 'grades' && <GradesEditor grades={draft.grades} onChange={replace('grades')} errorAt={errorAt} />}
        {tab === 'rules' && (
          <div className="presets-panel presets-stack">
            <CrossDistrictRules rules={draft.crossDistrictRules} onChange={update('crossDistrictRules')} errorAt={errorAt} />
            <TaxExemptionEditor exemption={draft.taxExemption} returnRight={draft.returnRight} onExemption={replace('taxExemption')}
              onReturnRight={replace('returnRight')} errorAt={errorAt} />
            <PlatformRulesEditor rules={draft.platformRules} onChange={update('platformRules')} errorAt={errorAt} />
          </div>
        )}
      </div>
      <div className="form-actions">
        <button type="button" className="danger" onClick={reset} disabled={busy}>{t('reset.button')}</button>
        <span className="spacer" />
        <button type="button" onClick={discard} disabled={busy}>{t('discard')}</button>
        <button type="submit" className="primary" disabled={busy}>{t('common:actions.save')}</button>
      </div>
    </form>
  );
}
