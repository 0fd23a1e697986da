import { useTranslation } from 'react-i18next';
import { localToday } from '../../../shared/dates';
import { Field } from '../../components/Field';
import { PresetsTable, RemoveCell, TextCell, patchAt, removeAt, type ListUpdate } from './cells';
import type { DisposalDraft } from './presets-draft';
import type { ErrorAt } from './use-presets-errors';

type Band = DisposalDraft['bands'][number];

/**
 * A location's dated disposal fee tables, like Amazon's: per-unit fee by weight band, and above
 * the last band a base fee plus a fee per kg over.
 */
export function DisposalTables({ tables, currency, path, onChange, errorAt }: {
  tables: DisposalDraft[]; currency: string; path: string; onChange: ListUpdate<DisposalDraft>; errorAt: ErrorAt;
}) {
  const { t } = useTranslation('presets');
  const addTable = () => onChange((list) => {
    // A new period usually changes a few fees of the latest one; start from a copy of it.
    const last = list[list.length - 1];
    return [...list, last ? { ...last, validFrom: localToday(), bands: last.bands.map((b) => ({ ...b })) } : { validFrom: localToday(), bands: [{ upToG: '', feeMinor: '' }], overBaseMinor: '', overPerKgMinor: '' }];
  });

  return (
    <div className="presets-disposal">
      <h4>{t('disposal.title')}</h4>
      {tables.map((table, ti) => {
        const at = (field: string) => errorAt(`${path}.${ti}.${field}`);
        const set = (patch: Partial<DisposalDraft>) => onChange((list) => patchAt(list, ti, patch));
        const setBands = (update: (bands: Band[]) => Band[]) => onChange((list) => list.map((x, i) => (i === ti ? { ...x, bands: update(x.bands) } : x)));
        return (
          <div key={ti} className="presets-subcard" data-testid={`disposal-${ti}`}>
            <div className="presets-subcard-head">
              <strong>{t('path.table', { n: ti + 1 })}</strong>
              {tables.length > 1 && <button type="button" className="link-button" onClick={() => onChange((list) => removeAt(list, ti))}>{t('disposal.remove')}</button>}
            </div>
            <div className="form-grid">
              <Field label={t('field.validFrom')} error={at('validFrom')}><input type="date" value={table.validFrom} onChange={(e) => set({ validFrom: e.target.value })} /></Field>
              <Field label={t('unit.inCurrency', { label: t('field.overBaseMinor'), currency })} error={at('overBaseMinor')}>
                <input inputMode="decimal" value={table.overBaseMinor} onChange={(e) => set({ overBaseMinor: e.target.value })} />
              </Field>
              <Field label={t('unit.inCurrency', { label: t('field.overPerKgMinor'), currency })} error={at('overPerKgMinor')}>
                <input inputMode="decimal" value={table.overPerKgMinor} onChange={(e) => set({ overPerKgMinor: e.target.value })} />
              </Field>
            </div>
            {at('bands') && <p className="error-text">{at('bands')}</p>}
            <PresetsTable head={[t('field.upToG'), t('unit.inCurrency', { label: t('field.feeMinor'), currency }), '']}
              footer={<button type="button" onClick={() => setBands((b) => [...b, { upToG: '', feeMinor: '' }])}>{t('disposal.addBand')}</button>}>
              {table.bands.map((band, bi) => (
                <tr key={bi}>
                  <TextCell label={t('field.upToG')} inputMode="numeric" className="num" value={band.upToG}
                    onChange={(upToG) => setBands((b) => patchAt(b, bi, { upToG }))} error={at(`bands.${bi}.upToG`)} />
                  <TextCell label={t('field.feeMinor')} inputMode="decimal" className="num" value={band.feeMinor}
                    onChange={(feeMinor) => setBands((b) => patchAt(b, bi, { feeMinor }))} error={at(`bands.${bi}.feeMinor`)} />
                  <RemoveCell label={t('disposal.removeBand')} onClick={() => setBands((b) => removeAt(b, bi))} />
                </tr>
              ))}
            </PresetsTable>
          </div>
        );
      })}
      <button type="button" onClick={addTable}>{t('disposal.add')}</button>
    </div>
  );
}
