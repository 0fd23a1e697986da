import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bufferedSheet, describeSheets, neutralize, sheetsToXlsxBytes, type ExportTable } from '../../../shared/export';
import { minorDigits } from '../../../shared/money';
import { writeXlsxStream } from '../../../electron/xlsx-stream';
import { cellsOf, HOSTILE_TEXTS, inChunks, memorySink, readWorkbook } from '../../builders/sheets';

/**
 * The desktop app streams a workbook from the main process, the browser writes it in memory:
 * a bookkeeper must get the same cells either way, and the cells the ledger holds. The stream
 * gets the rows in chunks of any size, as the export worker sends them; the in-memory writer
 * gets the whole table in one: chunking must change no cell and no total.
 */
interface Row {
  note: string | null;
  qty: number | null;
  fen: number | null;
  amount: number | null;
  currency: string;
  date: string | null;
  grams: number | null;
}

const table = (rows: Row[]): ExportTable<Row> => ({
  name: 'mixed: rows?',
  rows,
  columns: [
    // First, and sometimes blank: a blank first cell must not shift the row left.
    { key: 'note', type: 'text', value: (r) => r.note },
    { key: 'qty', type: 'integer', value: (r) => r.qty, sum: true },
    { key: 'fen', type: 'fen', value: (r) => r.fen, sum: true },
    { key: 'amount', type: 'money', value: (r) => r.amount, currency: (r) => r.currency },
    { key: 'currency', type: 'text', value: (r) => r.currency, width: 8 },
    { key: 'date', type: 'date', value: (r) => r.date },
    { key: 'grams', type: 'grams', value: (r) => r.grams, sum: true },
  ],
});

const minor = fc.integer({ min: -1e9, max: 1e9 });
const day = fc.integer({ min: 0, max: 3000 }).map((d) => new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10));
const row: fc.Arbitrary<Row> = fc.record({
  note: fc.option(fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...HOSTILE_TEXTS, '保温杯 500 毫升', '123', '')), { nil: null }),
  qty: fc.option(fc.integer({ min: -1000, max: 100_000 }), { nil: null }),
  fen: fc.option(minor, { nil: null }),
  amount: fc.option(minor, { nil: null }),
  currency: fc.constantFrom('CNY', 'USD', 'JPY', 'KRW', 'EUR', 'BHD'),
  date: fc.option(day, { nil: null }),
  grams: fc.option(fc.integer({ min: 0, max: 1e8 }), { nil: null }),
});

async function both(rows: Row[], chunkRows: number, label: (key: string) => string = (k) => k) {
  const { sink, bytes } = memorySink();
  await writeXlsxStream(sink, [inChunks(table(rows), label, chunkRows)]);
  const streamed = await readWorkbook(bytes());
  const inMemory = await readWorkbook(await sheetsToXlsxBytes(describeSheets([table(rows)], label).map(bufferedSheet)));
  return { streamed: streamed.worksheets[0]!, inMemory: inMemory.worksheets[0]! };
}

/** What each source row should read back as, computed from the ledger values directly. */
function expectedRow(r: Row): unknown[] {
  // XML reads every line end as \n: a carriage return in a cell comes back as one.
  const text = (v: string | null) => (v === null || v === '' ? null : neutralize(v).replace(/\r\n?/g, '\n'));
  const scaled = (v: number | null, places: number) => (v === null ? null : v / 10 ** places);
  return [text(r.note), r.qty, scaled(r.fen, 2), scaled(r.amount, minorDigits(r.currency)), r.currency, r.date === null ? null : new Date(`${r.date}T00:00:00Z`), scaled(r.grams, 3)];
}

describe('both XLSX writers', () => {
  it('write the same cells, formats and totals for any sheet, and the cells the ledger holds', async () => {
    await fc.assert(fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 25 }), fc.integer({ min: 1, max: 30 }), async (rows, chunkRows) => {
      const { streamed, inMemory } = await both(rows, chunkRows);
      expect(cellsOf(streamed)).toEqual(cellsOf(inMemory));
      expect(streamed.name).toBe('mixed  rows ');

      rows.forEach((r, i) => {
        const values = [1, 2, 3, 4, 5, 6, 7].map((c) => streamed.getRow(i + 2).getCell(c).value);
        expect(values).toEqual(expectedRow(r));
        const places = minorDigits(r.currency);
        if (r.amount !== null) expect(streamed.getRow(i + 2).getCell(4).numFmt).toBe(places === 0 ? '#,##0' : `#,##0.${'0'.repeat(places)}`);
      });

      const totals = streamed.getRow(rows.length + 2);
      const sum = (pick: (r: Row) => number | null) => rows.reduce((s, r) => s + (pick(r) ?? 0), 0);
      // The file holds <v>0</v> for a zero total; exceljs reads that back as no result.
      const total = (c: number) => {
        const v = totals.getCell(c).value as { formula: string; result?: number };
        return { formula: v.formula, result: v.result ?? 0 };
      };
      expect(totals.getCell(1).value).toBe('total');
      expect(total(2)).toEqual({ formula: `SUM(B2:B${rows.length + 1})`, result: sum((r) => r.qty) });
      expect(total(3)).toEqual({ formula: `SUM(C2:C${rows.length + 1})`, result: sum((r) => r.fen) / 100 });
      expect(total(7)).toEqual({ formula: `SUM(G2:G${rows.length + 1})`, result: sum((r) => r.grams) / 1000 });
    }), { numRuns: 40 });
  }, 120_000);

  it('write an empty table as its header alone, with no totals row summing the header', async () => {
    const { streamed, inMemory } = await both([], 5, (k) => `[${k}]`);
    expect(cellsOf(streamed)).toEqual(cellsOf(inMemory));
    expect(streamed.getCell('A1').value).toBe('[note]');
    expect(streamed.actualRowCount).toBe(1);
  });
});
