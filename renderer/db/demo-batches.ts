import { localToday } from '../../shared/dates';
import type { DecidePresets } from '../../shared/decide';
import { demoSiteName } from '../../shared/demo/demo-sites';
import { parseOrThrow } from '../../shared/errors';
import { newId } from '../../shared/ids';
import type { ReturnStatus } from '../../shared/ledger/return-status';
import { BATCH_STATUSES, batchInput, type BatchRecord, type BatchStatus } from '../../shared/schemas/batch';
import { BatchesRepo } from './batches-repo';
import { nowIso, type HomeboundDb } from './database';

/** Where the demo's returns already are, for each status their batch would have. */
const MEMBERS_AT: Record<BatchStatus, ReturnStatus> = { draft: 'in_batch', submitted: 'in_transit', cleared: 'cleared', received: 'received_china' };

/**
 * The demo's return batches, one in each status (draft, submitted, cleared, received), so the
 * Requests page and its documents show something on first run. The demo year already has
 * returns on their way home (in a batch, in transit, cleared, received in China) without a
 * batch record: each batch gathers up to three of them at one location with a route, in the
 * status they are in, naming the demo's supervised site of its district (shared/demo/demo-sites.ts,
 * which Load demo data adds to Settings). Called inside the demo's one transaction; made once.
 */
export async function addDemoBatches(db: HomeboundDb, presets: DecidePresets): Promise<number> {
  if ((await db.batches.count()) > 0) return 0;
  const repo = new BatchesRepo(db);
  const year = Number(localToday().slice(0, 4));
  const at = nowIso();
  let made = 0;
  for (const status of BATCH_STATUSES) {
    const waiting = (await db.returns.where('status').equals(MEMBERS_AT[status]).toArray()).filter((r) => r.batchId === null && r.locationId !== null);
    const route = presets.routes.find((rt) => waiting.some((r) => r.locationId === rt.locationId));
    if (!route) continue;
    const members = waiting.filter((r) => r.locationId === route.locationId).sort((a, b) => a.rmaNo.localeCompare(b.rmaNo)).slice(0, 3);
    const input = parseOrThrow(batchInput, {
      requestNo: await repo.nextRequestNo(year), locationId: route.locationId, routeId: route.id, returnDistrict: route.districtCode,
      supervisedSite: demoSiteName(route.districtCode), transportMode: route.mode, carrier: '', masterWaybill: '', reasonCategory: 'consumer_return', rebateCertificateNo: '',
      plannedDate: localToday(), returnIds: members.map((r) => r.id),
    });
    const steps = BATCH_STATUSES.slice(0, BATCH_STATUSES.indexOf(status) + 1);
    const batch: BatchRecord = { ...input, id: newId(), status, history: steps.map((s) => ({ status: s, at })), createdAt: at, updatedAt: at };
    await db.batches.add(batch);
    await db.returns.bulkPut(members.map((r) => ({ ...r, batchId: batch.id })));
    made++;
  }
  return made;
}
