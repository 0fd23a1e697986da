import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { NEXT_STATUSES, type ReturnStatus } from '../../../shared/ledger/return-status';
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
  // Blank means "now"; a step done earlier (received last Tuesday) is dated back here.
  const [when, setWhen] = useState('');
  const move = async (to: ReturnStatus) => {
    const at = when ? new Date(when).toISOString() : undefined;
    if (await attempt(() => repos.returns.moveStatus(live.id, to, '', at))) setWhen('');
  };

  return (
    <section className="status-panel" aria-label={t('field.status')}>
      <h3>{t('field.status')}: <span className={`status-chip status-${live.status}`} data-testid="current-status">{t(`status.${live.status}`)}</span></h3>
      {NEXT_STATUSES[live.status].length > 0 && (
        <div className="status-moves" role="group" aria-label={t('returns.move')}>
          <label className="inline-label">{t('field.at')}
            <input type="datetime-local" value={when || localDateTime(new Date())} max={localDateTime(new Date(Date.now() + 86_400_000))}
              onChange={(e) => setWhen(e.target.value)} />
          </label>
          <span className="muted">{t('returns.move')}</span>
          {NEXT_STATUSES[live.status].map((to) => (
            <button key={to} type="button" onClick={() => move(to)}>{t(`status.${to}`)}</button>
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

/** "2026-05-01T14:30" in the user's time zone, as a datetime-local input holds it. */
function localDateTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}
