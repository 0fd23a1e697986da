import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_IMPORT_DEFAULTS, type ImportDefaults } from '../../../shared/import/defaults';
import { FORMATS, ORDER_FIELDS, RETURN_FIELDS, type ImportKind, type Mapping } from '../../../shared/import/formats';
import { isXlsx, readTable } from '../../../shared/import/read-table';
import { reviewOf } from '../../../shared/import/review';
import { parseImport, type ImportParsed } from '../../../shared/import/run-import';
import { orderInput, orderRecord } from '../../../shared/schemas/order';
import { ImportRepo } from '../../../renderer/db/import-repo';
import { ImportSession } from '../../../renderer/workers/import-session';
import { freshRepositories } from '../db/test-db';

/**
 * Issue 8, item 4 for import files: ≥ 10,000 malformed files through the import's real parse
 * and validation path (parseImport: decode → delimited/XLSX reader → report detection →
 * row mapping and zod checks → review), the pure functions the import worker calls. Every
 * file must come back as a review — a file the XLSX reader cannot open may instead fail as a
 * whole, which the page shows as "The file could not be read" — never a throw from mapping.
 * Every rejection names its row (and its field, unless the row itself is unreadable) with a
 * message the locale defines; no order is accepted with one of its rows rejected. A sample
 * goes on through the worker's session into fake-indexeddb: exactly the accepted orders land.
 */
const en = (ns: string) => JSON.parse(readFileSync(`shared/locales/en/${ns}.json`, 'utf8')) as Record<string, Record<string, string>>;
const COMMON = en('common');
const DATA = en('data');
const ran: Record<string, number> = {};
const count = (name: string) => { ran[name] = (ran[name] ?? 0) + 1; };
afterAll(() => console.info(`import fuzz files: ${JSON.stringify(ran)}, total ${Object.values(ran).reduce((a, b) => a + b, 0)}`));

const DEFAULTS: ImportDefaults = { ...DEFAULT_IMPORT_DEFAULTS, hsCode: '9405110000' };
const FIXTURES = ['amazon-all-orders.txt', 'amazon-all-orders-utf16le.txt', 'amazon-fba-returns.txt', 'amazon-mfn-returns.csv', 'generic-orders-gbk.csv', 'shopify-orders-eu-1252.csv', 'shopify-orders.csv']
  .map((name) => new Uint8Array(readFileSync(`tests/fixtures/import/${name}`)));
let XLSX: Uint8Array = new Uint8Array();

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('orders');
  ws.addRow(['amazon-order-id', 'purchase-date', 'sku', 'quantity', 'item-price', 'currency', 'ship-country']);
  for (let i = 0; i < 20; i++) ws.addRow([`114-${i}`, new Date(Date.UTC(2026, 3, 1 + i)), `SKU-${i % 3}`, 1 + (i % 4), 9.99 * (i + 1), 'USD', 'US']);
  XLSX = new Uint8Array(await wb.xlsx.writeBuffer());
});

/** Whether a rejection key is a message the UI can show. */
function known(key: string): boolean {
  const [ns, path] = key.startsWith('data:') ? [DATA, key.slice(5)] : [COMMON, key];
  const [group, name] = path.split('.');
  return typeof ns[group!]?.[name!] === 'string';
}

async function parse(bytes: Uint8Array, mapping: Mapping | null = null, kind: ImportKind = 'orders') {
  return parseImport({ bytes, mapping, kind, defaults: DEFAULTS, catalog: [] });
}

/** The outcome the worker would post: a review, or (unreadable workbook only) a whole-file failure. */
async function check(name: string, bytes: Uint8Array, mapping: Mapping | null = null, kind: ImportKind = 'orders'): Promise<ImportParsed | null> {
  count(name);
  let parsed: ImportParsed;
  try {
    parsed = await parse(bytes, mapping, kind);
  } catch (error) {
    // Only reading a damaged workbook may fail as a whole: the table reader itself throws.
    const readerFails = isXlsx(bytes) && (await readTable(bytes).then(() => false, () => true));
    if (!readerFails) throw error;
    return null;
  }
  const review = reviewOf(parsed, null);
  for (const r of review.rejections) {
    // Row 1 is the header: only "no header row" may point there.
    expect(Number.isInteger(r.row) && r.row >= (r.key === 'data:reason.noHeader' ? 1 : 2), `row of ${JSON.stringify(r)}`).toBe(true);
    expect(known(r.key), `unknown message ${r.key}`).toBe(true);
    if (!r.key.startsWith('data:reason.')) expect(r.field, `unnamed field for ${r.key} at row ${r.row}`).not.toBe('');
  }
  if (parsed.orders) {
    const rejectedRows = new Set(parsed.orders.rejected.map((r) => r.row));
    const accepted = parsed.orders.orders.flatMap((o) => o.rows);
    // All or nothing per order: none of an accepted order's rows was rejected, and every row is accounted for.
    for (const row of accepted) expect(rejectedRows.has(row), `order accepted with rejected row ${row}`).toBe(false);
    expect(new Set([...accepted, ...rejectedRows]).size).toBe(parsed.inspection.rowCount);
    for (const o of parsed.orders.orders) expect(orderInput.safeParse(o.input).success).toBe(true);
  }
  if (parsed.returns) expect(parsed.returns.returns.length + parsed.returns.rejected.length).toBe(parsed.inspection.rowCount);
  return parsed;
}

