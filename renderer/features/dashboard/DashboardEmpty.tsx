import { useTranslation } from 'react-i18next';
import { useLoadDemo } from '../../app/use-load-demo';

/** A new user's first visit: nothing to chart yet, so say how to get something to chart. */
export function DashboardEmpty() {
  const { t } = useTranslation(['dashboard', 'common']);
  const { load, busy } = useLoadDemo();
  return (
    <section className="notice dash-empty">
      <h2>{t('empty.title')}</h2>
      <p>{t('empty.body')}</p>
      <div className="dash-empty-actions">
        <button type="button" className="primary" onClick={load} disabled={busy}>{t('common:actions.loadDemo')}</button>
        <a href="#/orders">{t('empty.goOrders')}</a>
      </div>
    </section>
  );
}
