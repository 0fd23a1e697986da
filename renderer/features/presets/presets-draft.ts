import type { DecidePresets } from '../../../shared/decide';
import type { FieldError } from '../../../shared/errors';
import { minorDigits } from '../../../shared/money';
import { numberErrors, type NumberField } from '../../../shared/numbers';
import {
  formatKg, formatMillionths, formatMoney, formatPercent, parseKg, parseMillionths, parseMoney, parsePercent, parseWhole,
} from './decimal-text';

/**
 * What the editor holds: the presets with every number as the text the person typed, converted
 * only on save. A district list is one comma-separated text ("any" = nationwide).
 */
export type Draft<T> = T extends number
  ? string
  : T extends string | boolean | null
    ? T
    : T extends readonly (infer U)[]
      ? Draft<U>[]
      : { [K in keyof T]: K extends 'districts' ? string : Draft<T[K]> };

export type PresetsDraft = Draft<DecidePresets>;
export type RouteDraft = PresetsDraft['routes'][number];
export type LocationDraft = PresetsDraft['locations'][number];
export type DisposalDraft = LocationDraft['disposal'][number];
export type RateDraft = PresetsDraft['rates'][number];
export type RuleDraft = PresetsDraft['crossDistrictRules'][number];
export type PlatformRuleDraft = PresetsDraft['platformRules'][number];

export const ANY_DISTRICT = 'any';

/**
 * How a number field is typed, from its name: `…Minor` in the currency beside it, `…Fen`/`fen`
 * in CNY, `…Bp` as a percentage, `minChargeG` in kg, `cnyMillionths` as a decimal rate, and
 * everything else (grams, days, months) as a whole number.
 */
function codec(key: string, currency: string): { parse: (s: string) => number; format: (n: number) => string } {
  if (key.endsWith('Minor')) return { parse: (s) => parseMoney(s, currency), format: (n) => formatMoney(n, currency) };
  if (key.endsWith('Fen') || key === 'fen') return { parse: (s) => parseMoney(s, 'CNY'), format: (n) => formatMoney(n, 'CNY') };
  if (key.endsWith('Bp')) return { parse: parsePercent, format: formatPercent };
  if (key === 'minChargeG') return { parse: parseKg, format: formatKg };
  if (key === 'cnyMillionths') return { parse: parseMillionths, format: formatMillionths };
  return { parse: parseWhole, format: String };
}

type Json = unknown;

function walk(value: Json, key: string, currency: string, leaf: (value: Json, key: string, currency: string) => Json): Json {
  if (key === 'districts') return leaf(value, key, currency);
  if (Array.isArray(value)) return value.map((v) => walk(v, key, currency, leaf));
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, Json>;
    // Amounts are in the currency named on the same object (a location's, a route's).
    const own = typeof record.currency === 'string' ? record.currency : currency;
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, walk(v, k, own, leaf)]));
  }
  return leaf(value, key, currency);
}

export function toDraft(presets: DecidePresets): PresetsDraft {
  return walk(presets, '', 'CNY', (value, key, currency) => {
    if (key === 'districts') return districtsText(value as string[] | typeof ANY_DISTRICT);
    if (typeof value === 'number') return codec(key, currency).format(value);
    return value;
  }) as PresetsDraft;
}

export function fromDraft(draft: PresetsDraft): DecidePresets {
  return walk(draft, '', 'CNY', (value, key, currency) => {
    if (key === 'districts' && typeof value === 'string') return parseDistricts(value);
    if (typeof value === 'string' && isNumberKey(key)) return codec(key, currency).parse(value);
    return value;
  }) as DecidePresets;
}

/** Decimal places each number field takes, by the same names as `codec`. */
function digitsOf(key: string, currency: string): number {
  if (key.endsWith('Minor')) return minorDigits(currency);
  if (key.endsWith('Fen') || key === 'fen' || key.endsWith('Bp')) return 2;
  if (key === 'minChargeG') return 3;
  return key === 'cnyMillionths' ? 6 : 0;
}

/**
 * Every typed number's problem in words, with its path ("routes.0.bands.1.fen"), before the
 * schema sees a NaN and can only say "invalid": "39,99" gets both readings, "7.12345678" as a
 * rate "at most 6 decimals", a percentage with decimals is never told to be whole.
 */
export function presetsNumberErrors(draft: PresetsDraft): FieldError[] {
  const fields: NumberField[] = [];
  const visit = (value: Json, path: string[], currency: string): void => {
    const key = path.at(-1) ?? '';
    if (key === 'districts') return;
    if (Array.isArray(value)) return value.forEach((v, i) => visit(v, [...path, String(i)], currency));
    if (value !== null && typeof value === 'object') {
      const record = value as Record<string, Json>;
      const own = typeof record.currency === 'string' ? record.currency : currency;
      for (const [k, v] of Object.entries(record)) visit(v, [...path, k], own);
      return;
    }
    // A list of numbers (a route's bands) names its field by the list's key.
    const named = /^\d+$/.test(key) ? (path.at(-2) ?? '') : key;
    if (typeof value === 'string' && isNumberKey(named)) fields.push({ path: path.join('.'), text: value, digits: digitsOf(named, currency), negative: true, money: /Minor$|Fen$|^fen$/.test(named) });
  };
  visit(draft, [], 'CNY');
  return numberErrors(fields);
}

// Walking the draft cannot tell "12" the amount from "12" a name; the schema's number fields
// are exactly these names.
const NUMBER_KEYS = new Set(['upToG', 'transitDays', 'returnWindowDays', 'months', 'cnyMillionths', 'minChargeG', 'fen']);
function isNumberKey(key: string): boolean {
  return NUMBER_KEYS.has(key) || key.endsWith('Minor') || key.endsWith('Fen') || key.endsWith('Bp');
}

function parseDistricts(text: string): string[] | typeof ANY_DISTRICT {
  if (text.trim().toLowerCase() === ANY_DISTRICT) return ANY_DISTRICT;
  return text.split(/[\s,，、;；]+/).filter(Boolean);
}

export function districtsText(districts: readonly string[] | typeof ANY_DISTRICT): string {
  return districts === ANY_DISTRICT ? ANY_DISTRICT : districts.join(', ');
}

/** Ids only link routes to locations; the person never types them. */
export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
}
