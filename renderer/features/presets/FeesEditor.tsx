import { useTranslation } from 'react-i18next';
import { DISTRICT_CODES } from '../../../shared/codes/districts';
import { Field } from '../../components/Field';
import { PresetsTable, RemoveCell, SelectCell, TextCell, patchAt, removeAt, useDistrictLabel } from './cells';
import type { PresetsDraft } from './presets-draft';
import type { ErrorAt } from './use-presets-errors';

type Clearance = PresetsDraft['clearance'];
type Haul = PresetsDraft['domesticHaul'];
type DistrictFee = Clearance['byDistrict'][number];

/** Per-district CNY amounts with a default for districts not listed. */
function DistrictFees({ rows, path, feeLabel, onChange, errorAt }: {
  rows: DistrictFee[]; path: string; feeLabel: string; onChange: (rows: DistrictFee[]) => void; errorAt: ErrorAt;
}) {
  const { t } = useTranslation('presets');
  const districtLabel = useDistrictLabel();
  const unused = DISTRICT_CODES.find((c) => !rows.some((r) => r.districtCode === c)) ?? DISTRICT_CODES[0];
  return (
    <PresetsTable head={[t('field.districtCode'), feeLabel, '']}
      footer={<button type="button" onClick={() => onChange([...rows, { districtCode: unused, fen: '' }])}>{t('fees.addDistrict')}</button>}>
      {rows.map((row, i) => (
        <tr key={i}>
          <SelectCell label={t('field.districtCode')} value={row.districtCode} values={DISTRICT_CODES} text={districtLabel}
            onChange={(districtCode) => onChange(patchAt(rows, i, { districtCode }))} error={errorAt(`${path}.${i}.districtCode`)} />
          <TextCell label={feeLabel} className="num" inputMode="decimal" value={row.fen}
            onChange={(fen) => onChange(patchAt(rows, i, { fen }))} error={errorAt(`${path}.${i}.fen`)} />
          <RemoveCell label={t('fees.removeDistrict')} onClick={() => onChange(removeAt(rows, i))} />
        </tr>
      ))}
    </PresetsTable>
  );
}

export function FeesEditor({ clearance, haul, onClearance, onHaul, errorAt }: {
  clearance: Clearance; haul: Haul; onClearance: (next: Clearance) => void; onHaul: (next: Haul) => void; errorAt: ErrorAt;
}) {
  const { t } = useTranslation('presets');
  return (
    <div className="presets-panel presets-columns">
      <div className="presets-subcard">
        <h3>{t('field.clearance')}</h3>
        <p className="muted">{t('fees.clearanceHint')}</p>
        <div className="form-grid">
          <Field label={t('field.defaultFen')} error={errorAt('clearance.defaultFen')}>
            <input inputMode="decimal" value={clearance.defaultFen} onChange={(e) => onClearance({ ...clearance, defaultFen: e.target.value })} />
          </Field>
        </div>
        <DistrictFees rows={clearance.byDistrict} path="clearance.byDistrict" feeLabel={t('fees.clearanceFen')} errorAt={errorAt}
          onChange={(byDistrict) => onClearance({ ...clearance, byDistrict })} />
      </div>
      <div className="presets-subcard">
        <h3>{t('field.domesticHaul')}</h3>
        <p className="muted">{t('fees.haulHint')}</p>
        <div className="form-grid">
          <Field label={t('field.sellerCity')} error={errorAt('domesticHaul.sellerCity')}>
            <input value={haul.sellerCity} onChange={(e) => onHaul({ ...haul, sellerCity: e.target.value })} />
          </Field>
          <Field label={t('field.defaultPerKgFen')} error={errorAt('domesticHaul.defaultPerKgFen')}>
            <input inputMode="decimal" value={haul.defaultPerKgFen} onChange={(e) => onHaul({ ...haul, defaultPerKgFen: e.target.value })} />
          </Field>
        </div>
        <DistrictFees rows={haul.byDistrict} path="domesticHaul.byDistrict" feeLabel={t('fees.haulFen')} errorAt={errorAt}
          onChange={(byDistrict) => onHaul({ ...haul, byDistrict })} />
      </div>
    </div>
  );
}