// ---- generators -------------------------------------------------------------------------
const KNOWN_HEADERS = [...new Set(FORMATS.flatMap((f) => [...f.required, ...Object.values(f.columns).flat()]))];
const nasty = fc.constantFrom('', ' ', '0', '-1', '1e309', '9'.repeat(400), '12,50', '1.234,56', '$19.99', '€ 5', 'USD', 'usd', 'XXX', '2026-02-30', '31/12/2026',
  '12/31/2026', '1.2.26', '2026-04-05T21:06:21+00:00', 'Cancelled', 'Shipped', '=HYPERLINK("x")', '"', '""', '\u0000', '\uD800', '😀', '贵州茅台', 'x'.repeat(300), 'US', 'zz');
const cell = fc.oneof(nasty, fc.string({ maxLength: 16 }), fc.string({ unit: 'binary', maxLength: 10 }), fc.integer().map(String), fc.double().map(String));
const header = fc.oneof(
  fc.constantFrom(...FORMATS.map((f) => Object.values(f.columns).flat())),
  fc.shuffledSubarray(KNOWN_HEADERS, { minLength: 1 }),
  fc.array(fc.oneof(fc.constantFrom(...KNOWN_HEADERS).chain((h) => fc.constantFrom(h, h.toUpperCase(), ` ${h} `, h.replace(/-/g, '_'))), fc.string({ maxLength: 10 })), { minLength: 1, maxLength: 12 }),
);
const delimiter = fc.constantFrom('\t', ',', ';', '|');
const newline = fc.constantFrom('\n', '\r\n', '\r');
const quote = (c: string, d: string) => (c.includes(d) || c.includes('"') || /[\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
const table = fc.record({ header, delimiter, newline, quoted: fc.boolean(), rows: fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 12 }) })
  .map(({ header: h, delimiter: d, newline: n, quoted, rows }) => [h, ...rows].map((r) => r.map((c) => (quoted ? quote(c, d) : c)).join(d)).join(n));

/** Text as one of the byte encodings real files arrive in. */
const encodings: Record<string, (text: string) => Uint8Array> = {
  utf8: (t) => new TextEncoder().encode(t),
  utf8bom: (t) => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(t)]),
  utf16le: (t) => { const b = new Uint8Array(t.length * 2); const v = new DataView(b.buffer); for (let i = 0; i < t.length; i++) v.setUint16(i * 2, t.charCodeAt(i), true); return b; },
  utf16lebom: (t) => new Uint8Array([0xff, 0xfe, ...encodings.utf16le!(t)]),
  utf16bebom: (t) => { const le = encodings.utf16le!(t); const be = le.map((_, i) => le[i ^ 1]!); return new Uint8Array([0xfe, 0xff, ...be]); },
  latin1: (t) => Uint8Array.from(t, (ch) => ch.charCodeAt(0) & 0xff),
};
const encoded = fc.tuple(table, fc.constantFrom(...Object.keys(encodings))).map(([text, enc]) => encodings[enc]!(text));

const spoil = (base: Uint8Array) => fc.record({ cut: fc.nat({ max: base.length }), flips: fc.array(fc.tuple(fc.nat({ max: Math.max(base.length - 1, 0) }), fc.integer({ min: 0, max: 7 })), { maxLength: 4 }) })
  .map(({ cut, flips }) => { const b = base.slice(0, cut); for (const [i, bit] of flips) if (i < b.length) b[i]! ^= 1 << bit; return b; });
