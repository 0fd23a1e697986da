import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LABEL_SIZES, type Settings } from '../../../shared/bridge/settings';
import { loadDemoData } from '../../db/demo-repo';
import { useServices } from '../../app/services';
import { useToast } from '../../app/toast';
import { Field } from '../../components/Field';
import { CodeSelect } from '../../components/Select';
import { LanguageSelect } from '../../app/LanguageSelect';
import { PresetsSection } from '../presets/PresetsSection';

type SellerKey = keyof Settings['seller'];
const SELLER_FIELDS: SellerKey[] = ['companyZh', 'companyEn', 'uscc', 'customsCode', 'address', 'contact', 'phone'];

export function SettingsPage({ settings, onChange }: { settings: Settings; onChange: (next: Settings) => void }) {
  const { t } = useTranslation(['ledger', 'common']);
  const { repos, desktop } = useServices();
  const notify = useToast();
  const [seller, setSeller] = useState(settings.seller);
  const [busy, setBusy] = useState(false);

  const loadDemo = async () => {
    setBusy(true);
    try {
      const counts = await loadDemoData(repos.db);
      notify(t('common:toast.demoLoaded', { ...counts }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page page-scroll">
      <header className="page-header"><h1>{t('settings.title')}</h1></header>
      <section className="card">
        <h2>{t('settings.general')}</h2>
        <div className="form-grid">
          <Field label={t('common:language.label')}><LanguageSelect settings={settings} onChange={onChange} /></Field>
          <Field label={t('settings.labelSize')}>
            <CodeSelect values={LABEL_SIZES} value={settings.labelSize} label={(s) => t(`settings.labelSizes.${s}`)}
              onChange={async (labelSize) => labelSize && onChange(await desktop.updateSettings({ labelSize }))} />
          </Field>
        </div>
        <p className="muted">{t('settings.runningIn', { kind: t(`settings.kind.${desktop.kind}`) })}</p>
      </section>
      <section className="card">
        <h2>{t('settings.seller')}</h2>
        <form className="form-grid" onSubmit={async (e) => {
          e.preventDefault();
          onChange(await desktop.updateSettings({ seller }));
          notify(t('common:toast.saved'));
        }}>
          {SELLER_FIELDS.map((key) => (
            <Field key={key} label={t(`settings.${key}`)} wide={key === 'address'}>
              <input value={seller[key]} onChange={(e) => setSeller((s) => ({ ...s, [key]: e.target.value }))} />
            </Field>
          ))}
          <div className="form-actions"><span className="spacer" /><button type="submit" className="primary">{t('common:actions.save')}</button></div>
        </form>
      </section>
      <section className="card"><h2>{t('presets:title')}</h2><PresetsSection /></section>
      <section className="card">
        <h2>{t('settings.demo')}</h2>
        <p>{t('settings.demoHint')}</p>
        <button type="button" className="primary" onClick={loadDemo} disabled={busy}>{t('common:actions.loadDemo')}</button>
      </section>
    </div>
  );
}
