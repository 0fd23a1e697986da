import { localToday } from '../../../shared/dates';
import type { BatchInput, BatchRecord } from '../../../shared/schemas/batch';

/** The new/edit form's state: selects may be empty until chosen, everything else is text. */
export interface BatchDraft {
  requestNo: string;
  locationId: string;
  routeId: string;
  returnDistrict: string;
  supervisedSite: string;
  transportMode: BatchRecord['transportMode'] | '';
  carrier: string;
  masterWaybill: string;
  reasonCategory: BatchRecord['reasonCategory'] | '';
  rebateCertificateNo: string;
  plannedDate: string;
  returnIds: string[];
}

export function toDraft(record: BatchRecord | null, today = localToday()): BatchDraft {
  if (record) return { ...record, routeId: record.routeId ?? '' };
  return {
    requestNo: '', locationId: '', routeId: '', returnDistrict: '', supervisedSite: '', transportMode: '', carrier: '',
    masterWaybill: '', reasonCategory: 'consumer_return', rebateCertificateNo: '', plannedDate: today, returnIds: [],
  };
}

/** Empty selects go through as they are: the schema refuses them, naming the field. */
export function toInput(d: BatchDraft): BatchInput {
  return { ...d, routeId: d.routeId || null, transportMode: d.transportMode as BatchInput['transportMode'], reasonCategory: d.reasonCategory as BatchInput['reasonCategory'] };
}
