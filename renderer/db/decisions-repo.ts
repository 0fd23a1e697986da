import { ValidationFailed } from '../../shared/errors';
import type { Decision, Option } from '../../shared/decide';
import { newId } from '../../shared/ids';
import { canMove } from '../../shared/ledger/return-status';
import type { DecisionRecord } from '../../shared/schemas/decision';
import type { DecisionInput } from '../../shared/decide';
import { nowIso, type HomeboundDb } from './database';
import { guardStorage } from './storage-errors';

/** Accepted decisions, newest last per return; accepting one moves the return to "decided". */
export class DecisionsRepo {
  constructor(private readonly db: HomeboundDb) {}

  latestFor(returnId: string): Promise<DecisionRecord | undefined> {
    return this.db.decisions.where('returnId').equals(returnId).sortBy('decidedAt').then((list) => list[list.length - 1]);
  }

  list(): Promise<DecisionRecord[]> {
    return this.db.decisions.orderBy('decidedAt').toArray();
  }

  accept(input: DecisionInput, decision: Decision, chosen: Option): Promise<DecisionRecord> {
    if (!chosen.allowed) return Promise.reject(new ValidationFailed([{ field: 'option', key: 'errors.optionNotAllowed' }]));
    return guardStorage(() =>
      this.db.transaction('rw', this.db.returns, this.db.decisions, async () => {
        const ret = await this.db.returns.get(decision.returnId);
        if (!ret) throw new ValidationFailed([{ field: 'rmaNo', key: 'errors.notFound' }]);
        if (ret.status !== 'decided' && !canMove(ret.status, 'decided')) {
          throw new ValidationFailed([{ field: 'status', key: 'errors.badTransition', params: { from: ret.status, to: 'decided' } }]);
        }
        const at = nowIso();
        const record: DecisionRecord = {
          id: newId(), returnId: ret.id, decidedAt: at, on: decision.on, chosen,
          recommended: chosen === decision.recommended,
          baselineNetFen: decision.baseline.netFen, disposeNetFen: decision.dispose.netFen,
          savingsFen: chosen.netFen - decision.baseline.netFen, savingsVsDisposeFen: chosen.netFen - decision.dispose.netFen,
          input,
        };
        await this.db.decisions.add(record);
        if (ret.status !== 'decided') {
          await this.db.returns.put({ ...ret, status: 'decided', history: [...ret.history, { status: 'decided', at, note: chosen.kind }], updatedAt: at });
        }
        return record;
      }),
    );
  }
}
