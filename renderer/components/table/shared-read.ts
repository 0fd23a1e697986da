/**
 * One chunked read of every id in a sort's order that several lists follow at once: the plain
 * list, and each search that filters the same order as it arrives (matches-in-order.ts). A
 * follower sees the ids known so far when it starts following, then after every chunk; the
 * next chunk waits until every follower has taken the last one.
 */
export type OnChunk = (ids: readonly string[]) => Promise<void>;

export class SharedRead {
  private known: readonly string[] = [];
  private readonly followers = new Set<OnChunk>();
  readonly whole: Promise<string[]>;

  /** @param read starts the read; it calls its `onChunk` after each chunk but the last */
  constructor(read: (onChunk: OnChunk) => Promise<string[]>) {
    this.whole = read(async (ids) => {
      this.known = ids;
      await Promise.all([...this.followers].map((f) => f(ids)));
    });
    // A read nobody follows any more may fail (its list closed) without anyone to tell.
    this.whole.catch(() => undefined);
  }

  /** Every id, once read; `onChunk` sees the ids known now (if any) and each chunk after. */
  async follow(onChunk?: OnChunk): Promise<string[]> {
    if (!onChunk) return this.whole;
    this.followers.add(onChunk);
    try {
      if (this.known.length > 0) await onChunk(this.known);
      return await this.whole;
    } finally {
      this.followers.delete(onChunk);
    }
  }
}
