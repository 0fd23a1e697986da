import { useTranslation } from 'react-i18next';
import type { ReturnRecord } from '../../../shared/schemas/return';
import { useFormat } from '../../i18n/format';

/** Tick the returns that travel in the batch; a scanner-typed RMA is not needed here, a click is. */
export function ReturnPicker({ returns, selected, onChange, error }: {
  returns: ReturnRecord[] | undefined;
  selected: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}) {
  const { t } = useTranslation(['requests', 'ledger']);
  const f = useFormat();
  if (!returns) return <p className="muted field-wide">{t('pick.chooseLocation')}</p>;
  const chosen = new Set(selected);
  const all = returns.length > 0 && returns.every((r) => chosen.has(r.id));
  const toggle = (id: string, on: boolean) => onChange(on ? [...selected, id] : selected.filter((s) => s !== id));
  return (
    <fieldset className="field-wide return-pick" aria-invalid={error ? true : undefined}>
      <legend>{t('pick.legend')}</legend>
      {returns.length === 0 ? (
        <p className="muted">{t('pick.none')}</p>
      ) : (
        <>
          <div className="return-pick-head">
            <label className="radio-row">
              <input type="checkbox" checked={all} onChange={(e) => onChange(e.target.checked ? returns.map((r) => r.id) : [])} />
              {t('pick.selectAll')}
            </label>
            <span className="muted">{t('pick.selected', { count: selected.length, total: returns.length })}</span>
          </div>
          <table className="pick-table">
            <thead>
              <tr><th /><th>{t('ledger:field.rmaNo')}</th><th>{t('ledger:field.orderNo')}</th><th>{t('ledger:field.sku')}</th><th className="align-end">{t('ledger:field.qty')}</th><th>{t('ledger:field.reason')}</th><th>{t('ledger:field.requestedDate')}</th></tr>
            </thead>
            <tbody>
              {returns.map((r) => (
                <tr key={r.id}>
                  <td><input type="checkbox" aria-label={t('pick.rowLabel', { rmaNo: r.rmaNo })} checked={chosen.has(r.id)} onChange={(e) => toggle(r.id, e.target.checked)} /></td>
                  <td>{r.rmaNo}</td><td>{r.orderNo}</td><td>{r.sku}</td><td className="align-end">{f.number(r.qty)}</td>
                  <td>{t(`ledger:reason.${r.reason}`)}</td><td>{f.date(r.requestedDate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {error && <small className="error-text">{error}</small>}
    </fieldset>
  );
}
