import { divRound } from '../money';

/**
 * Exact "multiply, then round once" for cost lines whose constant part (a fee, a rate, basis
 * points, the power of ten) is known before the returns are. The constant part is folded
 * into one reduced fraction once per run, so a return's line is a multiplication and a
 * division of plain numbers. The result is the same rational number rounded the same way
 * (half away from zero) as currency.ts's roundRatio/toFen, so it is equal to it exactly;
 * products beyond 2^52 take the BigInt path, as there.
 */

export const LIMIT = 2 ** 52;

/** round(n / d), half away from zero, exact for integers |n|, d ≤ 2^52 (d > 0). */
export function roundDivSafe(n: number, d: number): number {
  const a = Math.abs(n);
  let q = Math.floor(a / d);
  let r = a - q * d;
  // The float division can be one off for large a; the remainder check repairs it.
  while (r < 0) { q -= 1; r += d; }
  while (r >= d) { q += 1; r -= d; }
  if (2 * r >= d) q += 1;
  return n < 0 ? -q : q;
}

/** num / den in lowest terms; `num` is NaN when either part is beyond 2^52 (BigInt only then). */
export interface Ratio {
  num: number;
  den: number;
  numBig: bigint;
  denBig: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

/** Π factors / divisor in lowest terms. Factors and divisor must be integers, divisor > 0. */
export function ratioOf(factors: readonly number[], divisor: number): Ratio {
  let num = 1n;
  for (const f of factors) num *= BigInt(f);
  let den = BigInt(divisor);
  if (den <= 0n) throw new RangeError(`divisor must be positive, got ${divisor}`);
  const g = gcd(num, den) || 1n;
  num /= g;
  den /= g;
  const safe = (num < 0n ? -num : num) <= BigInt(LIMIT) && den <= BigInt(LIMIT);
  return { num: safe ? Number(num) : Number.NaN, den: Number(den), numBig: num, denBig: den };
}

/** round(a × b × ratio), half away from zero, exactly. a and b are integers. */
export function applyRatio(r: Ratio, a: number, b = 1): number {
  const v = a * b;
  if (Math.abs(v) <= LIMIT) {
    const n = v * r.num;
    if (Math.abs(n) <= LIMIT) return roundDivSafe(n, r.den);
  }
  return Number(divRound(BigInt(a) * BigInt(b) * r.numBig, r.denBig));
}

/** round(a × b / d), half away from zero, exactly; d a positive integer. */
export function roundMul(a: number, b: number, d: number): number {
  const n = a * b;
  if (Math.abs(n) <= LIMIT && d <= LIMIT) return roundDivSafe(n, d);
  return Number(divRound(BigInt(a) * BigInt(b), BigInt(d)));
}
