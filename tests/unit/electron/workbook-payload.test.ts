import { deserialize, serialize } from 'node:v8';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AppendWorkbookRequest } from '../../../shared/bridge/workbook';
import { exportTables } from '../../../shared/export';
import { parseArgs } from '../../../electron/ipc';
import { aStoredOrder, appendsOf, inChunks, sourceOf } from '../../builders/sheets';
import { hostile, withOneFieldBroken } from '../reliability/fuzz-values';

/**
 * A workbook crosses from the page to the main process in chunks, which the main process
 * writes into a file: a sheet head or a chunk of rows that is not well formed is refused,
 * saying where — a bad cell by its row in the sheet.
 */
const WORKBOOK = 'workbook-0001';
function sheets() {
  const orders = [aStoredOrder(1), aStoredOrder(2, { currency: 'JPY' }), aStoredOrder(3)];
  // Chunks of two: rows 2–3, then row 4 (data row 2) with the totals.
  return exportTables('orders', sourceOf(orders)).map((t) => inChunks(t, (k) => k, 2));
}
const begin = (suggestedName = 'homebound-orders-2026-05-02.xlsx', s = sheets()) => ({ suggestedName, sheets: s.map((x) => x.head) });
/** The second chunk with one change. */
function chunk(change: (a: AppendWorkbookRequest) => void = () => {}): AppendWorkbookRequest {
  const a = appendsOf(WORKBOOK, sheets())[1]!;
  change(a);
  return a;
}
const parse = (channel: 'workbook:begin' | 'workbook:append', payload: unknown) => () => parseArgs(channel, [payload]);

describe('the workbook payloads', () => {
  it('accept what the page builds, after the IPC copy, unchanged', () => {
    const sent = chunk();
    const [received] = parseArgs('workbook:append', [deserialize(serialize(sent))]);
    expect(received).toEqual(sent);
    expect(received.rows.columns[2]!.cells).toBeInstanceOf(Float64Array);
    expect(received.end?.totals?.sums[6]).toBe(6);
    expect(parseArgs('workbook:begin', [begin()])[0].sheets[0]!.columns[0]).toEqual({ header: 'orderNo', width: 22, numFmt: null, kind: 'text' });
  });

  it.each<[string, () => unknown, RegExp]>([
    ['a row count the cells do not have', () => chunk((a) => { a.rows.rowCount = 3; }), /args\[0\]\.rows|columns\[0\]: 1 cells for 3 rows/],
    ['a text index outside the column’s texts', () => chunk((a) => { a.rows.columns[1]!.cells[0] = 99; }), /row 4, columns\[1\]: text index 99/],
    ['a string where a text is expected', () => chunk((a) => { (a.rows.columns[0] as { strings: unknown[] }).strings[0] = 42; }), /columns\[0\]\.strings\[0\]: number/],
    ['text over Excel’s 32,767 characters', () => chunk((a) => { (a.rows.columns[0] as { strings: string[] }).strings[0] = 'x'.repeat(32_768); }), /longer than 32767/],
    ['an infinite number', () => chunk((a) => { a.rows.columns[7]!.cells[0] = Infinity; }), /row 4, columns\[7\]: Infinity/],
    ['numbers sent as a plain array', () => chunk((a) => { (a.rows.columns[7] as { cells: unknown }).cells = [1]; }), /rows\.columns\[7\]\.cells/],
    ['a column kind the writers do not know', () => chunk((a) => { (a.rows.columns[0] as { kind: string }).kind = 'formula'; }), /rows\.columns\[0\]/],
    ['a cell format on a text cell', () => chunk((a) => { a.rows.cellFormats = Int32Array.from([0, 1, 0]); a.rows.formats = ['#,##0']; }), /cellFormats\[0\] \(row 4\): \[0, 1, 0\]/],
    ['rows past the sheet’s 1,048,574', () => chunk((a) => { a.firstRow = 1_048_574; }), /more than the 1048574 data rows/],
    ['a sheet index past the sixteen', () => chunk((a) => { a.sheet = 16; }), /args\[0\]\.sheet/],
    ['an unknown field', () => ({ ...chunk(), formulas: ['=1+1'] }), /args\[0\]/],
  ])('refuse a chunk with %s, naming it', (_, payload, message) => {
    expect(parse('workbook:append', payload())).toThrow(/^workbook:append: invalid arguments/);
    expect(parse('workbook:append', payload())).toThrow(message);
  });

  it.each<[string, () => unknown, RegExp]>([
    ['a number format that carries text', () => { const b = begin(); b.sheets[0]!.columns[5]!.numFmt = '"=cmd"0'; return b; }, /columns\[5\]\.numFmt: not a number format/],
    ['a sheet name Excel refuses', () => { const b = begin(); b.sheets[0]!.name = 'a/b'; return b; }, /sheets\[0\]\.name: not a valid sheet name/],
    ['two sheets of one name', () => begin(undefined, [...sheets(), ...sheets()]), /two sheets have the same name/],
    ['a file name that is not .xlsx', () => begin('orders.exe'), /suggestedName: file name must end in \.xlsx/],
    ['a file name with a path', () => begin('../orders.xlsx'), /suggestedName: file name has forbidden characters/],
  ])('refuse a beginning with %s, naming it', (_, payload, message) => {
    expect(parse('workbook:begin', payload())).toThrow(message);
  });

  it('refuse any one-field near miss with an error naming the argument, never a crash', () => {
    fc.assert(fc.property(withOneFieldBroken(chunk()).filter((p) => p !== null), (payload) => {
      let error: unknown;
      try {
        parseArgs('workbook:append', [payload]);
      } catch (e) {
        error = e;
      }
      // Some mutations leave a valid payload (a text changed): those are fine to accept.
      if (error !== undefined) {
        expect(error).toBeInstanceOf(Error);
        expect((error as Error).message).toMatch(/^workbook:append: invalid arguments — args\[0\]/);
      }
    }), { numRuns: 1_000 });
    fc.assert(fc.property(hostile, (payload) => {
      expect(parse('workbook:append', payload)).toThrow(/^workbook:append: invalid arguments — args\[0\]/);
      expect(parse('workbook:begin', payload)).toThrow(/^workbook:begin: invalid arguments — args\[0\]/);
    }), { numRuns: 500 });
  });
});
