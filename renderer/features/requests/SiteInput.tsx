import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findSite, sitesForDistrict, type SupervisedSite } from '../../../shared/bridge/sites';
import { useServices } from '../../app/services';
import { Field } from '../../components/Field';
import { SITES_LINK } from '../settings/sites-link';
import { useDistrictName } from './use-batch-rows';

/**
 * The batch's supervised site: typed, or picked from the sites configured in Settings (those
 * of the return district first). The hint says who the labels will then be addressed to.
 */
export function SiteInput({ value, districtCode, onChange, error }: { value: string; districtCode: string; onChange: (value: string) => void; error?: string }) {
  const { t } = useTranslation(['requests', 'common']);
  const { desktop } = useServices();
  const districtName = useDistrictName();
  const listId = useId();
  // Read when the form opens, not from the app's state: Settings may have just changed them.
  const [sites, setSites] = useState<readonly SupervisedSite[]>([]);
  useEffect(() => {
    let live = true;
    void desktop.getSettings().then((s) => live && setSites(s.sites));
    return () => void (live = false);
  }, [desktop]);

  const site = findSite(sites, value);
  const hint = site
    ? t('hint.siteConsignee', { operator: site.operator.trim() || t('hint.siteNoOperator') })
    : <>{t(value.trim() ? 'hint.siteTyped' : sites.length ? 'hint.sitePick' : 'hint.siteNone')} <a href={SITES_LINK}>{t('hint.siteSettings')}</a></>;
  return (
    <>
      <Field label={t('field.supervisedSite')} error={error} wide hint={hint}>
        <input list={listId} value={value} onChange={(e) => onChange(e.target.value)} autoComplete="off" />
      </Field>
      <datalist id={listId}>
        {sitesForDistrict(sites, districtCode).map((s) => (
          <option key={s.name} value={s.name} label={[s.districtCode && districtName(s.districtCode), s.operator].filter(Boolean).join(' · ')} />
        ))}
      </datalist>
    </>
  );
}
