import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../shared/bridge/settings';
import { withDemoSites } from '../../shared/demo/demo-sites';
import { loadDemoData } from '../db/demo-repo';
import { useServices } from './services';
import { useToast } from './toast';

/**
 * "Load demo data", wherever a new user is offered it: loads, adds the demo's supervised sites
 * to Settings (the demo batches name them), confirms, and says when busy.
 */
export function useLoadDemo(onSettings?: (next: Settings) => void): { load: () => Promise<void>; busy: boolean } {
  const { t } = useTranslation('common');
  const { repos, desktop } = useServices();
  const notify = useToast();
  const [busy, setBusy] = useState(false);
  const load = async () => {
    setBusy(true);
    try {
      const counts = await loadDemoData(repos.db);
      const { sites } = await desktop.getSettings();
      const next = await desktop.updateSettings({ sites: withDemoSites(sites) });
      onSettings?.(next);
      notify(t('toast.demoLoaded', { ...counts }));
    } finally {
      setBusy(false);
    }
  };
  return { load, busy };
}
