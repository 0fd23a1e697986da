import type { FieldError } from './errors';

/**
 * The one reader of numbers people type or files hold — money, quantities, weights, rates —
 * in every form and every import. Text becomes an exact integer scaled by `digits` (minor
 * units, grams, basis points), never through a float, or a named problem the UI can state.
 *
 * Rules, in order:
 * - width folded (NFKC): "１２．５" is "12.5", "－3" is "-3"; spaces, NBSP and ' are grouping;
 * - `unit`: a quantity's trailing unit word goes ("3件", "3 pcs", "x3");
 * - a point is the decimal mark and a comma groups thousands ("1,234.56") — unless the caller
 *   says the whole column uses a decimal comma ("1.234,56"), which only a file can decide;
 * - a comma that is not thousands grouping ("39,99") is refused as ambiguous with both readings
 *   (39.99 and 3999), never read silently as one of them; so is "1,234" where three decimals
 *   would be allowed (a weight in kg);
 * - more decimals than `digits` is refused (trailing zeros are fine), so is a sign where
 *   `negative` is not allowed.
 */
export type NumberProblem = 'empty' | 'notNumber' | 'negative' | 'tooManyDecimals' | 'ambiguousComma' | 'tooLarge';

export type NumberRead =
  | { ok: true; value: number }
  | { ok: false; problem: NumberProblem; readings?: [string, string] };

export interface NumberRules {
  /** Decimal places kept: 2 for cents, 0 for whole units, 3 for kg → g. */
  digits: number;
  /** The whole column is known to use a decimal comma. */
  decimalComma?: boolean;
  /** Negative values allowed (refunds, corrections). */
  negative?: boolean;
  /** Quantities: a unit word after (or "x" before) the number is dropped. */
  unit?: boolean;
}

const UNIT_AFTER = /(?:件|个|個|只|双|雙|套|台|盒|包|条|條|张|張|瓶|克|g|pcs?|pieces?|units?|ea|шт)\.?$/i;
const UNIT_BEFORE = /^[x×]/i;
const PLAIN = /^([+-]?)(\d+)(?:\.(\d*))?$/;
const GROUPED = /^([+-]?)(\d{1,3}(?:,\d{3})+)(?:\.(\d*))?$/;
const COMMA_GROUPED = /^([+-]?)(\d{1,3}(?:\.\d{3})+)(?:,(\d*))?$/;
const ONE_COMMA = /^([+-]?)(\d+),(\d+)$/;

export function readNumber(text: string, rules: NumberRules): NumberRead {
  let s = text.normalize('NFKC').replace(/[\s\u00a0'’_]/g, '');
  if (rules.unit) s = s.replace(UNIT_AFTER, '').replace(UNIT_BEFORE, '');
  if (s === '') return { ok: false, problem: 'empty' };
  let sign: string;
  let whole: string;
  let frac: string;
  if (rules.decimalComma) {
    const m = COMMA_GROUPED.exec(s) ?? /^([+-]?)(\d+)(?:,(\d*))?$/.exec(s);
    if (!m) return { ok: false, problem: 'notNumber' };
    [sign, whole, frac] = [m[1]!, m[2]!.replace(/\./g, ''), m[3] ?? ''];
  } else {
    const plain = PLAIN.exec(s);
    const grouped = plain ? null : GROUPED.exec(s);
    const comma = plain || grouped ? null : ONE_COMMA.exec(s);
    if (comma) {
      // "39,99" reads as 39.99 in Europe and 3999 to Excel in China: ask, do not guess.
      const point = `${comma[1]}${comma[2]}.${comma[3]}`;
      const joined = `${comma[1]}${comma[2]}${comma[3]}`;
      return { ok: false, problem: 'ambiguousComma', readings: [point, joined] };
    }
    const m = plain ?? grouped;
    if (!m) return { ok: false, problem: 'notNumber' };
    if (grouped && !m[3] && rules.digits >= 3 && /^\d{1,3},\d{3}$/.test(m[2]!)) {
      return { ok: false, problem: 'ambiguousComma', readings: [`${m[1]}${m[2]!.replace(',', '.')}`, `${m[1]}${m[2]!.replace(',', '')}`] };
    }
    [sign, whole, frac] = [m[1]!, m[2]!.replace(/,/g, ''), m[3] ?? ''];
  }
  if (frac.replace(/0+$/, '').length > rules.digits) return { ok: false, problem: 'tooManyDecimals' };
  const value = Number(whole + frac.padEnd(rules.digits, '0').slice(0, rules.digits));
  if (!Number.isSafeInteger(value) || value > 2 ** 51) return { ok: false, problem: 'tooLarge' };
  if (sign === '-' && value !== 0) return rules.negative ? { ok: true, value: -value } : { ok: false, problem: 'negative' };
  return { ok: true, value };
}

/** One typed number of a form: its path for the message, its text and its rules. */
export interface NumberField extends NumberRules {
  path: string;
  text: string;
  /** Empty is allowed (the field is optional). */
  optional?: boolean;
  /** An amount of money: text that is no number is told "must be an amount like 12.50". */
  money?: boolean;
}

/** What is wrong with each typed number, named by its field, before anything is saved. */
export function numberErrors(fields: readonly NumberField[]): FieldError[] {
  const out: FieldError[] = [];
  for (const f of fields) {
    const r = readNumber(f.text, f);
    if (r.ok || (f.optional && r.problem === 'empty')) continue;
    out.push({ field: f.path, ...(f.money && r.problem === 'notNumber' ? { key: 'errors.amount' } : numberMessage(r, f.digits)) });
  }
  return out;
}

/** The value, or null when the text is not one under the rules. */
export function numberOrNull(text: string, rules: NumberRules): number | null {
  const r = readNumber(text, rules);
  return r.ok ? r.value : null;
}

/** A refusal as a locale key (`errors.*` in common.json) with its values, for forms and import rows. */
export function numberMessage(read: Exclude<NumberRead, { ok: true }>, digits: number): { key: string; params?: Record<string, string | number> } {
  switch (read.problem) {
    case 'empty': return { key: 'errors.required' };
    case 'negative': return { key: 'errors.notNegative' };
    case 'tooLarge': return { key: 'errors.tooLarge' };
    case 'ambiguousComma': return { key: 'errors.ambiguousComma', params: { point: read.readings![0], joined: read.readings![1] } };
    case 'tooManyDecimals': return digits === 0 ? { key: 'errors.wholeNumber' } : { key: 'errors.tooManyDecimals', params: { digits } };
    default: return { key: digits === 0 ? 'errors.wholeNumber' : 'errors.notNumber' };
  }
}
