import { RangeSet, type ObservabilitySet } from 'dexie';

/**
 * Which returns and orders a committed change wrote or deleted, from Dexie's `storagemutated`
 * event (fired in every thread of the app for every write transaction, by any of them): the
 * primary keys of each table, or — for a table cleared, a range deleted or the products
 * changed (food SKUs) — "everything", which means reading the whole side again.
 */
export class ChangedKeys {
  returns = new Set<string>();
  orders = new Set<string>();
  everything = false;

  constructor(private readonly dbName: string) {}

  /** Adds what `parts` says changed. */
  note(parts: ObservabilitySet): void {
    const prefix = `idb://${this.dbName}/`;
    for (const [part, tree] of Object.entries(parts)) {
      if (part === 'all') this.everything = true;
      if (!part.startsWith(prefix)) continue;
      const [table, index] = part.slice(prefix.length).split('/');
      // The primary key's part names every row written; the index parts repeat them.
      if (index !== '') continue;
      if (table === 'products') this.everything = true;
      else if (table === 'returns') this.add(this.returns, tree);
      else if (table === 'orders') this.add(this.orders, tree);
    }
  }

  private add(into: Set<string>, tree: ObservabilitySet[string]): void {
    // Across threads the tree arrives as plain data: RangeSet() gives it back its iterator.
    for (const node of RangeSet(tree)) {
      if (typeof node.from === 'string' && node.from === node.to) into.add(node.from);
      else this.everything = true;
    }
  }

  get any(): boolean {
    return this.everything || this.returns.size > 0 || this.orders.size > 0;
  }

  /** What was noted so far; starts noting afresh. */
  take(): { returns: string[]; orders: string[]; everything: boolean } {
    const taken = { returns: [...this.returns], orders: [...this.orders], everything: this.everything };
    this.returns = new Set();
    this.orders = new Set();
    this.everything = false;
    return taken;
  }
}
