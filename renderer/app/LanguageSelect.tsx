import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Settings } from '../../shared/bridge/settings';
import { useServices } from './services';

/** 简体中文 / English / follow the system; the choice is remembered in settings. */
export function LanguageSelect({ settings, onChange, id }: { settings: Settings; onChange: (next: Settings) => void; id?: string }) {
  const { t } = useTranslation();
  const { desktop } = useServices();
  return (
    <select id={id} aria-label={t('language.label')} value={settings.language}
      onChange={async (e) => onChange(await desktop.updateSettings({ language: e.target.value as Settings['language'] }))}>
      {LANGUAGES.map((l) => <option key={l} value={l}>{t(`language.${l}`)}</option>)}
    </select>
  );
}
