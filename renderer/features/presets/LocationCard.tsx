import { locationName } from '../../../shared/decide/location-name';
import { useTranslation } from 'react-i18next';
import { CURRENCIES, GRADES } from '../../../shared/codes/ledger-codes';
import { CountryPicker } from '../../components/CountryPicker';
import { Field } from '../../components/Field';
import { CodeSelect } from '../../components/Select';
import { CheckList } from './cells';
import { DisposalTables } from './DisposalTables';
import type { LocationDraft } from './presets-draft';
import type { ErrorAt } from './use-presets-errors';

type TextKey = 'name' | 'nameEn' | 'address' | 'contact' | 'phone' | 'firstLegLabelMinor' | 'handlingMinor' | 'liquidationRateBp' | 'resalePriceFactorBp' | 'sellThroughBp' | 'platformFeeBp';
type RelistKey = keyof LocationDraft['relistFees'];
const MONEY: TextKey[] = ['firstLegLabelMinor', 'handlingMinor'];
const PERCENT: TextKey[] = ['liquidationRateBp', 'resalePriceFactorBp', 'sellThroughBp', 'platformFeeBp'];
const RELIST: RelistKey[] = ['inboundMinor', 'inspectionMinor', 'relabelMinor', 'storageMinor'];
type Channel = keyof LocationDraft['channels'];
const CHANNELS: readonly Channel[] = ['returnless', 'dispose', 'liquidate', 'relist'];

/** One overseas location: where returns wait, what staying there costs or earns. */
export function LocationCard({ location, index, onChange, onRemove, errorAt }: {
  location: LocationDraft; index: number; onChange: (update: (l: LocationDraft) => LocationDraft) => void; onRemove: () => void; errorAt: ErrorAt;
}) {
  const { t, i18n } = useTranslation('presets');
  const at = (field: string) => errorAt(`locations.${index}.${field}`);
  const set = (patch: Partial<LocationDraft>) => onChange((l) => ({ ...l, ...patch }));
  const text = (key: TextKey) => ({ value: location[key] ?? '', onChange: (e: React.ChangeEvent<HTMLInputElement>) => set({ [key]: e.target.value }) });
  // Amounts are in the location's own currency; the label says which, so "2.95" is not misread.
  const inCurrency = (key: string) => t('unit.inCurrency', { label: t(`field.${key}`), currency: location.currency });

  return (
    <div className="line-card" data-testid={`location-${location.id}`}>
      <div className="line-card-head">
        <strong>{locationName(location, i18n.language) || t('locations.unnamed')}</strong>
        <button type="button" className="link-button" onClick={onRemove}>{t('locations.remove')}</button>
      </div>
      <div className="form-grid">
        <Field label={t('field.name')} error={at('name')}><input {...text('name')} /></Field>
        <Field label={t('field.nameEn')} error={at('nameEn')}><input {...text('nameEn')} /></Field>
        <Field label={t('field.country')} error={at('country')}><CountryPicker value={location.country} onChange={(country) => set({ country })} /></Field>
        <Field label={t('field.currency')} error={at('currency')}>
          <CodeSelect values={CURRENCIES} value={location.currency} label={(c) => c} onChange={(currency) => currency && set({ currency })} />
        </Field>
        <Field label={t('field.address')} error={at('address')} wide><input {...text('address')} /></Field>
        <Field label={t('field.contact')} error={at('contact')}><input {...text('contact')} /></Field>
        <Field label={t('field.phone')} error={at('phone')}><input {...text('phone')} type="tel" /></Field>
        {MONEY.map((key) => (
          <Field key={key} label={inCurrency(key)} error={at(key)}><input {...text(key)} inputMode="decimal" /></Field>
        ))}
        {PERCENT.map((key) => (
          <Field key={key} label={t(`field.${key}`)} error={at(key)}><input {...text(key)} inputMode="decimal" /></Field>
        ))}
        {RELIST.map((key) => (
          <Field key={key} label={inCurrency(key)} error={at(`relistFees.${key}`)}>
            <input value={location.relistFees[key]} inputMode="decimal"
              onChange={(e) => set({ relistFees: { ...location.relistFees, [key]: e.target.value } })} />
          </Field>
        ))}
        <div className="field-wide">
          <CheckList legend={t('field.channels')} values={CHANNELS} selected={CHANNELS.filter((c) => location.channels[c])}
            text={(c) => t(`channel.${c}`)}
            onChange={(on) => set({ channels: { returnless: on.includes('returnless'), dispose: on.includes('dispose'), liquidate: on.includes('liquidate'), relist: on.includes('relist') } })} />
          <p className="muted">{t('locations.channelsHint')}</p>
        </div>
        <div className="field-wide">
          <CheckList legend={t('field.relistGrades')} values={GRADES} selected={location.relistGrades}
            text={(g) => t(`grade.${g}`)} onChange={(relistGrades) => set({ relistGrades })} />
        </div>
      </div>
      <DisposalTables tables={location.disposal} currency={location.currency} path={`locations.${index}.disposal`} errorAt={errorAt}
        onChange={(update) => onChange((l) => ({ ...l, disposal: update(l.disposal) }))} />
    </div>
  );
}
