import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadDemoData } from '../db/demo-repo';
import { useServices } from './services';
import { useToast } from './toast';

/** "Load demo data", wherever a new user is offered it: loads, confirms, and says when busy. */
export function useLoadDemo(): { load: () => Promise<void>; busy: boolean } {
  const { t } = useTranslation('common');
  const { repos } = useServices();
  const notify = useToast();
  const [busy, setBusy] = useState(false);
  const load = async () => {
    setBusy(true);
    try {
      const counts = await loadDemoData(repos.db);
      notify(t('toast.demoLoaded', { ...counts }));
    } finally {
      setBusy(false);
    }
  };
  return { load, busy };
}
