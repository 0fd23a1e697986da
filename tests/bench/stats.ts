/** Small helpers shared by the bench's Node and browser halves. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Milliseconds to whole numbers; ratios to two decimals. */
export const ms = (v: number): number => Math.round(v);
export const ratio = (v: number): number => Math.round(v * 100) / 100;

export function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

/**
 * The machine's speed at this moment: a fixed integer loop, timed in this process (best of 3,
 * so a context switch does not count). This VM's figure moves by a quarter between hours as
 * neighbours come and go; printed beside the figures so two runs can be compared fairly.
 */
export function calibrationMs(): number {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    let s = 0;
    for (let i = 0; i < 50_000_000; i++) s = (s + i * 7) % 1_000_003;
    best = Math.min(best, performance.now() - t0);
    if (s < 0) throw new Error('unreachable: keeps the loop from being optimised away');
  }
  return Math.round(best);
}

/** Runs `fn` `runs` times after an unmeasured warm-up (JIT, lazy imports), returning each run's result. */
export async function repeat<T>(runs: number, fn: () => Promise<T> | T, warmup = true): Promise<T[]> {
  if (warmup) await fn();
  const out: T[] = [];
  for (let i = 0; i < runs; i++) out.push(await fn());
  return out;
}
