import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_IMPORT_DEFAULTS } from '../../../shared/import/defaults';
import { parseImport } from '../../../shared/import/run-import';

const AMAZON = new Uint8Array(readFileSync('tests/fixtures/import/amazon-all-orders.txt'));
const parse = (bytes: Uint8Array) => parseImport({ bytes, mapping: null, kind: 'orders', defaults: { ...DEFAULT_IMPORT_DEFAULTS, hsCode: '9405110000' }, catalog: [] });

describe('garbage and truncated files', () => {
  it('never crashes on random bytes: either no format is recognised or every row is accounted for', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
      const r = await parse(bytes);
      expect(r.inspection.format === 'custom' || r.orders !== null).toBe(true);
    }), { numRuns: 300 });
  });

  it('a report cut anywhere yields valid orders plus row-level rejections, never a half order', async () => {
    await fc.assert(fc.asyncProperty(fc.integer({ min: 0, max: AMAZON.length }), async (cut) => {
      const r = await parse(AMAZON.slice(0, cut));
      if (!r.orders) return;
      // Every readable row ends in an imported order or a rejection; unreadable ones are `broken`.
      const rows = new Set([...r.orders.orders.flatMap((o) => o.rows), ...r.orders.rejected.map((x) => x.row)]);
      expect(rows.size).toBe(r.inspection.rowCount);
      for (const o of r.orders.orders) expect(o.input.lines.every((l) => l.qty >= 1)).toBe(true);
      for (const x of r.orders.rejected) expect(x.key).toMatch(/^(errors|data:reason)\./);
    }), { numRuns: 200 });
  });

  it('random cell values in a real header are rejected by row and field, not thrown', async () => {
    const header = new TextDecoder().decode(AMAZON).split('\n')[0]!;
    const cols = header.split('\t').length;
    await fc.assert(fc.asyncProperty(fc.array(fc.array(fc.string({ maxLength: 12 }).map((s) => s.replace(/[\t\n\r"]/g, '')), { minLength: cols, maxLength: cols }), { maxLength: 30 }), async (rows) => {
      const text = [header, ...rows.map((r) => r.join('\t'))].join('\n');
      const r = await parse(new TextEncoder().encode(text));
      const parsed = r.orders!;
      for (const x of parsed.rejected) expect(x.row).toBeGreaterThanOrEqual(2);
      expect(parsed.orders.length).toBeLessThanOrEqual(rows.length);
    }), { numRuns: 100 });
  });
});
