import { OPTION_KINDS } from '../decide/model-types';
import type { DecisionFact } from './facts';

/**
 * Decision facts as compact JSON, for the copy the dashboard keeps between visits: text
 * fields become indices into one list of distinct strings (a few hundred dates, a handful of
 * platforms and routes), numbers sit in one flat array. 13,000 facts take about 1 MB this
 * way, against 4 MB as objects, and parse in a few milliseconds.
 */
const TEXT = ['returnId', 'date', 'platform', 'country', 'locationId', 'kind', 'districtCode', 'routeId'] as const;
const NUMBERS = ['netFen', 'baselineNetFen', 'disposeNetFen', 'savingsFen', 'savingsVsDisposeFen', 'recoveryFen', 'costFen', 'goodsFen', 'units', 'weightG'] as const;

export interface EncodedDecisions {
  v: 1;
  strings: string[];
  text: number[];
  numbers: number[];
}

export function encodeDecisions(facts: readonly DecisionFact[]): EncodedDecisions {
  const ids = new Map<string, number>();
  const strings: string[] = [];
  const text: number[] = [];
  const numbers: number[] = [];
  for (const d of facts) {
    for (const k of TEXT) {
      const value = d[k];
      let id = ids.get(value);
      if (id === undefined) {
        ids.set(value, (id = strings.length));
        strings.push(value);
      }
      text.push(id);
    }
    for (const k of NUMBERS) numbers.push(d[k]);
  }
  return { v: 1, strings, text, numbers };
}

const KINDS: ReadonlySet<string> = new Set(OPTION_KINDS);

/**
 * Null when the stored copy is not one this version wrote (or is damaged): it is then ignored.
 * The columns are checked whole first, so building the facts needs no check per field.
 */
export function decodeDecisions(stored: unknown): DecisionFact[] | null {
  const e = stored as Partial<EncodedDecisions> | null;
  if (!e || e.v !== 1 || !Array.isArray(e.strings) || !Array.isArray(e.text) || !Array.isArray(e.numbers)) return null;
  const T = TEXT.length, N = NUMBERS.length;
  const n = e.text.length / T;
  if (!Number.isInteger(n) || e.numbers.length !== n * N) return null;
  const { strings, text, numbers } = e as EncodedDecisions;
  for (const s of strings) if (typeof s !== 'string') return null;
  for (const id of text) if (!Number.isInteger(id) || id < 0 || id >= strings.length) return null;
  for (const x of numbers) if (typeof x !== 'number' || !Number.isFinite(x)) return null;
  const out: DecisionFact[] = new Array<DecisionFact>(n);
  for (let i = 0, a = 0, b = 0; i < n; i++, a += T, b += N) {
    const kind = strings[text[a + 5]!]!;
    if (!KINDS.has(kind)) return null;
    out[i] = {
      returnId: strings[text[a]!]!, date: strings[text[a + 1]!]!, platform: strings[text[a + 2]!]!, country: strings[text[a + 3]!]!, locationId: strings[text[a + 4]!]!,
      kind: kind as DecisionFact['kind'], districtCode: strings[text[a + 6]!]!, routeId: strings[text[a + 7]!]!,
      netFen: numbers[b]!, baselineNetFen: numbers[b + 1]!, disposeNetFen: numbers[b + 2]!, savingsFen: numbers[b + 3]!, savingsVsDisposeFen: numbers[b + 4]!,
      recoveryFen: numbers[b + 5]!, costFen: numbers[b + 6]!, goodsFen: numbers[b + 7]!, units: numbers[b + 8]!, weightG: numbers[b + 9]!,
    };
  }
  return out;
}
