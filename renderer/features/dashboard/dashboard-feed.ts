import { decisionsOnlyFacts, type DashboardFacts } from '../../../shared/dashboard';
import { currentPage } from '../../app/router';
import type { Glance } from '../../db/dashboard-sources';
import type { DashboardWorkerIn, DashboardWorkerOut } from './dashboard-messages';
import { readMemo, type DecisionMemo } from './facts-memo';

export type FeedMessage = { type: 'facts'; facts: DashboardFacts } | { type: 'error'; message: string };

/**
 * The dashboard's worker, seen from the page. While the worker reads, the decision facts kept
 * from the last visit are read here; if the worker's first glance says the decisions are
 * unchanged, those paint the first charts, and the worker's own facts from the same decisions
 * are then skipped (same figures). The last message is kept for a page that subscribes late.
 */
export class DashboardFeed {
  private readonly worker: Worker;
  private last: FeedMessage | undefined;
  private listener: ((message: FeedMessage) => void) | undefined;
  private heard = false;
  private keptStamp: string | null = null;
  private readonly memo: Promise<DecisionMemo | null>;

  constructor(readonly dbName: string) {
    this.worker = new Worker(new URL('./dashboard.worker.ts', import.meta.url), { type: 'module' });
    this.memo = readMemo(dbName).catch(() => null);
    this.worker.onmessage = (e: MessageEvent<DashboardWorkerOut>) => {
      const m = e.data;
      if (m.type === 'glance') this.glanced(m);
      else if (m.type === 'error') this.emit(m);
      else this.fromWorker(m);
    };
    this.worker.onerror = (e) => this.emit({ type: 'error', message: e.message });
    this.worker.postMessage({ type: 'start', dbName } satisfies DashboardWorkerIn);
  }

  /**
   * The glance can also be taken on the window's thread, whose connection is already open: a
   * worker takes a while to start on a busy machine, and the kept figures need only the glance.
   * The first glance to arrive decides.
   */
  glanceHere(glance: () => Promise<Glance>): void {
    glance().then((g) => this.glanced(g), () => {
      /* the worker's glance answers */
    });
  }

  private glanced(now: Glance): void {
    if (this.keptStamp !== null) return;
    void this.memo.then((kept) => this.fromMemo(kept, now));
  }

  private fromMemo(kept: DecisionMemo | null, now: Glance): void {
    if (this.heard || this.keptStamp !== null || !kept || kept.stamp !== now.stamp) return;
    this.keptStamp = kept.stamp;
    this.emit({ type: 'facts', facts: decisionsOnlyFacts(kept.decisions, now.presets, now.hasOrders ? 1 : 0) });
  }

  private fromWorker(m: Extract<DashboardWorkerOut, { type: 'facts' }>): void {
    const alreadyShown = !this.heard && m.stamp === this.keptStamp && !m.facts.ordersLoaded;
    this.heard = true;
    if (!alreadyShown) this.emit(m);
  }

  private emit(message: FeedMessage): void {
    this.last = message;
    this.listener?.(message);
  }

  subscribe(listener: (message: FeedMessage) => void): void {
    this.listener = listener;
    if (this.last) listener(this.last);
  }

  close(): void {
    this.listener = undefined;
    this.heard = true;
    this.worker.terminate();
  }
}

/** The app's ledger (see openDatabase): the feed can start before React knows which database the page uses. */
const APP_DB = 'homebound';
let early: DashboardFeed | undefined;

/**
 * Starts reading as soon as the dashboard's code loads on the way to the dashboard (the window
 * opens on it, or it was chosen before its code had loaded), rather than once React shows the
 * page. Code loaded ahead of a visit (the pointer over its link) reads nothing.
 */
export function startEarly(): void {
  if (typeof Worker !== 'undefined' && currentPage() === 'dashboard') early ??= new DashboardFeed(APP_DB);
}

/** The feed started early when it reads `dbName`, otherwise a new one. */
export function takeFeed(dbName: string): DashboardFeed {
  const feed = early?.dbName === dbName ? early : new DashboardFeed(dbName);
  if (early && early !== feed) early.close();
  early = undefined;
  return feed;
}
