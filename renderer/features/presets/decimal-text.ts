import { parseMinor, minorToDecimal } from '../../../shared/money';
import { numberOrNull } from '../../../shared/numbers';

/**
 * Exact text ⇄ integer conversions for the presets form. Stored data is integers (minor units,
 * basis points, grams, millionths); a float never stands in between, so "7.1234" is exactly
 * 7_123_400 millionths. All of them read through the one number reader (`shared/numbers.ts`):
 * full-width digits, and "39,99" refused rather than read 100× too large. Text that is not a
 * number becomes NaN, which the schema refuses and names the field.
 */

/** "7.1234" with up to `digits` decimals → 7_123_400 when digits = 6. */
export function parseScaled(text: string, digits: number): number {
  return numberOrNull(text, { digits, negative: true }) ?? Number.NaN;
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
  return numberOrNull(text, { digits: 0 }) ?? Number.NaN;
}
