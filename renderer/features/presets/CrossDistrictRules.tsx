import { SEED_PRESETS } from '../../../shared/decide';
import { useTranslation } from 'react-i18next';
import { EXPORT_MODES } from '../../../shared/codes/ledger-codes';
import { localToday } from '../../../shared/dates';
import { Field } from '../../components/Field';
import { CheckList, patchAt, removeAt, type ListUpdate } from './cells';
import { ANY_DISTRICT, newId, type RuleDraft } from './presets-draft';

/** A seeded rule still citing its seeded source reads as that announcement in the UI's language. */
const SEEDED_SOURCE = new Map(SEED_PRESETS.crossDistrictRules.map((r) => [r.id, r.source]));
import type { ErrorAt } from './use-presets-errors';

/** Where a return may re-enter other than its original district, period by period. */
export function CrossDistrictRules({ rules, onChange, errorAt }: { rules: RuleDraft[]; onChange: ListUpdate<RuleDraft>; errorAt: ErrorAt }) {
  const { t } = useTranslation('presets');
  const add = () => onChange((list) => [...list, {
    id: newId('rule'), validFrom: localToday(), validTo: null, modes: ['9610'], districts: ANY_DISTRICT, originMustBeListed: false, source: '',
  }]);
  return (
    <div className="presets-stack">
      <h3>{t('field.crossDistrictRules')}</h3>
      {rules.map((rule, i) => {
        const set = (patch: Partial<RuleDraft>) => onChange((list) => patchAt(list, i, patch));
        const at = (field: string) => errorAt(`crossDistrictRules.${i}.${field}`);
        const any = rule.districts.trim().toLowerCase() === ANY_DISTRICT;
        return (
          <div key={i} className="presets-subcard" data-testid={`rule-${i}`}>
            <div className="presets-subcard-head">
              <strong>{SEEDED_SOURCE.get(rule.id) === rule.source ? t(`decide:ruleSource.${rule.id}`) : rule.source || rule.id}</strong>
              <button type="button" className="link-button" onClick={() => onChange((list) => removeAt(list, i))}>{t('rules.remove')}</button>
            </div>
            <div className="form-grid">
              <Field label={t('field.id')} error={at('id')}><input value={rule.id} onChange={(e) => set({ id: e.target.value })} /></Field>
              <Field label={t('field.validFrom')} error={at('validFrom')}><input type="date" value={rule.validFrom} onChange={(e) => set({ validFrom: e.target.value })} /></Field>
              <Field label={t('field.validTo')} error={at('validTo')} hint={t('rules.openEnded')}>
                <input type="date" value={rule.validTo ?? ''} onChange={(e) => set({ validTo: e.target.value || null })} />
              </Field>
              <Field label={t('field.source')} error={at('source')} wide><input value={rule.source} onChange={(e) => set({ source: e.target.value })} /></Field>
              <div className="field-wide">
                <CheckList legend={t('field.modes')} values={EXPORT_MODES} selected={rule.modes} text={(m) => m} onChange={(modes) => set({ modes })} />
              </div>
              <label className="presets-check-line field-wide">
                <input type="checkbox" checked={any} onChange={(e) => set({ districts: e.target.checked ? ANY_DISTRICT : '' })} /> {t('rules.anyDistrict')}
              </label>
              <Field label={t('field.districts')} error={errorAt(`crossDistrictRules.${i}.districts`, true)} hint={t('rules.districtsHint')} wide>
                <input value={any ? '' : rule.districts} disabled={any} onChange={(e) => set({ districts: e.target.value })} />
              </Field>
              <label className="presets-check-line field-wide">
                <input type="checkbox" checked={rule.originMustBeListed} onChange={(e) => set({ originMustBeListed: e.target.checked })} /> {t('field.originMustBeListed')}
              </label>
            </div>
          </div>
        );
      })}
      <div><button type="button" onClick={add}>{t('rules.add')}</button></div>
    </div>
  );
}
