import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import { useToast } from '../../app/toast';
import { loadDemoData } from '../../db/demo-repo';

/** A new user's first visit: nothing to chart yet, so say how to get something to chart. */
export function DashboardEmpty() {
  const { t } = useTranslation(['dashboard', 'common']);
  const { repos } = useServices();
  const notify = useToast();
  const [busy, setBusy] = useState(false);
  const load = async () => {
    setBusy(true);
    try {
      const counts = await loadDemoData(repos.db);
      notify(t('common:toast.demoLoaded', { ...counts }));
    } finally {
      setBusy(false);
    }
  };
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
