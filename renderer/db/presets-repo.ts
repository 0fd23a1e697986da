import { parseOrThrow } from '../../shared/errors';
import { decidePresets, SEED_PRESETS, type DecidePresets } from '../../shared/decide';
import { nowIso, type HomeboundDb } from './database';
import { guardStorage } from './storage-errors';

/**
 * The decision model's editable data (locations, routes, fees, rates, rules), one record in
 * the `presets` table. Until the user saves their own, the seeded defaults apply.
 */
export const PRESETS_ID = 'decide-presets';

export interface PresetsRecord {
  id: string;
  presets: DecidePresets;
  updatedAt: string;
}

export class PresetsRepo {
  constructor(private readonly db: HomeboundDb) {}

  async get(): Promise<DecidePresets> {
    const stored = await this.db.presets.get(PRESETS_ID);
    // A stored copy that no longer validates (an older app wrote it) falls back to the seed
    // rather than stopping Decide from opening.
    const parsed = stored ? decidePresets.safeParse(stored.presets) : null;
    return parsed?.success ? parsed.data : SEED_PRESETS;
  }

  async isCustomised(): Promise<boolean> {
    return (await this.db.presets.get(PRESETS_ID)) !== undefined;
  }

  async save(presets: DecidePresets): Promise<DecidePresets> {
    const value = parseOrThrow(decidePresets, presets);
    await guardStorage(() => this.db.presets.put({ id: PRESETS_ID, presets: value, updatedAt: nowIso() }));
    return value;
  }

  async reset(): Promise<DecidePresets> {
    await guardStorage(() => this.db.presets.delete(PRESETS_ID));
    return SEED_PRESETS;
  }
}
