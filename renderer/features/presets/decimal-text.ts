import { parseMinor, minorToDecimal } from '../../../shared/money';

/**
 * Exact text ⇄ integer conversions for the presets form. Stored data is integers (minor units,
 * basis points, grams, millionths); a float never stands in between, so "7.1234" is exactly
 * 7_123_400 millionths. Text that is not a number becomes NaN, which the schema refuses and
 * names the field.
 */

/** "7.1234" with up to `digits` decimals → 7_123_400 when digits = 6. */
export function parseScaled(text: string, digits: number): number {
  const m = /^([+-]?)(\d+)(?:\.(\d*))?$/.exec(text.trim().replace(/[\s,\u00a0]/g, ''));
  if (!m) return Number.NaN;
  const frac = m[3] ?? '';
  if (frac.replace(/0+$/, '').length > digits) return Number.NaN;
  const n = Number(m[2] + frac.padEnd(digits, '0').slice(0, digits));
  if (!Number.isSafeInteger(n)) return Number.NaN;
  return m[1] === '-' ? -n : n;
}

/** The inverse of parseScaled, trimming trailing zeros ("7.1", "48"). */
export function formatScaled(value: number, digits: number): string {
  if (digits === 0) return String(value);
  const sign = value < 0 ? '-' : '';
  const abs = String(Math.abs(value)).padStart(digits + 1, '0');
  const frac = abs.slice(-digits).replace(/0+$/, '');
  return `${sign}${abs.slice(0, -digits)}${frac ? `.${frac}` : ''}`;
}

export const parseMoney = (text: string, currency: string) => parseMinor(text, currency) ?? Number.NaN;
export const formatMoney = (minor: number, currency: string) => minorToDecimal(minor, currency);

/** A percentage with up to two decimals is exactly a count of basis points. */
export const parsePercent = (text: string) => parseScaled(text, 2);
export const formatPercent = (bp: number) => formatScaled(bp, 2);

export const parseKg = (text: string) => parseScaled(text, 3);
export const formatKg = (grams: number) => formatScaled(grams, 3);

export const parseMillionths = (text: string) => parseScaled(text, 6);
export const formatMillionths = (millionths: number) => formatScaled(millionths, 6);

export function parseWhole(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}
