import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { districtByCode } from '../../../shared/codes/districts';
import type { DecidePresets } from '../../../shared/decide';
import type { BatchRecord } from '../../../shared/schemas/batch';
import { memberTotals } from '../../db/batch-docs';
import { useServices } from '../../app/services';

export interface BatchRow {
  batch: BatchRecord;
  count: number;
  weightG: number;
  valueFen: number | null;
}

/** Every batch with its totals, live: a status change on the Returns page shows here at once. */
export function useBatchRows(): { rows: BatchRow[] | undefined; presets: DecidePresets | undefined } {
  const { repos } = useServices();
  const presets = useLiveQuery(() => repos.presets.get(), [repos]);
  const rows = useLiveQuery(async () => {
    const [batches, p] = await Promise.all([repos.batches.list(), repos.presets.get()]);
    return Promise.all(batches.map(async (batch) => ({ batch, ...memberTotals(await repos.batches.members(batch), p.rates) })));
  }, [repos]);
  return { rows, presets };
}

/** District names are data in both languages; pick the one matching the UI. */
export function useDistrictName() {
  const { i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  return (code: string) => {
    const d = districtByCode(code);
    return d ? `${code} · ${zh ? d.zh : d.en}` : code;
  };
}
