import { describe, expect, it } from 'vitest';
import { DashboardLoader } from '../../../renderer/db/dashboard-sources';
import type { DecisionRecord } from '../../../shared/schemas/decision';
import { aDecisionRow } from '../../builders/dashboard';
import { freshRepositories } from './test-db';

/** Ids (ULIDs, so they sort by time: what the stamp reads) and what the dashboard reads of a decision. */
const decision = (id: string) => ({
  id, ...aDecisionRow(`r-${id}`, 'dispose', { on: '2026-06-01', net: -100, baseline: -100, dispose: -100, recovery: 0, costs: [100], qty: 1, weightG: 380, goodsCostFen: 2600, platform: 'amazon', locationId: 'us-amazon' }),
}) as unknown as DecisionRecord;

describe("the stamp the dashboard's kept figures are checked against", () => {
  it('is the same from the quick glance and from reading every decision', async () => {
    const { db } = freshRepositories();
    await db.decisions.bulkAdd(['01A', '01B', '01C'].map(decision));
    const loader = new DashboardLoader(db);
    expect((await loader.glance()).stamp).toBe((await loader.decisionsSide()).stamp);
    // Read two at a time: the same decisions and stamp (the first page holds the oldest, the last the newest).
    const paged = await new DashboardLoader(db, 2).decisionsSide();
    expect(paged).toEqual(await loader.decisionsSide());
    expect(paged.decisions).toHaveLength(3);
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
