import type { BrowserContext, CDPSession, Page } from '@playwright/test';

/**
 * Samples the JS heap in use of a page and of every worker it starts (DevTools: a page's
 * session auto-attaches to its workers, each reached through Target.sendMessageToTarget),
 * every `everyMs`, and keeps the largest total: the renderer's peak JS heap while a step runs.
 */
export class HeapSampler {
  private peakBytes = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly workers = new Set<string>();
  private readonly pending = new Map<number, (used: number) => void>();
  private nextId = 1;
  /** How many workers were attached to over the run (a check that the sampler saw them). */
  workersSeen = 0;

  private constructor(private readonly cdp: CDPSession) {}

  static async start(context: BrowserContext, page: Page, everyMs = 200): Promise<HeapSampler> {
    const sampler = new HeapSampler(await context.newCDPSession(page));
    await sampler.attach();
    sampler.timer = setInterval(() => void sampler.sample().catch(() => undefined), everyMs);
    return sampler;
  }

  private async attach(): Promise<void> {
    this.cdp.on('Target.attachedToTarget', (e) => {
      if (e.targetInfo.type !== 'worker') return;
      this.workers.add(e.sessionId);
      this.workersSeen++;
    });
    this.cdp.on('Target.detachedFromTarget', (e) => { this.workers.delete(e.sessionId); });
    this.cdp.on('Target.receivedMessageFromTarget', (e) => {
      const reply = JSON.parse(e.message) as { id?: number; result?: { usedSize?: number } };
      if (reply.id === undefined) return;
      this.pending.get(reply.id)?.(reply.result?.usedSize ?? 0);
      this.pending.delete(reply.id);
    });
    await this.cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  }

  private workerHeap(sessionId: string): Promise<number> {
    const id = this.nextId++;
    const reply = new Promise<number>((resolve) => {
      this.pending.set(id, resolve);
      setTimeout(() => { if (this.pending.delete(id)) resolve(0); }, 1000);
    });
    void this.cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }) }).catch(() => undefined);
    return reply;
  }

  private async sample(): Promise<void> {
    const [page, ...workers] = await Promise.all([
      this.cdp.send('Runtime.getHeapUsage').then((r) => r.usedSize),
      ...[...this.workers].map((s) => this.workerHeap(s)),
    ]);
    this.peakBytes = Math.max(this.peakBytes, (page ?? 0) + workers.reduce((a, b) => a + b, 0));
  }

  /** The largest page + workers JS heap seen since start, in MB; stops sampling. */
  async stop(): Promise<number> {
    clearInterval(this.timer);
    await this.sample().catch(() => undefined);
    await this.cdp.detach().catch(() => undefined);
    return Math.round(this.peakBytes / 2 ** 20);
  }
}
