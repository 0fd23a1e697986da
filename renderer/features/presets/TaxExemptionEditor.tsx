import { useTranslation } from 'react-i18next';
import { EXPORT_MODES, GRADES } from '../../../shared/codes/ledger-codes';
import { localToday } from '../../../shared/dates';
import { Field } from '../../components/Field';
import { CheckList, PresetsTable, RemoveCell, TextCell, patchAt, removeAt } from './cells';
import type { PresetsDraft } from './presets-draft';
import type { ErrorAt } from './use-presets-errors';

type Exemption = PresetsDraft['taxExemption'];
type ReturnRight = PresetsDraft['returnRight'];

/** The duty/VAT exemption for returned e-commerce exports, and the return right it rests on. */
export function TaxExemptionEditor({ exemption, returnRight, onExemption, onReturnRight, errorAt }: {
  exemption: Exemption; returnRight: ReturnRight; onExemption: (next: Exemption) => void; onReturnRight: (next: ReturnRight) => void; errorAt: ErrorAt;
}) {
  const { t } = useTranslation('presets');
  const set = (patch: Partial<Exemption>) => onExemption({ ...exemption, ...patch });
  const windows = exemption.windows;
  const at = (field: string) => errorAt(`taxExemption.${field}`);
  return (
    <div className="presets-stack">
      <h3>{t('field.taxExemption')}</h3>
      <div className="presets-subcard">
        <h4>{t('field.windows')}</h4>
        <PresetsTable head={[t('field.exportFrom'), t('field.exportTo'), t('field.source'), '']}
          footer={<button type="button" onClick={() => set({ windows: [...windows, { exportFrom: localToday(), exportTo: localToday(), source: '' }] })}>{t('rules.addWindow')}</button>}>
          {windows.map((w, i) => (
            <tr key={i}>
              <TextCell label={t('field.exportFrom')} type="date" value={w.exportFrom} onChange={(exportFrom) => set({ windows: patchAt(windows, i, { exportFrom }) })} error={at(`windows.${i}.exportFrom`)} />
              <TextCell label={t('field.exportTo')} type="date" value={w.exportTo} onChange={(exportTo) => set({ windows: patchAt(windows, i, { exportTo }) })} error={at(`windows.${i}.exportTo`)} />
              <TextCell label={t('field.source')} className="wide" value={w.source} onChange={(source) => set({ windows: patchAt(windows, i, { source }) })} error={at(`windows.${i}.source`)} />
              <RemoveCell label={t('rules.removeWindow')} onClick={() => set({ windows: removeAt(windows, i) })} />
            </tr>
          ))}
        </PresetsTable>
        <div className="form-grid presets-gap">
          <Field label={t('field.exemptionMonths')} error={at('months')}>
            <input inputMode="numeric" value={exemption.months} onChange={(e) => set({ months: e.target.value })} />
          </Field>
          <Field label={t('field.defaultVatBp')} error={at('defaultVatBp')}>
            <input inputMode="decimal" value={exemption.defaultVatBp} onChange={(e) => set({ defaultVatBp: e.target.value })} />
          </Field>
          <Field label={t('field.returnRightMonths')} error={errorAt('returnRight.months')}>
            <input inputMode="numeric" value={returnRight.months} onChange={(e) => onReturnRight({ months: e.target.value })} />
          </Field>
          <div className="field checkbox-field">
            <label><input type="checkbox" checked={exemption.excludeFood} onChange={(e) => set({ excludeFood: e.target.checked })} /> {t('field.excludeFood')}</label>
          </div>
          <div className="field-wide presets-inline">
            <CheckList legend={t('field.modes')} values={EXPORT_MODES} selected={exemption.modes} text={(m) => m} onChange={(modes) => set({ modes })} />
            <CheckList legend={t('field.exemptGrades')} values={GRADES} selected={exemption.grades} text={(g) => t(`grade.${g}`)} onChange={(grades) => set({ grades })} />
          </div>
        </div>
      </div>
    </div>
  );
}
