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
 * Parses what a person typed ("12.5", "1,234.56", "12,5" in decimal-comma files) into minor
 * units without ever going through a float. Returns null when the text is not an amount or
 * has more decimals than the currency has.
 */
export function parseMinor(text: string, currency: string, decimalComma = false): number | null {
  let s = text.trim().replace(/[\s\u00a0']/g, '');
  if (decimalComma) s = s.replace(/\./g, '').replace(',', '.');
  else s = s.replace(/,/g, '');
  const m = /^([+-]?)(\d+)(?:\.(\d*))?$/.exec(s);
  if (!m) return null;
  const digits = minorDigits(currency);
  const frac = m[3] ?? '';
  if (frac.replace(/0+$/, '').length > digits) return null;
  const minor = Number(m[2] + frac.padEnd(digits, '0').slice(0, digits));
  if (!Number.isSafeInteger(minor) || minor > MAX_MINOR) return null;
  return m[1] === '-' ? -minor : minor;
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
