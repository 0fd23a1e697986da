import ExcelJS from 'exceljs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportHeaders, exportTables, neutralize, type ExportSource, toCsvBytes, toCsvText, toXlsxBytes, type ExportTable } from '../../../shared/export';
import type { Order } from '../../../shared/schemas/order';
import { aLine, anOrder } from '../../builders/ledger';

const label = (key: string) => `[${key}]`;
const HOSTILE = ['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1)', '\tTAB=1', '\r=1', '=cmd|\' /C calc\'!A0', '="a"&"b"', 'ok'];

function order(n: number, overrides: Partial<Order> = {}): Order {
  return {
    ...anOrder({ orderNo: `ORD-${n}`, lines: [aLine({ qty: 2, unitPriceMinor: 1999, unitWeightG: 380, rebatePerUnitFen: 150 })] }),
    id: `01ORDER000000000000000000${n}`, createdAt: '2026-05-02T00:00:00.000Z', updatedAt: '2026-05-02T00:00:00.000Z', skus: ['CUP-THM-500'], barcodes: [],
    ...overrides,
  };
}

const RATES: ExportSource['rates'] = [{ currency: 'USD', validFrom: '2026-01-01', cnyMillionths: 7_200_000 }];
const source = (orders: Order[]): ExportSource => ({ orders, returns: [], decisions: [], batches: [], rates: RATES });

describe('formula injection', () => {
  it('neutralises every dangerous start and nothing else', () => {
    // Every ASCII start, tab and carriage return included, not just printable text.
    const text = fc.oneof(fc.string(), fc.tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ' ', "'"), fc.string({ unit: 'binary-ascii' })).map(([a, b]) => a + b));
    fc.assert(fc.property(text, (s) => {
      const out = neutralize(s);
      if (/^[=+\-@\t\r]/.test(s)) expect(out).toBe(`'${s}`);
      else expect(out).toBe(s);
      expect(/^[=+\-@\t\r]/.test(out)).toBe(false);
    }));
  });

  it('keeps hostile text inert in the workbook: the only formulas are the totals', async () => {
    const orders = HOSTILE.map((h, i) => order(i, { orderNo: h, carrier: h, exportPort: h }));
    const bytes = await toXlsxBytes(exportTables('orders', source(orders)), label);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const formulas: string[] = [];
    ws.eachRow((row, r) => row.eachCell((cell) => {
      if (cell.type === ExcelJS.ValueType.Formula) formulas.push(`${r}:${cell.formula}`);
      if (typeof cell.value === 'string') expect(/^[=+\-@\t\r]/.test(cell.value)).toBe(false);
    }));
    const last = orders.length + 1;
    expect(formulas.every((f) => f.startsWith(`${last + 1}:SUM(`))).toBe(true);
    expect(formulas.length).toBeGreaterThan(0);
    expect(ws.getCell('A2').value).toBe(`'${HOSTILE[0]}`);
  });

  it('keeps negative amounts numeric in CSV while text is neutralised', () => {
    const table: ExportTable<{ t: string; fen: number }> = {
      name: 'x', rows: [{ t: '-5', fen: -1250 }],
      columns: [{ key: 't', type: 'text', value: (r) => r.t }, { key: 'fen', type: 'fen', value: (r) => r.fen }],
    };
    expect(toCsvText(table, label)).toBe("[t],[fen]\r\n'-5,-12.50");
    expect(toCsvText(table, label, ';')).toBe("[t];[fen]\r\n'-5;-12,50");
  });
});

describe('CSV', () => {
  it('starts with a UTF-8 byte-order mark and keeps Chinese text', () => {
    const bytes = toCsvBytes(exportTables('lines', source([order(1)]))[0]!, label);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('保温杯 500 毫升');
  });

  it('round-trips any text through papaparse (neutralised), with either delimiter', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.string(), fc.integer({ min: -1e9, max: 1e9 })), { minLength: 1, maxLength: 20 }), fc.constantFrom(',', ';'), (rows, delimiter) => {
      const table: ExportTable<[string, number]> = {
        name: 'p', rows,
        columns: [{ key: 'text', type: 'text', value: (r) => r[0] }, { key: 'fen', type: 'fen', value: (r) => r[1] }],
      };
      const parsed = Papa.parse<string[]>(toCsvText(table, label, delimiter as ',' | ';'), { delimiter, newline: '\r\n' });
      const body = parsed.data.slice(1);
      expect(body.map((r) => r[0])).toEqual(rows.map((r) => neutralize(r[0])));
      const comma = delimiter === ';';
      expect(body.map((r) => Math.round(Number(r[1]!.replace(comma ? ',' : '', comma ? '.' : '')) * 100))).toEqual(rows.map((r) => r[1]));
    }), { numRuns: 200 });
  });

  it('writes golden order rows: amounts with the currency decimals, CNY at the dated rate', () => {
    const text = toCsvText(exportTables('orders', source([order(1)]), 'en')[0]!, (k) => k);
    expect(text.split('\r\n')).toEqual([
      'orderNo,platform,orderDate,buyerCountry,currency,lineCount,units,orderValue,orderValueCny,declaredValue,exportMode,exportDistrict,exportPort,exportDate,declarationNo,waybillNo,carrier,weightKg,rebateCny',
      'ORD-1,Amazon,2026-05-02,United States,USD,1,2,39.98,287.86,24.00,9610 · B2C retail parcels,2900 杭州关区 Hangzhou,,2026-05-04,29002026I000000001,LP00123456789012,Cainiao,0.760,3.00',
    ]);
  });

  it('writes the same row in Chinese, and with the code option the stored codes beside the words', () => {
    const zh = toCsvText(exportTables('orders', source([order(1)]), 'zh-CN', true)[0]!, exportHeaders('zh-CN'));
    const [head, row] = zh.split('\r\n');
    expect(head!.split(',').slice(0, 6)).toEqual(['订单号', '平台', '平台（代码）', '下单日期', '国家', '国家（代码）']);
    expect(row!.split(',').slice(0, 6)).toEqual(['ORD-1', '亚马逊', 'amazon', '2026-05-02', '美国', 'US']);
  });
});

describe('XLSX', () => {
  it('has typed numeric and date cells, a frozen header, widths and SUM totals that match', async () => {
    const orders = [order(1), order(2, { currency: 'JPY', lines: [aLine({ qty: 1, unitPriceMinor: 2500 })] })];
    const bytes = await toXlsxBytes(exportTables('orders', source(orders), 'en'), label);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    const ws = wb.getWorksheet('Orders')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getRow(1).getCell(1).value).toBe('[orderNo]');
    expect(ws.getCell('C2').value).toEqual(new Date('2026-05-02T00:00:00Z'));
    expect(ws.getCell('C2').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('H2').value).toBe(39.98);
    expect(ws.getCell('H3').value).toBe(2500);
    expect(ws.getCell('H3').numFmt).toBe('#,##0');
    expect(ws.getCell('I2').value).toBe(287.86);
    expect(ws.getCell('G4').value).toEqual({ formula: 'SUM(G2:G3)', result: 3 });
    expect(ws.getCell('A4').value).toBe('[total]');
    expect(ws.getColumn(1).width).toBe(22);
  });

  it('puts decisions and their cost lines on two sheets', async () => {
    for (const [language, names] of [['en', ['Decisions', 'Cost lines']], ['zh-CN', ['决策', '费用明细']]] as const) {
      const bytes = await toXlsxBytes(exportTables('decisions', source([]), language), label);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes.buffer as ArrayBuffer);
      expect(wb.worksheets.map((w) => w.name)).toEqual(names);
    }
  });
});
