import { deserialize, serialize } from 'node:v8';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeSheets, exportTables, type SheetData } from '../../../shared/export';
import { parseArgs } from '../../../electron/ipc';
import { aStoredOrder, sourceOf } from '../../builders/sheets';
import { hostile, withOneFieldBroken } from '../reliability/fuzz-values';

/**
 * The workbook crosses from the page to the main process, which writes whatever it accepts
 * into a file: a payload that is not a well-formed sheet is refused, saying where.
 */
function sheets(): SheetData[] {
  const orders = [aStoredOrder(1), aStoredOrder(2, { currency: 'JPY' })];
  return describeSheets(exportTables('orders', sourceOf(orders)), (k) => k);
}

const request = (s: SheetData[] = sheets(), suggestedName = 'homebound-orders-2026-05-02.xlsx') => ({ suggestedName, sheets: s });
const parse = (payload: unknown) => () => parseArgs('file:saveWorkbook', [payload]);

/** A copy of the first sheet with one change. */
function withSheet(change: (s: SheetData) => void): ReturnType<typeof request> {
  const s = sheets();
  change(s[0]!);
  return request(s);
}

describe('the file:saveWorkbook payload', () => {
  it('accepts what the page builds, after the IPC copy, unchanged', () => {
    const sent = request();
    const [received] = parseArgs('file:saveWorkbook', [deserialize(serialize(sent))]);
    expect(received).toEqual(sent);
    expect(received.sheets[0]!.columns[2]!.cells).toBeInstanceOf(Float64Array);
  });

  it.each<[string, () => unknown, RegExp]>([
    ['a row count the cells do not have', () => withSheet((s) => { s.rowCount = 3; }), /args\[0\]\.sheets\[0\].*columns\[0\]: 2 cells for 3 rows/],
    ['a text index outside the column’s texts', () => withSheet((s) => { s.columns[1]!.cells[0] = 99; }), /columns\[1\] row 0: text index 99/],
    ['a string where a text is expected', () => withSheet((s) => { (s.columns[0] as { strings: unknown[] }).strings[0] = 42; }), /columns\[0\]\.strings\[0\]: number/],
    ['text over Excel’s 32,767 characters', () => withSheet((s) => { (s.columns[0] as { strings: string[] }).strings[0] = 'x'.repeat(32_768); }), /longer than 32767/],
    ['an infinite number', () => withSheet((s) => { s.columns[7]!.cells[1] = Infinity; }), /columns\[7\] row 1: Infinity/],
    ['numbers sent as a plain array', () => withSheet((s) => { (s.columns[7] as { cells: unknown }).cells = [1, 2]; }), /sheets\[0\]\.columns\[7\]\.cells/],
    ['a column kind the writers do not know', () => withSheet((s) => { (s.columns[0] as { kind: string }).kind = 'formula'; }), /sheets\[0\]\.columns\[0\]/],
    ['a number format that carries text', () => withSheet((s) => { s.columns[5]!.numFmt = '"=cmd"0'; }), /columns\[5\]\.numFmt: not a number format/],
    ['a sum on a text column', () => withSheet((s) => { s.totals!.sums[1] = 5; }), /column 1 is not numeric and cannot be summed/],
    ['a cell format on a text cell', () => withSheet((s) => { s.cellFormats = Int32Array.from([0, 1, 0]); }), /cellFormats\[0\]: \[0, 1, 0\]/],
    ['cell formats out of row order', () => withSheet((s) => { s.cellFormats = Int32Array.from([1, 7, 0, 0, 7, 0]); }), /cellFormats\[1\]/],
    ['a sheet name Excel refuses', () => withSheet((s) => { s.name = 'a/b'; }), /sheets\[0\]\.name: not a valid sheet name/],
    ['two sheets of one name', () => request([...sheets(), ...sheets()]), /two sheets have the same name/],
    ['a file name that is not .xlsx', () => request(sheets(), 'orders.exe'), /suggestedName: file name must end in \.xlsx/],
    ['a file name with a path', () => request(sheets(), '../orders.xlsx'), /suggestedName: file name has forbidden characters/],
    ['an unknown field', () => ({ ...request(), formulas: ['=1+1'] }), /args\[0\]/],
  ])('refuses %s, naming it', (_, payload, message) => {
    expect(parse(payload())).toThrow(/^file:saveWorkbook: invalid arguments/);
    expect(parse(payload())).toThrow(message);
  });

  it('refuses any one-field near miss with an error naming the argument, never a crash', () => {
    fc.assert(fc.property(withOneFieldBroken(request()).filter((p) => p !== null), (payload) => {
      let error: unknown;
      try {
        parseArgs('file:saveWorkbook', [payload]);
      } catch (e) {
        error = e;
      }
      // Some mutations leave a valid payload (a header text changed): those are fine to accept.
      if (error !== undefined) {
        expect(error).toBeInstanceOf(Error);
        expect((error as Error).message).toMatch(/^file:saveWorkbook: invalid arguments — args\[0\]/);
      }
    }), { numRuns: 1_000 });
    fc.assert(fc.property(hostile, (payload) => {
      expect(parse(payload)).toThrow(/^file:saveWorkbook: invalid arguments — args\[0\]/);
    }), { numRuns: 500 });
  });
});
