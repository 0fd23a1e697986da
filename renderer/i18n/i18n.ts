import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import enCommon from '../../shared/locales/en/common.json';
import enDashboard from '../../shared/locales/en/dashboard.json';
import enData from '../../shared/locales/en/data.json';
import enDecide from '../../shared/locales/en/decide.json';
import enLedger from '../../shared/locales/en/ledger.json';
import enPresets from '../../shared/locales/en/presets.json';
import enRequests from '../../shared/locales/en/requests.json';
import enReliability from '../../shared/locales/en/reliability.json';
import zhCommon from '../../shared/locales/zh-CN/common.json';
import zhDashboard from '../../shared/locales/zh-CN/dashboard.json';
import zhData from '../../shared/locales/zh-CN/data.json';
import zhDecide from '../../shared/locales/zh-CN/decide.json';
import zhLedger from '../../shared/locales/zh-CN/ledger.json';
import zhPresets from '../../shared/locales/zh-CN/presets.json';
import zhRequests from '../../shared/locales/zh-CN/requests.json';
import zhReliability from '../../shared/locales/zh-CN/reliability.json';
import type { Settings } from '../../shared/bridge/settings';

export type UiLanguage = 'zh-CN' | 'en';

export const MISSING_TEXT = '[missing text: ';

/** One namespace per feature, each a JSON file per language under shared/locales. */
export const resources = {
  en: { common: enCommon, ledger: enLedger, decide: enDecide, presets: enPresets, requests: enRequests, dashboard: enDashboard, data: enData, reliability: enReliability },
  'zh-CN': { common: zhCommon, ledger: zhLedger, decide: zhDecide, presets: zhPresets, requests: zhRequests, dashboard: zhDashboard, data: zhData, reliability: zhReliability },
} as const;

/** "Follow system" means Chinese for any zh-* system language, English otherwise. */
export function resolveLanguage(setting: Settings['language'], systemLocale: string): UiLanguage {
  if (setting !== 'system') return setting;
  return systemLocale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export async function createI18n(language: UiLanguage): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    ns: Object.keys(resources.en),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    // A missing text shows as a marker the end-to-end tests look for, never as a bare key.
    parseMissingKeyHandler: (key: string, defaultValue?: string) => defaultValue ?? `${MISSING_TEXT}${key}]`,
  });
  return instance;
}
