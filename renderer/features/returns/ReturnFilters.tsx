import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { locationName } from '../../../shared/decide/location-name';
import { PLATFORMS, RETURN_REASONS } from '../../../shared/codes/ledger-codes';
import { RETURN_STATUSES } from '../../../shared/ledger/return-status';
import type { DecidePresets } from '../../../shared/decide';
import { NO_LOCATION, PENDING } from '../../db/returns-query';
import { useServices } from '../../app/services';
import type { UrlState } from '../../app/url-state';
import { CodeSelect } from '../../components/Select';
import { useFormat } from '../../i18n/format';
import type { ReturnUrlKey } from './return-filters';

/** The returns list's filters; every change goes to the URL (return-filters.ts). */
export function ReturnFilters({ state, set, presets }: { state: UrlState<ReturnUrlKey>; set: (patch: Partial<Record<ReturnUrlKey, string>>) => void; presets: DecidePresets | undefined }) {
  const { t, i18n } = useTranslation(['ledger', 'common']);
  const { repos } = useServices();
  const f = useFormat();
  const countries = useLiveQuery(() => repos.orders.countries(), [repos]) ?? [];
  const all = t('common:table.all');
  const locations = presets?.locations ?? [];
  return (
    <div className="toolbar filters" role="group" aria-label={t('common:table.filter')}>
      <label className="inline-label">{t('field.status')}
        <select value={state.status} onChange={(e) => set({ status: e.target.value })}>
          <option value="">{all}</option>
          <option value={PENDING}>{t('returns.pending')}</option>
          {RETURN_STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
        </select>
      </label>
      <label className="inline-label">{t('field.reason')}
        <CodeSelect values={RETURN_REASONS} value={state.reason as never} onChange={(v) => set({ reason: v })} allowEmpty emptyLabel={all} label={(s) => t(`reason.${s}`)} />
      </label>
      <label className="inline-label">{t('field.locationId')}
        <select value={state.location} onChange={(e) => set({ location: e.target.value })}>
          <option value="">{all}</option>
          <option value={NO_LOCATION}>{t('returns.noLocation')}</option>
          {locations.map((l) => <option key={l.id} value={l.id}>{locationName(l, i18n.language)}</option>)}
        </select>
      </label>
      <label className="inline-label">{t('field.platform')}
        <CodeSelect values={PLATFORMS} value={state.platform as never} onChange={(v) => set({ platform: v })} allowEmpty emptyLabel={all} label={(p) => t(`platform.${p}`)} />
      </label>
      <label className="inline-label">{t('field.buyerCountry')}
        <CodeSelect values={countries} value={state.country} onChange={(v) => set({ country: v })} allowEmpty emptyLabel={all} label={(c) => f.country(c)} />
      </label>
      <label className="inline-label">{t('returns.from')}
        <input type="date" value={state.from} max={state.to || undefined} onChange={(e) => set({ from: e.target.value })} />
      </label>
      <label className="inline-label">{t('returns.to')}
        <input type="date" value={state.to} min={state.from || undefined} onChange={(e) => set({ to: e.target.value })} />
      </label>
      {state.sku && (
        <span className="inline-label" data-testid="linked-filter">{`${t('field.sku')}: ${state.sku}`}
          <button type="button" onClick={() => set({ sku: '' })}>{t('common:actions.clear')}</button>
        </span>
      )}
    </div>
  );
}
