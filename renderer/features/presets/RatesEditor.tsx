import { useTranslation } from 'react-i18next';
import { CURRENCIES } from '../../../shared/codes/ledger-codes';
import { localToday } from '../../../shared/dates';
import { PresetsTable, RemoveCell, SelectCell, TextCell, patchAt, removeAt, type ListUpdate } from './cells';
import type { RateDraft } from './presets-draft';
import type { ErrorAt } from './use-presets-errors';

/** CNY per one unit of each currency, dated: the rate on or before a decision's date applies. */
export function RatesEditor({ rates, onChange, errorAt }: { rates: RateDraft[]; onChange: ListUpdate<RateDraft>; errorAt: ErrorAt }) {
  const { t } = useTranslation('presets');
  const foreign = CURRENCIES.filter((c) => c !== 'CNY');
  return (
    <div className="presets-panel">
      <p className="muted">{t('rates.hint')}</p>
      <PresetsTable head={[t('field.currency'), t('field.validFrom'), t('field.cnyMillionths'), '']}
        footer={<button type="button" onClick={() => onChange((list) => [...list, { currency: 'USD', validFrom: localToday(), cnyMillionths: '' }])}>{t('rates.add')}</button>}>
        {rates.map((rate, i) => {
          const set = (patch: Partial<RateDraft>) => onChange((list) => patchAt(list, i, patch));
          return (
            <tr key={i} data-testid={`rate-${i}`}>
              <SelectCell label={t('field.currency')} value={rate.currency} values={foreign} text={(c) => c} onChange={(currency) => set({ currency })} error={errorAt(`rates.${i}.currency`)} />
              <TextCell label={t('field.validFrom')} type="date" value={rate.validFrom} onChange={(validFrom) => set({ validFrom })} error={errorAt(`rates.${i}.validFrom`)} />
              <TextCell label={t('field.cnyMillionths')} inputMode="decimal" className="num" value={rate.cnyMillionths} onChange={(cnyMillionths) => set({ cnyMillionths })} error={errorAt(`rates.${i}.cnyMillionths`)} />
              <RemoveCell label={t('rates.remove')} onClick={() => onChange((list) => removeAt(list, i))} />
            </tr>
          );
        })}
      </PresetsTable>
    </div>
  );
}
