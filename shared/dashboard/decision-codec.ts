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

/** Null when the stored copy is not one this version wrote (or is damaged): it is then ignored. */
export function decodeDecisions(stored: unknown): DecisionFact[] | null {
  const e = stored as Partial<EncodedDecisions> | null;
  if (!e || e.v !== 1 || !Array.isArray(e.strings) || !Array.isArray(e.text) || !Array.isArray(e.numbers)) return null;
  const n = e.text.length / TEXT.length;
  if (!Number.isInteger(n) || e.numbers.length !== n * NUMBERS.length) return null;
  const { strings, text, numbers } = e as EncodedDecisions;
  const out: DecisionFact[] = [];
  for (let i = 0; i < n; i++) {
    const s = (k: number) => strings[text[i * TEXT.length + k]!];
    const x = (k: number) => numbers[i * NUMBERS.length + k];
    const kind = s(5);
    if (kind === undefined || !KINDS.has(kind)) return null;
    const fact = {
      returnId: s(0), date: s(1), platform: s(2), country: s(3), locationId: s(4), kind, districtCode: s(6), routeId: s(7),
      netFen: x(0), baselineNetFen: x(1), disposeNetFen: x(2), savingsFen: x(3), savingsVsDisposeFen: x(4), recoveryFen: x(5), costFen: x(6), goodsFen: x(7), units: x(8), weightG: x(9),
    };
    if (Object.values(fact).some((v) => v === undefined || (typeof v === 'number' && !Number.isFinite(v)))) return null;
    out.push(fact as DecisionFact);
  }
  return out;
}
