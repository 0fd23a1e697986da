import { useTranslation } from 'react-i18next';
import { GRADES } from '../../../shared/codes/ledger-codes';
import { PresetsTable, TextCell } from './cells';
import type { PresetsDraft } from './presets-draft';
import type { ErrorAt } from './use-presets-errors';

type Grades = PresetsDraft['grades'];

/** What a unit of each grade is worth at home and costs to make sellable again. */
export function GradesEditor({ grades, onChange, errorAt }: { grades: Grades; onChange: (next: Grades) => void; errorAt: ErrorAt }) {
  const { t } = useTranslation('presets');
  return (
    <div className="presets-panel">
      <p className="muted">{t('grades.hint')}</p>
      <PresetsTable head={[t('field.grade'), t('field.recoveryBp'), t('field.refurbishFen')]}>
        {GRADES.map((g) => (
          <tr key={g} data-testid={`grade-${g}`}>
            <th scope="row">{t(`grade.${g}`)}</th>
            <TextCell label={t('field.recoveryBp')} className="num" inputMode="decimal" value={grades[g].recoveryBp}
              onChange={(recoveryBp) => onChange({ ...grades, [g]: { ...grades[g], recoveryBp } })} error={errorAt(`grades.${g}.recoveryBp`)} />
            <TextCell label={t('field.refurbishFen')} className="num" inputMode="decimal" value={grades[g].refurbishFen}
              onChange={(refurbishFen) => onChange({ ...grades, [g]: { ...grades[g], refurbishFen } })} error={errorAt(`grades.${g}.refurbishFen`)} />
          </tr>
        ))}
      </PresetsTable>
    </div>
  );
}
