import { useTranslation } from 'react-i18next';
import { CURRENCIES, PLATFORMS } from '../../../shared/codes/ledger-codes';
import { Field } from '../../components/Field';
import { CodeSelect } from '../../components/Select';
import { PresetsTable, RemoveCell, SelectCell, TextCell, patchAt, removeAt, type ListUpdate } from './cells';
import type { PlatformRuleDraft } from './presets-draft';
import type { ErrorAt } from './use-presets-errors';

const POLICIES = ['auto_returnless', 'offer_returnless'] as const;
type Band = PlatformRuleDraft['returnless'][number];

/** Each platform's return window and the price bands it refunds without asking for the item. */
export function PlatformRulesEditor({ rules, onChange, errorAt }: { rules: PlatformRuleDraft[]; onChange: ListUpdate<PlatformRuleDraft>; errorAt: ErrorAt }) {
  const { t } = useTranslation('presets');
  return (
    <div className="presets-stack">
      <h3>{t('field.platformRules')}</h3>
      {rules.map((rule, i) => {
        const set = (patch: Partial<PlatformRuleDraft>) => onChange((list) => patchAt(list, i, patch));
        const setBands = (returnless: Band[]) => set({ returnless });
        const at = (field: string) => errorAt(`platformRules.${i}.${field}`);
        const money = (key: string) => t('unit.inCurrency', { label: t(`field.${key}`), currency: rule.currency });
        return (
          <div key={i} className="presets-subcard" data-testid={`platform-${i}`}>
            <div className="presets-subcard-head">
              <strong>{t(`platform.${rule.platform}`)}</strong>
              <button type="button" className="link-button" onClick={() => onChange((list) => removeAt(list, i))}>{t('rules.removePlatform')}</button>
            </div>
            <div className="form-grid">
              <Field label={t('field.platform')} error={at('platform')}>
                <CodeSelect values={PLATFORMS} value={rule.platform} label={(p) => t(`platform.${p}`)} onChange={(platform) => platform && set({ platform })} />
              </Field>
              <Field label={t('field.currency')} error={at('currency')}>
                <CodeSelect values={CURRENCIES} value={rule.currency} label={(c) => c} onChange={(currency) => currency && set({ currency })} />
              </Field>
              <Field label={t('field.returnWindowDays')} error={at('returnWindowDays')}>
                <input inputMode="numeric" value={rule.returnWindowDays} onChange={(e) => set({ returnWindowDays: e.target.value })} />
              </Field>
            </div>
            <h4>{t('field.returnless')}</h4>
            <PresetsTable head={[money('fromMinor'), money('toMinor'), t('field.policy'), '']}
              footer={<button type="button" onClick={() => setBands([...rule.returnless, { fromMinor: '0', toMinor: '', policy: 'auto_returnless' }])}>{t('rules.addBand')}</button>}>
              {rule.returnless.map((band, bi) => (
                <tr key={bi}>
                  <TextCell label={t('field.fromMinor')} className="num" inputMode="decimal" value={band.fromMinor}
                    onChange={(fromMinor) => setBands(patchAt(rule.returnless, bi, { fromMinor }))} error={at(`returnless.${bi}.fromMinor`)} />
                  <TextCell label={t('field.toMinor')} className="num" inputMode="decimal" value={band.toMinor}
                    onChange={(toMinor) => setBands(patchAt(rule.returnless, bi, { toMinor }))} error={at(`returnless.${bi}.toMinor`)} />
                  <SelectCell label={t('field.policy')} value={band.policy} values={POLICIES} text={(p) => t(`policy.${p}`)}
                    onChange={(policy) => setBands(patchAt(rule.returnless, bi, { policy }))} error={at(`returnless.${bi}.policy`)} />
                  <RemoveCell label={t('rules.removeBand')} onClick={() => setBands(removeAt(rule.returnless, bi))} />
                </tr>
              ))}
            </PresetsTable>
          </div>
        );
      })}
      <div>
        <button type="button" onClick={() => onChange((list) => [...list, { platform: 'other', currency: 'USD', returnWindowDays: '30', returnless: [] }])}>{t('rules.addPlatform')}</button>
      </div>
    </div>
  );
}
