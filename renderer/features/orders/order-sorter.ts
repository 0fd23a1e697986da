import type { ComputedOrderSort } from '../../db/order-sort';
import type { SortAnswer, SortRequest } from './order-sort.worker';

/** The orders page's side of the sort worker: started on the first sort by a column without an index. */
export class OrderSorter {
  private worker: Worker | undefined;
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (ids: string[]) => void; reject: (e: Error) => void }>();

  constructor(private readonly dbName: string) {}

  /** Every order id by this column, A→Z, equal values by id. */
  sort(sort: ComputedOrderSort): Promise<string[]> {
    const worker = this.start();
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, dbName: this.dbName, sort } satisfies SortRequest);
    });
  }

  close(): void {
    this.worker?.terminate();
    this.worker = undefined;
    for (const w of this.waiting.values()) w.reject(new Error('the orders list was closed'));
    this.waiting.clear();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./order-sort.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<SortAnswer>) => {
      const w = this.waiting.get(e.data.id);
      this.waiting.delete(e.data.id);
      if ('ids' in e.data) w?.resolve(e.data.ids);
      else w?.reject(new Error(e.data.error));
    };
    worker.onerror = (e) => {
      for (const w of this.waiting.values()) w.reject(new Error(e.message));
      this.waiting.clear();
    };
    this.worker = worker;
    return worker;
  }
}
