import { useTranslation } from 'react-i18next';
import type { DeadlineAlert } from '../../../shared/decide';
import type { ReturnRecord } from '../../../shared/schemas/return';
import { useFormat } from '../../i18n/format';
import { useExplain } from './explain';

const WITHIN_DAYS = 14;

/**
 * Returns about to lose the 6-month tax exemption or the 1-year right of return, counted from
 * the last day to SHIP on each route (the clock's last day minus the route's transit).
 */
export function DeadlinesPanel({ alerts }: { alerts: (DeadlineAlert & { ret: ReturnRecord })[] }) {
  const { t } = useTranslation('decide');
  const f = useFormat();
  const { district } = useExplain();
  const left = (a: DeadlineAlert) => (a.daysLeft < 0 ? t('noRouteInTime') : a.daysLeft === 0 ? t('shipToday') : t('daysToShip', { count: a.daysLeft }));
  return (
    <section className="card" aria-label={t('deadlinesTitle', { days: WITHIN_DAYS })}>
      <h2>{t('deadlinesTitle', { days: WITHIN_DAYS })}</h2>
      {alerts.length === 0 ? (
        <p className="muted">{t('deadlinesNone', { days: WITHIN_DAYS })}</p>
      ) : (
        <ul className="deadlines">
          {[...alerts].sort((a, b) => a.daysLeft - b.daysLeft).map((a) => (
            <li key={`${a.returnId}-${a.kind}`} className={a.daysLeft <= 3 ? 'urgent' : undefined} data-testid="deadline-alert">
              <strong>{a.ret.rmaNo}</strong> ({a.ret.sku}) {t(a.kind === 'taxExemption' ? 'deadline.exemption' : 'deadline.returnRight', { date: f.date(a.lastDay) })}
              {' · '}<span className="muted">{left(a)}</span>
              {a.shipBy.length === 0 ? (
                <div className="muted">{t('deadline.noRoute')}</div>
              ) : (
                <ul className="ship-by" aria-label={t('deadline.lastShip')}>
                  {a.shipBy.map((s) => (
                    <li key={s.routeId} className={s.daysLeft < 0 ? 'missed' : undefined} data-route={s.routeId}>
                      {t('deadline.routeLine', {
                        route: t('deadline.routeName', { mode: t(`transport.${s.mode}`), district: district(s.districtCode) }),
                        when: s.daysLeft < 0
                          ? t('deadline.missed', { date: f.date(s.lastShipDay) })
                          : t(a.kind === 'taxExemption' ? 'deadline.shipByTaxFree' : 'deadline.shipByRight', { date: f.date(s.lastShipDay) }),
                      })}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
