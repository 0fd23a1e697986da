import type { IsoDate } from '../dates';
import { divRound, minorDigits } from '../money';
import { DecideError } from './model-types';
import { LIMIT, ratioOf, roundDivSafe, type Ratio } from './ratio';
import type { CurrencyRate } from './presets-types';

/**
 * Conversion to fen at the rate in force on a date. A cost line is a product of integer
 * factors (amount, quantity, grams, basis points, rate) over a power-of-ten divisor; it is
 * rounded half away from zero exactly once, at the end, so no intermediate rounding drifts.
 */

function roundBig(factors: readonly number[], extra: number, divisor: number): number {
  let big = BigInt(extra);
  for (const f of factors) big *= BigInt(f);
  return Number(divRound(big, BigInt(divisor)));
}

/**
 * round(extra × Π factors / divisor), half away from zero, exact. Plain numbers while the
 * product stays below 2^52 (the common case, and much faster); BigInt beyond.
 */
function roundScaled(factors: readonly number[], extra: number, divisor: number): number {
  let n = extra;
  for (const f of factors) {
    n *= f;
    if (!(Math.abs(n) <= LIMIT)) return roundBig(factors, extra, divisor);
  }
  return divisor > 0 && divisor <= LIMIT ? roundDivSafe(n, divisor) : roundBig(factors, extra, divisor);
}

/** round(Π factors / divisor), half away from zero, exact. */
export function roundRatio(factors: readonly number[], divisor: number): number {
  return roundScaled(factors, 1, divisor);
}

/** Rates per currency, latest validFrom first, so the lookup stops at the first match. */
export interface RateBook {
  byCurrency: Map<string, CurrencyRate[]>;
  /** Lookups already made, by date then currency: a run asks the same few thousands of times. */
  memo: Map<IsoDate, Map<string, number>>;
}

export function rateBook(rates: readonly CurrencyRate[]): RateBook {
  const byCurrency = new Map<string, CurrencyRate[]>();
  for (const r of rates) {
    const list = byCurrency.get(r.currency) ?? [];
    list.push(r);
    byCurrency.set(r.currency, list);
  }
  for (const list of byCurrency.values()) list.sort((a, b) => (a.validFrom < b.validFrom ? 1 : a.validFrom > b.validFrom ? -1 : 0));
  return { byCurrency, memo: new Map() };
}

const CNY_MILLIONTHS = 1_000_000;
const POW10 = Array.from({ length: 12 }, (_, i) => 10 ** i);

/** CNY millionths per major unit in force on `date`; CNY itself needs no rate. */
export function rateOn(book: RateBook, currency: string, date: IsoDate): number {
  if (currency === 'CNY') return CNY_MILLIONTHS;
  let onDate = book.memo.get(date);
  const known = onDate?.get(currency);
  if (known !== undefined) return known;
  const found = book.byCurrency.get(currency)?.find((r) => r.validFrom <= date);
  if (!found) throw new DecideError('errors.noRate', { currency, date });
  if (!onDate) {
    if (book.memo.size > 5000) book.memo.clear();
    onDate = new Map();
    book.memo.set(date, onDate);
  }
  onDate.set(currency, found.cnyMillionths);
  return found.cnyMillionths;
}

/**
 * fen = Π factors (in `currency` minor units) / divisor, converted at the rate on `date`.
 * For 1 unit: fen = minor × rate / 10^(digits + 4), since fen = major × 100 and the rate is
 * in millionths (10^6 / 10^2 = 10^4).
 */
export function toFen(book: RateBook, currency: string, date: IsoDate, factors: readonly number[], divisor = 1): number {
  if (currency === 'CNY') return roundScaled(factors, 1, divisor);
  return roundScaled(factors, rateOn(book, currency, date), divisor * POW10[minorDigits(currency) + 4]!);
}

/**
 * The constant part of a toFen line (fees, the rate on `date`, the divisor) as one reduced
 * fraction: applyRatio(fenRatio(…, factors, d), x) === toFen(…, [...factors, x], d).
 */
export function fenRatio(book: RateBook, currency: string, date: IsoDate, factors: readonly number[], divisor = 1): Ratio {
  if (currency === 'CNY') return ratioOf(factors, divisor);
  return ratioOf([...factors, rateOn(book, currency, date)], divisor * POW10[minorDigits(currency) + 4]!);
}

/** A single amount of minor units in fen (the common case of toFen). */
export function minorToFen(book: RateBook, minor: number, currency: string, date: IsoDate): number {
  return toFen(book, currency, date, [minor]);
}
