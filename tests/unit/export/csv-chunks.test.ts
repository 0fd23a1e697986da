import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvChunkBytes, exportHeaders, exportTables, toCsvBytes } from '../../../shared/export';
import { aLine } from '../../builders/ledger';
import { aStoredOrder, HOSTILE_TEXTS, sourceOf } from '../../builders/sheets';

/** A CSV written a chunk of rows at a time must be byte for byte the CSV written at once. */
describe('CSV in chunks', () => {
  it('joins to exactly the whole file, for any rows, chunk size and separator', () => {
    const order = fc.record({ n: fc.integer({ min: 1, max: 999 }), carrier: fc.constantFrom('Cainiao', '', 'a,b "c"', 'line\nbreak', ...HOSTILE_TEXTS), jpy: fc.boolean() });
    fc.assert(fc.property(fc.array(order, { maxLength: 12 }), fc.integer({ min: 1, max: 5 }), fc.constantFrom(',' as const, ';' as const), (specs, size, delimiter) => {
      const orders = specs.map((s) => aStoredOrder(s.n, { carrier: s.carrier, ...(s.jpy ? { currency: 'JPY', lines: [aLine({ unitPriceMinor: 2500 })] } : {}) }));
      const table = exportTables('orders', sourceOf(orders), 'zh-CN')[0]!;
      const label = exportHeaders('zh-CN');
      const parts: Uint8Array[] = [];
      for (let k = 0; k === 0 || k < orders.length; k += size) parts.push(csvChunkBytes({ ...table, rows: table.rows.slice(k, k + size) }, label, delimiter, k === 0));
      expect(Buffer.concat(parts).equals(Buffer.from(toCsvBytes(table, label, delimiter)))).toBe(true);
    }), { numRuns: 200 });
  });
});
