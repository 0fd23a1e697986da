import { useTranslation } from 'react-i18next';
import { countryName } from '../../../shared/codes/countries';
import type { Rejection } from '../../../shared/import/cells';
import { minorToDecimal } from '../../../shared/money';
import type { ImportReview as Review } from '../../../shared/import/review';

const SHOWN = 50;

/** What the file would do: the summary line, a preview with where customs data came from, and every rejected row. */
export function ImportReview({ review, describe }: {
  review: Review;
  describe: (r: Rejection) => { field: string; reason: string };
}) {
  const { t, i18n } = useTranslation(['data', 'ledger']);
  const { preview: orders, unlinked, rejections } = review;
  return (
    <div className="data-review">
      <p className="data-summary" data-testid="import-summary">
        {t('import.summary', { added: review.added, updated: review.updated, unchanged: review.unchanged, rejected: rejections.length })}
      </p>
      {orders.length > 0 && (
        <>
          <h3>{t('import.previewTitle')}</h3>
          <div className="data-table-wrap">
            <table className="plain-table">
              <thead><tr><th>{t('import.col.row')}</th><th>{t('import.col.orderNo')}</th><th>{t('import.col.where')}</th><th>{t('import.col.sku')}</th><th>{t('import.col.customs')}</th><th>{t('import.col.source')}</th></tr></thead>
              <tbody>
                {orders.flatMap((o) => o.input.lines.map((l, i) => (
                  <tr key={`${o.input.orderNo}-${l.sku}`}>
                    <td>{i === 0 ? o.rows[0] : ''}</td><td>{i === 0 ? o.input.orderNo : ''}</td>
                    <td>{i === 0 ? `${t(`ledger:platform.${o.input.platform}`)} · ${countryName(o.input.buyerCountry, i18n.language)}` : ''}</td>
                    <td>{l.sku} × {l.qty} @ {minorToDecimal(l.unitPriceMinor, o.input.currency)} {o.input.currency}</td>
                    <td>{l.hsCode} · {l.unitWeightG} g</td>
                    <td className={o.filled[i] === 'defaults' ? 'data-from-defaults' : undefined}>{t(`import.filled.${o.filled[i] ?? 'file'}`)}</td>
                  </tr>
                )))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {review.kind === 'returns' && unlinked.length > 0 && (
        <>
          <h3>{t('import.unlinkedTitle')} ({unlinked.length})</h3>
          <ul className="data-list">{unlinked.slice(0, SHOWN).map((u) => <li key={u.row}>{t('import.col.row')} {u.row}: {u.orderNo} · {u.sku}</li>)}</ul>
        </>
      )}
      {rejections.length > 0 && (
        <>
          <h3>{t('import.rejectedTitle')}</h3>
          <div className="data-table-wrap">
            <table className="plain-table data-rejected">
              <thead><tr><th>{t('import.col.row')}</th><th>{t('import.col.field')}</th><th>{t('import.col.reason')}</th><th>{t('import.col.value')}</th></tr></thead>
              <tbody>
                {rejections.slice(0, SHOWN).map((r, i) => {
                  const d = describe(r);
                  return <tr key={`${r.row}-${i}`}><td>{r.row}</td><td>{d.field}</td><td>{d.reason}</td><td>{r.value ?? ''}</td></tr>;
                })}
              </tbody>
            </table>
          </div>
          {rejections.length > SHOWN && <p className="muted">{t('import.rejectedMore', { count: rejections.length - SHOWN })}</p>}
        </>
      )}
    </div>
  );
}
