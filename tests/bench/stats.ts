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

/** Runs `fn` `runs` times after an unmeasured warm-up (JIT, lazy imports), returning each run's result. */
export async function repeat<T>(runs: number, fn: () => Promise<T> | T, warmup = true): Promise<T[]> {
  if (warmup) await fn();
  const out: T[] = [];
  for (let i = 0; i < runs; i++) out.push(await fn());
  return out;
}
