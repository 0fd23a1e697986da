import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/bridge/settings';
import { BackupPanel } from './BackupPanel';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';

/** Import & export: marketplace reports in, bookkeeping files out, the whole ledger backed up. */
export function DataPage({ settings, onSettings }: { settings: Settings; onSettings: (next: Settings) => void }) {
  const { t } = useTranslation('data');
  return (
    <div className="page page-scroll data-page">
      <header className="page-header"><h1>{t('common:nav.data')}</h1></header>
      <p className="muted">{t('intro')}</p>
      <ImportPanel />
      <ExportPanel />
      <BackupPanel settings={settings} onSettings={onSettings} />
    </div>
  );
}
