import { useTranslation } from 'react-i18next';
import { locationName } from '../../../shared/decide/location-name';
import { DEFAULT_FILTERS, type DashboardFilters } from '../../../shared/dashboard';
import type { DecidePresets } from '../../../shared/decide';
import { useFormat } from '../../i18n/format';

interface Props {
  filters: DashboardFilters;
  onChange: (next: DashboardFilters) => void;
  platforms: string[];
  countries: string[];
  locations: DecidePresets['locations'];
}

/** Date range, platform, buyer country and overseas location; changes apply at once and are remembered. */
export function FiltersBar({ filters, onChange, platforms, countries, locations }: Props) {
  const { t, i18n } = useTranslation(['dashboard', 'ledger', 'common']);
  const f = useFormat();
  const set = (patch: Partial<DashboardFilters>) => onChange({ ...filters, ...patch });
  const changed = JSON.stringify(filters) !== JSON.stringify(DEFAULT_FILTERS);
  return (
    <div className="toolbar dash-filters" role="group" aria-label={t('filters.label')}>
      <label className="inline-label">{t('filters.from')}
        <input type="date" value={filters.from} max={filters.to || undefined} onChange={(e) => set({ from: e.target.value })} />
      </label>
      <label className="inline-label">{t('filters.to')}
        <input type="date" value={filters.to} min={filters.from || undefined} onChange={(e) => set({ to: e.target.value })} />
      </label>
      <label className="inline-label">{t('filters.platform')}
        <select value={filters.platform} onChange={(e) => set({ platform: e.target.value as DashboardFilters['platform'] })}>
          <option value="">{t('common:table.all')}</option>
          {(filters.platform && !platforms.includes(filters.platform) ? [filters.platform, ...platforms] : platforms).map((p) => <option key={p} value={p}>{t(`ledger:platform.${p}`)}</option>)}
        </select>
      </label>
      <label className="inline-label">{t('filters.country')}
        <select value={filters.country} onChange={(e) => set({ country: e.target.value })}>
          <option value="">{t('common:table.all')}</option>
          {/* A remembered country stays selectable while the orders that list countries are still being read. */}
          {(filters.country && !countries.includes(filters.country) ? [filters.country, ...countries] : countries).map((c) => <option key={c} value={c}>{f.country(c)}</option>)}
        </select>
      </label>
      <label className="inline-label">{t('filters.location')}
        <select value={filters.locationId} onChange={(e) => set({ locationId: e.target.value })}>
          <option value="">{t('common:table.all')}</option>
          {locations.map((l) => <option key={l.id} value={l.id}>{locationName(l, i18n.language)}</option>)}
        </select>
      </label>
      <button type="button" onClick={() => onChange(DEFAULT_FILTERS)} disabled={!changed}>{t('filters.reset')}</button>
    </div>
  );
}
