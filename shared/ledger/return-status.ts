/**
 * A return's life, as a seller's after-sales staff track it. The map says which step may
 * follow which; the last six are outcomes and end the life.
 */
export const RETURN_STATUSES = [
  'requested', 'received_overseas', 'decided', 'in_batch', 'in_transit', 'cleared', 'received_china',
  'restocked', 'refurbished', 'disposed', 'liquidated', 'relisted', 'kept_by_buyer',
] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];

const ABANDON_OUTCOMES = ['disposed', 'liquidated', 'relisted', 'kept_by_buyer'] as const;

export const NEXT_STATUSES: Readonly<Record<ReturnStatus, readonly ReturnStatus[]>> = {
  requested: ['received_overseas', 'decided', 'kept_by_buyer'],
  received_overseas: ['decided', ...ABANDON_OUTCOMES],
  decided: ['in_batch', ...ABANDON_OUTCOMES],
  in_batch: ['in_transit', 'decided'],
  in_transit: ['cleared'],
  cleared: ['received_china'],
  received_china: ['restocked', 'refurbished', 'disposed'],
  restocked: [],
  refurbished: [],
  disposed: [],
  liquidated: [],
  relisted: [],
  kept_by_buyer: [],
};

export function canMove(from: ReturnStatus, to: ReturnStatus): boolean {
  return NEXT_STATUSES[from].includes(to);
}

export function isFinal(status: ReturnStatus): boolean {
  return NEXT_STATUSES[status].length === 0;
}

/** While a return travels in a batch, the batch moves it (Requests page), so the two never disagree. */
export const BATCH_DRIVEN: ReadonlySet<ReturnStatus> = new Set(['in_batch', 'in_transit', 'cleared']);

/** The steps a return can be moved by hand: none while its batch drives it. */
export function handSteps(r: { status: ReturnStatus; batchId: string | null }): readonly ReturnStatus[] {
  return r.batchId !== null && BATCH_DRIVEN.has(r.status) ? [] : NEXT_STATUSES[r.status];
}
