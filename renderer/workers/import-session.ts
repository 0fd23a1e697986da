import type { ImportDefaults } from '../../shared/import/defaults';
import type { ImportKind, Mapping } from '../../shared/import/formats';
import { reviewOf, type ImportReview } from '../../shared/import/review';
import { parseImport, type ImportParsed, type SavedMapping } from '../../shared/import/run-import';
import type { Resolutions } from '../../shared/import/values';
import type { ImportRepo } from '../db/import-repo';

/**
 * One import as the worker runs it: read and check the file, plan it against the ledger,
 * keep the checked records, and write them only when the page confirms. Kept apart from the
 * worker's message glue so it runs under unit tests against fake-indexeddb.
 */
export interface CheckRequest {
  bytes: Uint8Array;
  mapping: Mapping | null;
  kind: ImportKind;
  defaults: ImportDefaults;
  resolutions?: Resolutions;
  presets?: readonly SavedMapping[];
}

export type SessionPhase = 'read' | 'map' | 'plan' | 'write';
export type SessionProgress = (phase: SessionPhase, done: number, total: number) => void;

export class ImportSession {
  private parsed: ImportParsed | null = null;
  private stopRequested = false;

  constructor(private readonly repo: ImportRepo) {}

  async check(request: CheckRequest, progress: SessionProgress = () => {}): Promise<ImportReview> {
    const catalog = await this.repo.catalog();
    const parsed = await parseImport({ ...request, catalog }, progress);
    this.parsed = parsed;
    if (!parsed.orders && !parsed.returns) return reviewOf(parsed, null);
    progress('plan', 0, 1);
    const plan = parsed.orders ? await this.repo.planOrders(parsed.orders.orders) : await this.repo.planReturns(parsed.returns?.returns ?? []);
    progress('plan', 1, 1);
    return reviewOf(parsed, plan);
  }

  /** Writes what `check` read, planned afresh inside the one transaction. */
  async commit(progress: SessionProgress = () => {}): Promise<ImportReview> {
    const parsed = this.parsed;
    if (!parsed || (!parsed.orders && !parsed.returns)) throw new Error('import: nothing has been checked');
    const options = { onProgress: (done: number, total: number) => progress('write', done, total), shouldStop: () => this.stopRequested };
    const plan = parsed.orders
      ? await this.repo.commitOrders(parsed.orders.orders, options)
      : await this.repo.commitReturns(parsed.returns?.returns ?? [], undefined, options);
    // Written: the records are no longer needed, and a second commit must not write twice.
    this.parsed = null;
    return reviewOf(parsed, plan);
  }

  /** A write in progress stops at its next chunk and rolls back. */
  stop(): void {
    this.stopRequested = true;
  }
}
