import { useTranslation } from 'react-i18next';
import type { DeadlineAlert } from '../../../shared/decide';
import type { ReturnRecord } from '../../../shared/schemas/return';
import { useFormat } from '../../i18n/format';

const WITHIN_DAYS = 14;

/** Returns about to lose the 6-month tax exemption or the 1-year right of return. */
export function DeadlinesPanel({ alerts }: { alerts: (DeadlineAlert & { ret: ReturnRecord })[] }) {
  const { t } = useTranslation('decide');
  const f = useFormat();
  return (
    <section className="card" aria-label={t('deadlinesTitle', { days: WITHIN_DAYS })}>
      <h2>{t('deadlinesTitle', { days: WITHIN_DAYS })}</h2>
      {alerts.length === 0 ? (
        <p className="muted">{t('deadlinesNone', { days: WITHIN_DAYS })}</p>
      ) : (
        <ul className="deadlines">
          {[...alerts].sort((a, b) => a.daysLeft - b.daysLeft).map((a) => (
            <li key={`${a.returnId}-${a.kind}`} className={a.daysLeft <= 3 ? 'urgent' : undefined}>
              <strong>{a.ret.rmaNo}</strong> ({a.ret.sku}) {t(a.kind === 'taxExemption' ? 'deadline.exemption' : 'deadline.returnRight', { date: f.date(a.lastDay) })}
              {' · '}<span className="muted">{t('daysLeft', { count: a.daysLeft })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
