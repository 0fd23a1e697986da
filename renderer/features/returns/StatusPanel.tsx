import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { NEXT_STATUSES } from '../../../shared/ledger/return-status';
import type { ReturnRecord } from '../../../shared/schemas/return';
import { useServices } from '../../app/services';
import { ErrorSummary } from '../../components/Field';
import { useValidation } from '../../components/validation';
import { useFormat } from '../../i18n/format';

/** Where the return is in its life, when each step happened, and the steps it may take next. */
export function StatusPanel({ record }: { record: ReturnRecord }) {
  const { t } = useTranslation(['ledger', 'common']);
  const { repos } = useServices();
  const f = useFormat();
  const { errors, attempt } = useValidation();
  const live = useLiveQuery(() => repos.returns.get(record.id), [repos, record.id]) ?? record;

  return (
    <section className="status-panel" aria-label={t('field.status')}>
      <h3>{t('field.status')}: <span className={`status-chip status-${live.status}`} data-testid="current-status">{t(`status.${live.status}`)}</span></h3>
      {NEXT_STATUSES[live.status].length > 0 && (
        <div className="status-moves" role="group" aria-label={t('returns.move')}>
          <span className="muted">{t('returns.move')}</span>
          {NEXT_STATUSES[live.status].map((to) => (
            <button key={to} type="button" onClick={() => attempt(() => repos.returns.moveStatus(live.id, to))}>{t(`status.${to}`)}</button>
          ))}
        </div>
      )}
      <ErrorSummary title={t('common:errors.summary')} errors={errors} />
      <h4>{t('field.history')}</h4>
      <ol className="history">
        {live.history.map((h, i) => (
          <li key={`${h.status}-${i}`}><span>{t(`status.${h.status}`)}</span> <time dateTime={h.at}>{f.dateTime(h.at)}</time></li>
        ))}
      </ol>
    </section>
  );
}
