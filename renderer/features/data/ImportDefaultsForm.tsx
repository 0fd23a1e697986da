import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countryOptions } from '../../../shared/codes/countries';
import { DISTRICTS } from '../../../shared/codes/districts';
import { CURRENCIES, EXPORT_MODES, PLATFORMS, UNITS } from '../../../shared/codes/ledger-codes';
import { importDefaults, type ImportDefaults } from '../../../shared/import/defaults';
import { numberOrNull } from '../../../shared/numbers';
import { Field } from '../../components/Field';
import { CodeSelect } from '../../components/Select';

/** The customs values an import fills in where the catalog does not know a SKU. */
export function ImportDefaultsForm({ value, onApply, busy }: { value: ImportDefaults; onApply: (next: ImportDefaults) => void; busy: boolean }) {
  const { t, i18n } = useTranslation(['data', 'ledger', 'common']);
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  const [draft, setDraft] = useState({ ...value, exportDaysAfterOrder: String(value.exportDaysAfterOrder), unitWeightG: String(value.unitWeightG) });
  const parsed = importDefaults.safeParse({ ...draft, exportDaysAfterOrder: numberOrNull(draft.exportDaysAfterOrder, { digits: 0 }) ?? Number.NaN, unitWeightG: numberOrNull(draft.unitWeightG, { digits: 0 }) ?? Number.NaN });
  const errorOf = (field: string) => {
    const issue = parsed.success ? undefined : parsed.error.issues.find((i) => i.path[0] === field);
    return issue ? t(`common:${issue.message}`) : undefined;
  };
  const set = <K extends keyof typeof draft>(key: K, v: (typeof draft)[K]) => setDraft((d) => ({ ...d, [key]: v }));
  return (
    <form className="form-grid data-defaults" onSubmit={(e) => { e.preventDefault(); if (parsed.success) onApply(parsed.data); }}>
      <Field label={t('defaults.platform')}><CodeSelect values={PLATFORMS} value={draft.platform} label={(p) => t(`ledger:platform.${p}`)} onChange={(v) => v && set('platform', v)} /></Field>
      <Field label={t('defaults.buyerCountry')} error={errorOf('buyerCountry')}>
        <select value={draft.buyerCountry} onChange={(e) => set('buyerCountry', e.target.value)}>
          <option value="">{t('defaults.countryFromFile')}</option>
          {countries.map((c) => <option key={c.code} value={c.code}>{`${c.name} (${c.code})`}</option>)}
        </select>
      </Field>
      <Field label={t('defaults.currency')}><CodeSelect values={CURRENCIES} value={draft.currency} label={(c) => c} onChange={(v) => v && set('currency', v)} /></Field>
      <Field label={t('ledger:field.exportMode')}><CodeSelect values={EXPORT_MODES} value={draft.exportMode} label={(m) => t(`ledger:mode.${m}`)} onChange={(v) => v && set('exportMode', v)} /></Field>
      <Field label={t('ledger:field.exportDistrict')}>
        <select value={draft.exportDistrict} onChange={(e) => set('exportDistrict', e.target.value as ImportDefaults['exportDistrict'])}>
          {DISTRICTS.map((d) => <option key={d.code} value={d.code}>{d.code} {d.zh} {d.en}</option>)}
        </select>
      </Field>
      <Field label={t('ledger:field.exportPort')}><input value={draft.exportPort} onChange={(e) => set('exportPort', e.target.value)} /></Field>
      <Field label={t('defaults.exportDaysAfterOrder')} error={errorOf('exportDaysAfterOrder')}><input inputMode="numeric" value={draft.exportDaysAfterOrder} onChange={(e) => set('exportDaysAfterOrder', e.target.value)} /></Field>
      <Field label={t('defaults.hsCode')} hint={t('defaults.hsCodeHint')} error={errorOf('hsCode')}><input inputMode="numeric" value={draft.hsCode} onChange={(e) => set('hsCode', e.target.value)} /></Field>
      <Field label={t('defaults.unit')}><CodeSelect values={UNITS} value={draft.unit} label={(u) => `${u} ${t(`ledger:unit.${u}`)}`} onChange={(v) => v && set('unit', v)} /></Field>
      <Field label={t('defaults.unitWeightG')} error={errorOf('unitWeightG')}><input inputMode="numeric" value={draft.unitWeightG} onChange={(e) => set('unitWeightG', e.target.value)} /></Field>
      <Field label={t('defaults.dayOrder')}><CodeSelect values={['dmy', 'mdy'] as const} value={draft.dayOrder} label={(o) => t(`defaults.dayOrders.${o}`)} onChange={(v) => v && set('dayOrder', v)} /></Field>
      <div className="form-actions"><span className="spacer" /><button type="submit" disabled={busy || !parsed.success}>{t('defaults.apply')}</button></div>
    </form>
  );
}