const mapping = fc.tuple(fc.constantFrom<ImportKind>('orders', 'returns'), fc.array(fc.string({ maxLength: 8 }), { minLength: 1, maxLength: 8 }))
  .chain(([kind, headers]) => fc.record({
    kind: fc.constant(kind), headers: fc.constant(headers),
    mapping: fc.dictionary(fc.constantFrom<string>(...(kind === 'orders' ? ORDER_FIELDS : RETURN_FIELDS)), fc.constantFrom(...headers), { maxKeys: 8 }),
    rows: fc.array(fc.array(cell, { minLength: headers.length, maxLength: headers.length }), { maxLength: 10 }),
  }));

/** A real report's header over rows of random cells, correctly quoted. */
const reportWithCells = fc.record({ f: fc.constantFrom(...FORMATS), rows: fc.array(fc.array(cell, { minLength: 12, maxLength: 12 }), { minLength: 1, maxLength: 15 }), d: delimiter })
  .map(({ f, rows, d }) => {
    const h = Object.values(f.columns).map((names) => names[0]!);
    return new TextEncoder().encode([h, ...rows.map((r) => r.slice(0, h.length))].map((r) => r.map((c) => quote(c, d)).join(d)).join('\n'));
  });

// ---- properties --------------------------------------------------------------------------
const RUNS = { bytes: 1500, encoded: 3500, cut: 2000, cells: 2000, mapped: 1000, xlsx: 300 };

describe('malformed import files through the real parse and validation path', () => {
  it(`random bytes (${RUNS.bytes}), some dressed as a workbook or behind a byte-order mark`, async () => {
    const prefix = fc.constantFrom([], [0x50, 0x4b, 0x03, 0x04], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]);
    await fc.assert(fc.asyncProperty(prefix, fc.uint8Array({ maxLength: 3000 }), async (p, b) => { await check('bytes', new Uint8Array([...p, ...b])); }), { numRuns: RUNS.bytes });
  });

  it(`random headers, delimiters, quoting and cells in six encodings (${RUNS.encoded})`, async () => {
    await fc.assert(fc.asyncProperty(encoded, async (bytes) => { await check('encoded', bytes); }), { numRuns: RUNS.encoded });
  });

  it(`real reports cut off anywhere and bit-flipped (${RUNS.cut})`, async () => {
    const arb = fc.constantFrom(...FIXTURES).chain(spoil);
    await fc.assert(fc.asyncProperty(arb, async (bytes) => { await check('cut', bytes); }), { numRuns: RUNS.cut });
  });

  it(`random cells under each real report header (${RUNS.cells})`, async () => {
    await fc.assert(fc.asyncProperty(reportWithCells, async (bytes) => {
      const parsed = await check('cells', bytes);
      expect(parsed?.orders ?? parsed?.returns, 'a real header must be recognised').toBeTruthy();
    }), { numRuns: RUNS.cells });
  });

  it(`files with a user's column mapping, orders or returns (${RUNS.mapped})`, async () => {
    await fc.assert(fc.asyncProperty(mapping, async ({ kind, headers, mapping: m, rows }) => {
      const text = [headers, ...rows].map((r) => r.map((c) => quote(c, ',')).join(',')).join('\n');
      await check('mapped', new TextEncoder().encode(text), m, kind);
    }), { numRuns: RUNS.mapped });
  });

  it(`XLSX workbooks cut off and bit-flipped (${RUNS.xlsx})`, async () => {
    await fc.assert(fc.asyncProperty(fc.constant(null).chain(() => spoil(XLSX)), async (bytes) => { await check('xlsx', bytes); }), { numRuns: RUNS.xlsx });
  });

  it('a sample goes on to the write: exactly the accepted orders land, and nothing else changes', async () => {
    const repos = freshRepositories();
    const seed = new ImportSession(new ImportRepo(repos.db));
    await seed.check({ bytes: FIXTURES[0]!, mapping: null, kind: 'orders', defaults: DEFAULTS });
    await seed.commit();
    const cases = fc.oneof(reportWithCells, fc.constantFrom(...FIXTURES).chain(spoil));
    await fc.assert(fc.asyncProperty(cases, async (bytes) => {
      count('written');
      const before = await repos.db.orders.count();
      const session = new ImportSession(new ImportRepo(repos.db));
      const review = await session.check({ bytes, mapping: null, kind: 'orders', defaults: DEFAULTS });
      if (review.kind !== 'orders') return;
      const done = await session.commit();
      expect(await repos.db.orders.count()).toBe(before + done.added);
      for (const o of await repos.db.orders.toArray()) expect(orderInput.safeParse(o).success && orderRecord.safeParse(o).success).toBe(true);
    }), { numRuns: 200 });
  });
});
