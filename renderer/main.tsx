import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { Settings } from '../shared/bridge/settings';
import { App, preloadPage } from './app/App';
import { currentPage } from './app/router';
import { ServicesProvider, type Services } from './app/services';
import { ToastProvider } from './app/toast';
import { StartupGate, type OpenHooks } from './app/StartupGate';
import { desktop } from './bridge';
import { openDatabase } from './db/open-database';
import { backupBeforeUpgrade } from './features/data/backup-first';
import { createRepositories } from './db/repositories';
import { createI18n, resolveLanguage } from './i18n/i18n';
import { requestPersistentStorage } from './storage/storage-status';
import './styles/app.css';
import './styles/decide.css';
import './styles/presets.css';
import './styles/requests.css';
import './styles/dashboard.css';
import './styles/data.css';

function Root({ services, i18n, initial, systemLocale }: { services: Services; i18n: I18n; initial: Settings; systemLocale: string }) {
  const [settings, setSettings] = useState(initial);
  const onSettings = (next: Settings) => {
    setSettings(next);
    const language = resolveLanguage(next.language, systemLocale);
    document.documentElement.lang = language;
    void i18n.changeLanguage(language);
  };
  return (
    <ServicesProvider services={services}>
      <ToastProvider>
        <App settings={settings} onSettings={onSettings} />
      </ToastProvider>
    </ServicesProvider>
  );
}

async function start() {
  const [settings, systemLocale] = await Promise.all([desktop.getSettings(), desktop.systemLocale()]);
  const language = resolveLanguage(settings.language, systemLocale);
  document.documentElement.lang = language;
  const i18n = await createI18n(language);
  // Without persistence the browser may evict the whole ledger under disk pressure; Electron
  // answers too (its profile is never evicted), so asking is harmless there. Not awaited:
  // a permission prompt must not hold up opening the ledger.
  void requestPersistentStorage();
  let services: Services | undefined;
  // The gate opens the ledger first and refuses one it must not touch (newer release, no storage).
  const beforeUpgrade = backupBeforeUpgrade(desktop);
  // The page the window opens on loads its code while the ledger opens (see lazy-page.tsx).
  const pageCode = preloadPage(currentPage()).catch(() => undefined);
  const open = async ({ onBlocked, onBackingUp, onUpgrading }: OpenHooks) => {
    const opened = await openDatabase({ onBlocked, onUpgrading, beforeUpgrade: beforeUpgrade && (async (old) => { onBackingUp(); await beforeUpgrade(old); }) });
    await pageCode;
    return opened;
  };
  // Tests and the benchmark wait for this signal instead of guessing with delays.
  const settled = () => {
    document.documentElement.dataset.ready = 'true';
  };
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <StartupGate open={open} onSettled={settled}>
          {(db) => <Root services={(services ??= { repos: createRepositories(db), desktop })} i18n={i18n} initial={settings} systemLocale={systemLocale} />}
        </StartupGate>
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
