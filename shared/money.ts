import { numberOrNull } from './numbers';

/**
 * Money is an integer count of a currency's minor units ("the amount with the decimal point
 * removed"): fen for CNY, cents for USD, yen for JPY. Floats only ever appear in display code.
 */
export const MAX_MINOR = 2 ** 51;

export function assertMinor(value: number, what = 'amount'): number {
  if (!Number.isInteger(value) || Math.abs(value) > MAX_MINOR) {
    throw new RangeError(`${what} must be an integer count of minor units, got ${value}`);
  }
  return value;
}

const minorDigitsCache = new Map<string, number>();

/** Decimal places of a currency's minor unit (CNY 2, JPY 0), as ISO 4217 via Intl says. */
export function minorDigits(currency: string): number {
  let digits = minorDigitsCache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits ?? 2;
    minorDigitsCache.set(currency, digits);
  }
  return digits;
}

/**
 * Parses what a person typed or a file holds ("12.5", "1,234.56", "１２．５", "12,5" in
 * decimal-comma files) into minor units, by the one number reader (`shared/numbers.ts`).
 * Returns null when the text is not an amount, has more decimals than the currency has, or
 * is an ambiguous "39,99" (the caller that needs to say why uses `readNumber`).
 */
export function parseMinor(text: string, currency: string, decimalComma = false): number | null {
  return numberOrNull(text, { digits: minorDigits(currency), decimalComma, negative: true });
}

/** Minor units back to a plain decimal string ("1234.50"), for form fields and files. */
export function minorToDecimal(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const abs = String(Math.abs(minor)).padStart(digits + 1, '0');
  return digits === 0 ? sign + abs : `${sign}${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
}

/** Divides and rounds half away from zero, exactly, for the sizes money has. */
export function divRound(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (n * 2n + d) / (2n * d);
  return negative ? -q : q;
}

/** Multiplies minor units by a rational factor (e.g. a rate in millionths), rounding once. */
export function mulRound(minor: number, numerator: number | bigint, denominator: number | bigint): number {
  return Number(divRound(BigInt(minor) * BigInt(numerator), BigInt(denominator)));
}
