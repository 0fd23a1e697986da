import type { Rejection } from './cells';
import type { Unresolved } from './coded';
import type { OrderCandidate, OrdersMapped } from './map-orders';
import type { ReturnCandidate } from './map-returns';
import type { ImportParsed, Inspection } from './run-import';

/**
 * What an import would do (or did), small enough to send from the import worker to the page:
 * counts, a short preview, the rejected rows and the unlinked returns. The checked records
 * themselves stay in the worker, which writes them; a 100,000-row file never crosses to the
 * window's thread.
 */
export interface ImportPlan {
  added: number;
  updated: number;
  unchanged: number;
  rejected: Rejection[];
  /** Returns whose order or line is not in the ledger. */
  unlinked: ReturnCandidate[];
}

export interface ImportReview {
  inspection: Inspection;
  /** null while the file waits for a column mapping. */
  kind: 'orders' | 'returns' | null;
  dayOrder: OrdersMapped['dayOrder'] | null;
  decimalComma: boolean;
  /** The first orders, for the preview table. */
  preview: OrderCandidate[];
  /** Some line took its customs data from the import defaults: open the defaults box. */
  usedDefaults: boolean;
  /** Some line was rejected for want of an HS code or a buyer country: open the defaults box. */
  missingHsCode: boolean;
  added: number;
  updated: number;
  unchanged: number;
  unlinked: ReturnCandidate[];
  /** Every rejected row, from reading, checking and planning, in file order. */
  rejections: Rejection[];
  /** Distinct values no reader knew, each with its row count, for the user to resolve once. */
  unresolved: Unresolved[];
}

export const PREVIEW_ORDERS = 20;

export function reviewOf(parsed: ImportParsed, plan: ImportPlan | null): ImportReview {
  const orders = parsed.orders;
  const mappedRejections = orders?.rejected ?? parsed.returns?.rejected ?? [];
  const rejections = [...parsed.broken, ...mappedRejections, ...(plan?.rejected ?? [])].sort((a, b) => a.row - b.row);
  return {
    inspection: parsed.inspection,
    kind: orders ? 'orders' : parsed.returns ? 'returns' : null,
    dayOrder: orders?.dayOrder ?? null,
    decimalComma: orders?.decimalComma ?? false,
    preview: orders?.orders.slice(0, PREVIEW_ORDERS) ?? [],
    usedDefaults: orders?.orders.some((o) => o.filled.includes('defaults')) ?? false,
    missingHsCode: orders?.rejected.some((r) => r.field === 'hsCode' || (r.field === 'buyerCountry' && r.key === 'errors.required')) ?? false,
    added: plan?.added ?? 0,
    updated: plan?.updated ?? 0,
    unchanged: plan?.unchanged ?? 0,
    unlinked: plan?.unlinked ?? [],
    rejections,
    unresolved: orders?.unresolved ?? [],
  };
}

/** Records the confirm button would write. */
export const writableCount = (review: Pick<ImportReview, 'added' | 'updated'>): number => review.added + review.updated;
