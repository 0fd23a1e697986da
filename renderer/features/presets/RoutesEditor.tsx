import { useTranslation } from 'react-i18next';
import { locationName } from '../../../shared/decide/location-name';
import { DISTRICT_CODES } from '../../../shared/codes/districts';
import { CURRENCIES } from '../../../shared/codes/ledger-codes';
import { TRANSPORT_MODES } from '../../../shared/decide';
import { localToday } from '../../../shared/dates';
import { PresetsTable, RemoveCell, SelectCell, TextCell, patchAt, removeAt, useDistrictLabel, type ListUpdate } from './cells';
import { newId, type LocationDraft, type RouteDraft } from './presets-draft';
import type { ErrorAt } from './use-presets-errors';

type TextKey = 'fixedMinor' | 'perParcelMinor' | 'perKgMinor' | 'minChargeG' | 'transitDays';
const NUMBERS: TextKey[] = ['fixedMinor', 'perParcelMinor', 'perKgMinor', 'minChargeG', 'transitDays'];

/**
 * Ways home, grouped under the location they leave from. Indices stay those of the one flat
 * list the schema checks, so an error's path finds its input.
 */
export function RoutesEditor({ routes, locations, onChange, errorAt }: {
  routes: RouteDraft[]; locations: LocationDraft[]; onChange: ListUpdate<RouteDraft>; errorAt: ErrorAt;
}) {
  const { t, i18n } = useTranslation('presets');
  const districtLabel = useDistrictLabel();
  const known = new Set(locations.map((l) => l.id));
  const orphans = routes.some((r) => !known.has(r.locationId));
  const groups = [
    ...locations.map((l) => ({ id: l.id, name: locationName(l, i18n.language) || t('locations.unnamed') })),
    ...(orphans ? [{ id: null, name: t('routes.noLocation') }] : []),
  ];
  const head = [t('field.districtCode'), t('field.mode'), t('field.currency'), ...NUMBERS.map((k) => t(`field.${k}`)), t('field.validFrom'), t('field.validTo'), ''];
  const add = (locationId: string) => onChange((list) => [...list, {
    id: newId('route'), locationId, districtCode: '2200', mode: 'air', currency: 'CNY',
    fixedMinor: '', perParcelMinor: '', perKgMinor: '', minChargeG: '0', transitDays: '', validFrom: localToday(), validTo: null,
  }]);

  return (
    <div className="presets-panel">
      <p className="muted">{t('routes.hint')}</p>
      {groups.map((group) => (
        <section key={group.id ?? ''} className="presets-group" aria-label={group.name}>
          <h3>{group.name}</h3>
          <PresetsTable head={head} footer={group.id !== null && <button type="button" onClick={() => add(group.id)}>{t('routes.add')}</button>}>
            {routes.map((route, i) => {
              if (group.id === null ? known.has(route.locationId) : route.locationId !== group.id) return null;
              const set = (patch: Partial<RouteDraft>) => onChange((list) => patchAt(list, i, patch));
              const at = (field: string) => errorAt(`routes.${i}.${field}`);
              return (
                <tr key={route.id} data-testid={`route-${route.id}`}>
                  <SelectCell label={t('field.districtCode')} value={route.districtCode} values={DISTRICT_CODES} text={districtLabel} onChange={(districtCode) => set({ districtCode })} error={at('districtCode')} />
                  <SelectCell label={t('field.mode')} value={route.mode} values={TRANSPORT_MODES} text={(m) => t(`mode.${m}`)} onChange={(mode) => set({ mode })} error={at('mode')} />
                  <SelectCell label={t('field.currency')} value={route.currency} values={CURRENCIES} text={(c) => c} onChange={(currency) => set({ currency })} error={at('currency')} />
                  {NUMBERS.map((key) => (
                    <TextCell key={key} label={t(`field.${key}`)} className={key === 'minChargeG' || key === 'transitDays' ? 'num short' : 'num'} inputMode={key === 'transitDays' ? 'numeric' : 'decimal'}
                      value={route[key]} onChange={(v) => set({ [key]: v })} error={at(key)} />
                  ))}
                  <TextCell label={t('field.validFrom')} type="date" value={route.validFrom} onChange={(validFrom) => set({ validFrom })} error={at('validFrom')} />
                  <TextCell label={t('field.validTo')} type="date" value={route.validTo ?? ''} onChange={(v) => set({ validTo: v === '' ? null : v })} error={at('validTo')} />
                  <RemoveCell label={t('routes.remove')} onClick={() => onChange((list) => removeAt(list, i))} />
                </tr>
              );
            })}
          </PresetsTable>
        </section>
      ))}
    </div>
  );
}
