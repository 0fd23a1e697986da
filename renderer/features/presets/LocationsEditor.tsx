import { useTranslation } from 'react-i18next';
import { removeAt, type ListUpdate } from './cells';
import { LocationCard } from './LocationCard';
import { newId, type LocationDraft } from './presets-draft';
import type { ErrorAt } from './use-presets-errors';

function emptyLocation(): LocationDraft {
  return {
    id: newId('loc'), name: '', country: '', address: '', currency: 'USD',
    disposal: [{ validFrom: '2024-01-01', bands: [{ upToG: '500', feeMinor: '' }], overBaseMinor: '', overPerKgMinor: '' }],
    liquidationRateBp: '0', handlingMinor: '', relistFees: { inboundMinor: '', inspectionMinor: '', relabelMinor: '', storageMinor: '' },
    resalePriceFactorBp: '', sellThroughBp: '', platformFeeBp: '', firstLegLabelMinor: '', relistGrades: ['A', 'B'],
    // A new address starts with what any address has; the person adds a liquidator or a relist channel when there is one.
    channels: { returnless: true, dispose: true, liquidate: false, relist: false },
  };
}

export function LocationsEditor({ locations, onChange, errorAt }: { locations: LocationDraft[]; onChange: ListUpdate<LocationDraft>; errorAt: ErrorAt }) {
  const { t } = useTranslation('presets');
  return (
    <div className="presets-panel presets-stack">
      <p className="muted">{t('locations.hint')}</p>
      {locations.map((location, i) => (
        <LocationCard key={location.id} location={location} index={i} errorAt={errorAt}
          onChange={(update) => onChange((list) => list.map((l, j) => (j === i ? update(l) : l)))}
          onRemove={() => onChange((list) => removeAt(list, i))} />
      ))}
      <div><button type="button" onClick={() => onChange((list) => [...list, emptyLocation()])}>{t('locations.add')}</button></div>
    </div>
  );
}
