import type { Decision, DecisionInput, Option } from '../../shared/decide';
import { namedList, ValidationFailed } from '../../shared/errors';
import { handSteps, type ReturnStatus } from '../../shared/ledger/return-status';
import type { Order } from '../../shared/schemas/order';
import type { ReturnInput, ReturnRecord } from '../../shared/schemas/return';
import { nowIso, type HomeboundDb } from './database';
import { DecisionsRepo } from './decisions-repo';
import { PresetsRepo } from './presets-repo';
import { guardStorage } from './storage-errors';

/** The fields one bulk action sets on many returns at once. */
export type ReturnPatch = Partial<Pick<ReturnInput, 'locationId' | 'grade' | 'whereabouts'>>;


/**
 * Actions on many records at once, each one transaction: all of the records change or none.
 * Each hands back the records as they were, for the toast's undo.
 */
export class BulkRepo {
  constructor(private readonly db: HomeboundDb) {}

  /** Sets location, grade or whereabouts on every return given. */
  setReturns(ids: readonly string[], patch: ReturnPatch): Promise<ReturnRecord[]> {
    return this.write(async () => {
      const before = await this.mustGetReturns(ids);
      if (patch.locationId) await this.assertLocation(patch.locationId);
      const at = nowIso();
      await this.db.returns.bulkPut(before.map((r) => ({ ...r, ...patch, updatedAt: at })));
      return before;
    });
  }

  /** One status step for every return given; refused, naming them, if any of them cannot take it. */
  moveReturns(ids: readonly string[], to: ReturnStatus, note = ''): Promise<ReturnRecord[]> {
    return this.write(async () => {
      const before = await this.mustGetReturns(ids);
      const blocked = before.filter((r) => !handSteps(r).includes(to));
      if (blocked.length > 0) {
        throw new ValidationFailed([{ field: 'status', key: 'errors.bulkBlocked', params: { to, count: blocked.length, list: namedList(blocked.map((r) => r.rmaNo)) } }]);
      }
      const at = nowIso();
      await this.db.returns.bulkPut(before.map((r) => ({ ...r, status: to, history: [...r.history, { status: to, at, note }], updatedAt: at })));
      return before;
    });
  }

  /** Puts returns back as they were before a bulk action (the undo). */
  restoreReturns(records: readonly ReturnRecord[]): Promise<void> {
    return this.write(async () => {
      await this.db.returns.bulkPut(records as ReturnRecord[]);
    });
  }

  /**
   * Accepts a decision for each return (the caller priced them with the pure model), all in
   * one transaction. Hands back what the undo needs: the decisions made and the returns before.
   */
  acceptDecisions(items: readonly { input: DecisionInput; decision: Decision; chosen: Option }[]): Promise<{ decisionIds: string[]; before: ReturnRecord[] }> {
    return this.write(async () => {
      const before = await this.mustGetReturns(items.map((i) => i.decision.returnId));
      const decisions = new DecisionsRepo(this.db);
      const decisionIds: string[] = [];
      for (const { input, decision, chosen } of items) decisionIds.push((await decisions.accept(input, decision, chosen)).id);
      return { decisionIds, before };
    });
  }

  /** Takes back decisions accepted together, and puts their returns back as they were. */
  undoDecisions(undo: { decisionIds: string[]; before: ReturnRecord[] }): Promise<void> {
    return this.write(async () => {
      await this.db.decisions.bulkDelete(undo.decisionIds);
      await this.db.returns.bulkPut(undo.before);
    });
  }

  /** Deletes the orders; refused, naming them, if returns point at any. */
  removeOrders(ids: readonly string[]): Promise<Order[]> {
    return this.write(async () => {
      const withReturns = new Set<string>();
      const wanted = new Set(ids);
      // One walk over the returns' order index, not one query per order.
      await this.db.returns.orderBy('orderId').eachKey((orderId) => {
        if (wanted.has(orderId as string)) withReturns.add(orderId as string);
      });
      const before = (await this.db.orders.bulkGet(ids as string[])).filter((o): o is Order => o !== undefined);
      const blocked = before.filter((o) => withReturns.has(o.id));
      if (blocked.length > 0) {
        throw new ValidationFailed([{ field: 'orderNo', key: 'errors.bulkHasReturns', params: { count: blocked.length, list: namedList(blocked.map((o) => o.orderNo)) } }]);
      }
      await this.db.orders.bulkDelete(before.map((o) => o.id));
      return before;
    });
  }

  /** Puts deleted orders back (the undo). */
  restoreOrders(records: readonly Order[]): Promise<void> {
    return this.write(async () => {
      await this.db.orders.bulkAdd(records as Order[]);
    });
  }

  private async mustGetReturns(ids: readonly string[]): Promise<ReturnRecord[]> {
    const found = await this.db.returns.bulkGet(ids as string[]);
    const missing = found.findIndex((r) => r === undefined);
    if (missing >= 0) throw new ValidationFailed([{ field: 'rmaNo', key: 'errors.notFound' }]);
    return found as ReturnRecord[];
  }

  private async assertLocation(locationId: string): Promise<void> {
    const { locations } = await new PresetsRepo(this.db).get();
    if (!locations.some((l) => l.id === locationId)) throw new ValidationFailed([{ field: 'locationId', key: 'errors.unknownLocation' }]);
  }

  private write<T>(work: () => Promise<T>): Promise<T> {
    return guardStorage(() => this.db.transaction('rw', [this.db.orders, ...this.db.keptWithOrders, this.db.returns, this.db.presets, this.db.decisions], work));
  }
}
