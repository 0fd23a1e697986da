import { REJECT, type CodedField, type Resolutions } from './values';

/**
 * Coded cells (country, platform, currency, export mode, district) read once per distinct
 * value: a 100,000-row file has a handful of countries, so each is read by its reader once and
 * then looked up. A value no reader knows is tallied for the review ("美联邦 — 12 rows —
 * Buyer country"), where the user maps it once; the answer comes back in `resolutions` and
 * wins over the reader. REJECT keeps the value's rows out on purpose.
 */
export interface Unresolved {
  field: CodedField;
  value: string;
  rows: number;
}

export type Coded = { ok: true; code: string } | { ok: false; key: string };

export class CodedValues {
  private readonly caches = new Map<CodedField, Map<string, string | null>>();
  private readonly unknown = new Map<CodedField, Map<string, number>>();

  constructor(private readonly resolutions: Resolutions = {}) {}

  read(field: CodedField, raw: string, reader: (text: string) => string | null): Coded {
    let cache = this.caches.get(field);
    if (!cache) this.caches.set(field, (cache = new Map()));
    let code = cache.get(raw);
    if (code === undefined) {
      code = this.resolutions[field]?.[raw] ?? reader(raw);
      cache.set(raw, code);
    }
    if (code === REJECT) return { ok: false, key: 'data:reason.userRejected' };
    if (code !== null) return { ok: true, code };
    let counts = this.unknown.get(field);
    if (!counts) this.unknown.set(field, (counts = new Map()));
    counts.set(raw, (counts.get(raw) ?? 0) + 1);
    return { ok: false, key: 'data:reason.unknownValue' };
  }

  /** Every distinct value no reader knew, most rows first. */
  unresolved(): Unresolved[] {
    const out: Unresolved[] = [];
    for (const [field, counts] of this.unknown) for (const [value, rows] of counts) out.push({ field, value, rows });
    return out.sort((a, b) => b.rows - a.rows || a.value.localeCompare(b.value));
  }
}
