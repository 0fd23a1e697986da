import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { Settings } from '../shared/bridge/settings';
import { App } from './app/App';
import { ServicesProvider, type Services } from './app/services';
import { ToastProvider } from './app/toast';
import { desktop } from './bridge';
import { createRepositories } from './db/repositories';
import { createI18n, resolveLanguage } from './i18n/i18n';
import './styles/app.css';

function Root({ services, i18n, initial, systemLocale }: { services: Services; i18n: I18n; initial: Settings; systemLocale: string }) {
  const [settings, setSettings] = useState(initial);
  const onSettings = (next: Settings) => {
    setSettings(next);
    const language = resolveLanguage(next.language, systemLocale);
    document.documentElement.lang = language;
    void i18n.changeLanguage(language);
  };
  return (
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={services}>
        <ToastProvider>
          <App settings={settings} onSettings={onSettings} />
        </ToastProvider>
      </ServicesProvider>
    </I18nextProvider>
  );
}

async function start() {
  const [settings, systemLocale] = await Promise.all([desktop.getSettings(), desktop.systemLocale()]);
  const language = resolveLanguage(settings.language, systemLocale);
  document.documentElement.lang = language;
  const i18n = await createI18n(language);
  const services: Services = { repos: createRepositories(), desktop };
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Root services={services} i18n={i18n} initial={settings} systemLocale={systemLocale} />
    </StrictMode>,
  );
  // Tests and the benchmark wait for this signal instead of guessing with delays.
  document.documentElement.dataset.ready = 'true';
}

void start();
