import { describe, expect, it } from 'vitest';
import { DashboardLoader } from '../../../renderer/db/dashboard-sources';
import type { DecisionRecord } from '../../../shared/schemas/decision';
import { freshRepositories } from './test-db';

/** Only what the stamp reads: ids (ULIDs, so they sort by time). */
const decision = (id: string) => ({ id, returnId: `r-${id}`, decidedAt: '2026-06-01T00:00:00.000Z' }) as unknown as DecisionRecord;

describe("the stamp the dashboard's kept figures are checked against", () => {
  it('is the same from the quick glance and from reading every decision', async () => {
    const { db } = freshRepositories();
    await db.decisions.bulkAdd(['01A', '01B', '01C'].map(decision));
    const loader = new DashboardLoader(db);
    expect((await loader.glance()).stamp).toBe((await loader.decisionsSide()).stamp);
  });

  it('changes when decisions differ between the same first and last (a ledger restored from an older backup)', async () => {
    const { db } = freshRepositories();
    const loader = new DashboardLoader(db);
    await db.decisions.bulkAdd(['01A', '01B', '01C'].map(decision));
    const before = (await loader.glance()).stamp;
    await db.decisions.delete('01B');
    expect((await loader.glance()).stamp).not.toBe(before);
    expect((await loader.decisionsSide()).stamp).not.toBe(before);
  });
});
