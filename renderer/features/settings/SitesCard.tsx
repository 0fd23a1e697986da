import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/bridge/settings';
import { EMPTY_SITE, SITE_FIELDS, checkSite, type SiteField, type SupervisedSite } from '../../../shared/bridge/sites';
import { DISTRICT_CODES } from '../../../shared/codes/districts';
import { hashParams } from '../../app/router';
import { useServices } from '../../app/services';
import { useToast } from '../../app/toast';
import { ErrorSummary, Field } from '../../components/Field';
import { CodeSelect } from '../../components/Select';
import { useValidation } from '../../components/validation';
import { useDistrictLabel } from '../presets/cells';
import { SITES_SECTION } from './sites-link';

const WIDE: readonly SiteField[] = ['name', 'nameEn', 'operator', 'address'];

/**
 * Supervised sites (监管作业场所): add, edit, remove. A batch that names one of them sends its
 * labels to the site's operator. The list is saved whole, as the settings bridge takes it.
 */
export function SitesCard({ sites, onChange }: { sites: readonly SupervisedSite[]; onChange: (next: Settings) => void }) {
  const { t } = useTranslation(['ledger', 'common']);
  const { desktop } = useServices();
  const notify = useToast();
  const districtLabel = useDistrictLabel();
  const { errors, show, clear, errorFor } = useValidation((field) => t(`settings.siteFields.${field}`, { defaultValue: field }));
  // null: no form open; -1: a new site; otherwise the index of the site being edited.
  const [editing, setEditing] = useState<number | null>(null);
  const [value, setValue] = useState<SupervisedSite>(EMPTY_SITE);
  const section = useRef<HTMLElement>(null);
  const form = useRef<HTMLFormElement>(null);
  // The form opens below the list: bring it into view with its first field ready.
  useEffect(() => {
    if (editing === null) return;
    form.current?.scrollIntoView({ block: 'nearest' });
    form.current?.querySelector('input')?.focus({ preventScroll: true });
  }, [editing]);

  useEffect(() => {
    // A refusal's "fill in the site" link lands here (#/settings?section=sites).
    if (hashParams().get('section') === SITES_SECTION) section.current?.scrollIntoView({ block: 'start' });
  }, []);

  const open = (index: number) => {
    clear();
    setEditing(index);
    setValue(index >= 0 ? sites[index]! : EMPTY_SITE);
  };
  const store = async (next: SupervisedSite[]) => onChange(await desktop.updateSettings({ sites: next }));

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    if (editing === null) return;
    const others = sites.filter((_, i) => i !== editing);
    const problems = checkSite(value, others);
    if (problems.length) return show(problems);
    const trimmed = Object.fromEntries(SITE_FIELDS.map((k) => [k, value[k].trim()])) as SupervisedSite;
    await store(editing < 0 ? [...sites, trimmed] : sites.map((s, i) => (i === editing ? trimmed : s)));
    setEditing(null);
    notify(t('common:toast.saved'));
  };

  const remove = async (index: number) => {
    const before = [...sites];
    await store(sites.filter((_, i) => i !== index));
    if (editing === index) setEditing(null);
    notify(t('common:toast.deleted', { what: before[index]!.name }), () => store(before));
  };

  const input = (key: Exclude<SiteField, 'districtCode'>) => (
    <Field key={key} label={t(`settings.siteFields.${key}`)} wide={WIDE.includes(key)} error={errorFor(key)}>
      <input value={value[key]} onChange={(e) => setValue((v) => ({ ...v, [key]: e.target.value }))} />
    </Field>
  );

  return (
    <section className="card sites-card" id="sites" ref={section} aria-labelledby="sites-title">
      <h2 id="sites-title">{t('settings.sites')}</h2>
      <p className="muted">{t('settings.sitesHint')}</p>
      {sites.length === 0 ? <p>{t('settings.sitesEmpty')}</p> : (
        <div className="presets-table-wrap">
          <table className="presets-table sites-table">
            <thead><tr>{(['name', 'districtCode', 'operator', 'phone'] as const).map((k) => <th key={k} scope="col">{t(`settings.siteFields.${k}`)}</th>)}<th /></tr></thead>
            <tbody>
              {sites.map((s, i) => (
                <tr key={`${s.name}-${i}`}>
                  <th scope="row">{s.name}{s.nameEn && <small className="muted"> {s.nameEn}</small>}</th>
                  <td className="nowrap">{s.districtCode ? districtLabel(s.districtCode) : ''}</td>
                  <td>{s.operator}</td>
                  <td className="nowrap">{s.phone}</td>
                  <td className="sites-actions">
                    <button type="button" aria-label={`${t('common:actions.edit')} · ${s.name}`} onClick={() => open(i)}>{t('common:actions.edit')}</button>
                    <button type="button" aria-label={`${t('common:actions.delete')} · ${s.name}`} onClick={() => remove(i)}>{t('common:actions.delete')}</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing === null ? (
        <div className="form-actions"><button type="button" onClick={() => open(-1)}>{t('settings.addSite')}</button></div>
      ) : (
        <form ref={form} className="form-grid sites-form" noValidate onSubmit={save} aria-label={editing < 0 ? t('settings.addSite') : t('settings.editSite')}>
          <h3 className="field-wide">{editing < 0 ? t('settings.addSite') : t('settings.editSite')}</h3>
          <ErrorSummary title={t('common:errors.summary')} errors={errors} />
          {input('name')}
          {input('nameEn')}
          {input('operator')}
          <Field label={t('settings.siteFields.districtCode')} error={errorFor('districtCode')}>
            <CodeSelect values={DISTRICT_CODES} value={value.districtCode} allowEmpty label={districtLabel} onChange={(districtCode) => setValue((v) => ({ ...v, districtCode }))} />
          </Field>
          {input('contact')}
          {input('phone')}
          {input('address')}
          <div className="form-actions">
            <span className="spacer" />
            <button type="button" onClick={() => { clear(); setEditing(null); }}>{t('common:actions.cancel')}</button>
            <button type="submit" className="primary">{t('common:actions.save')}</button>
          </div>
        </form>
      )}
    </section>
  );
}
