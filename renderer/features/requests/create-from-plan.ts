import { localToday } from '../../../shared/dates';
import type { BatchRecord } from '../../../shared/schemas/batch';
import type { Repositories } from '../../db/repositories';

/** What the Decide page knows when the user accepts a planned shipment. */
export interface BatchPlanChoice {
  locationId: string;
  routeId: string | null;
  districtCode: string;
  mode: BatchRecord['transportMode'];
  returnIds: string[];
}

/**
 * Creates a draft batch from a Decide plan and returns its id: the next free request no. of
 * the year, today as the planned date, "consumer return" as the reason. The user completes
 * carrier, waybill and site on the Requests page. Refusals (a return no longer decided, …)
 * arrive as ValidationFailed, like every repository write.
 */
export async function createBatchFromPlan(repos: Pick<Repositories, 'batches'>, plan: BatchPlanChoice, now = new Date()): Promise<string> {
  const today = localToday(now);
  const batch = await repos.batches.create({
    requestNo: await repos.batches.nextRequestNo(Number(today.slice(0, 4))),
    locationId: plan.locationId,
    routeId: plan.routeId,
    returnDistrict: plan.districtCode,
    supervisedSite: '',
    transportMode: plan.mode,
    carrier: '',
    masterWaybill: '',
    reasonCategory: 'consumer_return',
    rebateCertificateNo: '',
    plannedDate: today,
    returnIds: plan.returnIds,
  });
  return batch.id;
}
