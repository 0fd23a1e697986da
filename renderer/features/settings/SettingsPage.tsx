import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LABEL_SIZES, type Settings } from '../../../shared/bridge/settings';
import { useLoadDemo } from '../../app/use-load-demo';
import { useServices } from '../../app/services';
import { Field } from '../../components/Field';
import type { FieldError } from '../../../shared/errors';
import { isValidCustomsCode, isValidUscc } from '../../../shared/validators';
import { ProfileCard } from './ProfileCard';
import { SitesCard } from './SitesCard';
import { StorageCard } from './StorageCard';
import { CodeSelect } from '../../components/Select';
import { LanguageSelect } from '../../app/LanguageSelect';
import { PresetsSection } from '../presets/PresetsSection';

type SellerKey = keyof Settings['seller'];
type BrokerKey = keyof Settings['broker'];
const SELLER_FIELDS: SellerKey[] = ['companyZh', 'companyEn', 'uscc', 'customsCode', 'address', 'contact', 'phone'];
const BROKER_FIELDS: BrokerKey[] = ['name', 'customsCode', 'contact', 'phone', 'address'];

/** Identifiers the return request prints must pass their checks; empty is allowed until then. */
function checkSeller(s: Settings['seller']): FieldError[] {
  const errors: FieldError[] = [];
  if (s.uscc.trim() && !isValidUscc(s.uscc.trim())) errors.push({ field: 'uscc', key: 'errors.uscc' });
  if (s.customsCode.trim() && !isValidCustomsCode(s.customsCode.trim())) errors.push({ field: 'customsCode', key: 'errors.customsCode' });
  return errors;
}

function checkBroker(b: Settings['broker']): FieldError[] {
  return b.customsCode.trim() && !isValidCustomsCode(b.customsCode.trim()) ? [{ field: 'customsCode', key: 'errors.customsCode' }] : [];
}

export function SettingsPage({ settings, onChange }: { settings: Settings; onChange: (next: Settings) => void }) {
  const { t } = useTranslation(['ledger', 'common']);
  const { desktop } = useServices();
  const { load: loadDemo, busy } = useLoadDemo(onChange);
  // Another page may have changed the stored settings (Load demo data adds sites): start from them.
  useEffect(() => {
    void desktop.getSettings().then(onChange);
    // Once per visit; onChange is the app's setter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

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
      <ProfileCard title={t('settings.seller')} fields={SELLER_FIELDS} wide={['address']} initial={settings.seller}
        labelKey={(key) => `settings.${key}`} check={checkSeller}
        save={async (seller) => onChange(await desktop.updateSettings({ seller }))} />
      <ProfileCard title={t('settings.broker')} fields={BROKER_FIELDS} wide={['address']} initial={settings.broker}
        labelKey={(key) => `settings.brokerFields.${key}`} check={checkBroker}
        save={async (broker) => onChange(await desktop.updateSettings({ broker }))} />
      <SitesCard sites={settings.sites} onChange={onChange} />
      <section className="card"><h2>{t('presets:title')}</h2><PresetsSection /></section>
      <StorageCard />
      <section className="card">
        <h2>{t('settings.demo')}</h2>
        <p>{t('settings.demoHint')}</p>
        <button type="button" className="primary" onClick={loadDemo} disabled={busy}>{t('common:actions.loadDemo')}</button>
      </section>
    </div>
  );
}
