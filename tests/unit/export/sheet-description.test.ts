import { describe, expect, it } from 'vitest';
import { describeSheet, exportTables, type NumberColumn, type TextColumn } from '../../../shared/export';
import { excelDate } from '../../../shared/export/sheet';
import { aLine } from '../../builders/ledger';
import { aStoredOrder, sourceOf } from '../../builders/sheets';

const ordersSheet = (orders: ReturnType<typeof aStoredOrder>[]) => describeSheet(exportTables('orders', sourceOf(orders))[0]!, (k) => k);

describe('the sheet description', () => {
  it('stores dates as Excel serial days (1900 system, as Excel counts them)', () => {
    expect(excelDate('2026-05-02')).toBe(46_144);
    expect(excelDate('1900-03-01')).toBe(61);
    expect(excelDate('2026-05-02T23:59:00Z')).toBe(46_144);
    expect(excelDate('02/05/2026')).toBeNull();
    expect(excelDate(null)).toBeNull();
  });

  it('gives money in a currency without cents its own format, cell by cell in row order', () => {
    const sheet = ordersSheet([aStoredOrder(1), aStoredOrder(2, { currency: 'JPY', lines: [aLine({ qty: 1, unitPriceMinor: 2500 })] }), aStoredOrder(3, { currency: 'KRW' })]);
    expect(sheet.formats).toEqual(['#,##0']);
    // Orders 2 and 3 (rows 1 and 2) in JPY and KRW: orderValue (H, 7) and declaredValue (J, 9).
    expect([...sheet.cellFormats]).toEqual([1, 7, 0, 1, 9, 0, 2, 7, 0, 2, 9, 0]);
    const value = sheet.columns[7] as NumberColumn;
    expect([...value.cells]).toEqual([39.98, 2500, 3998]);
  });

  it('lists a repeated text once and marks empty fields blank', () => {
    const sheet = ordersSheet([aStoredOrder(1), aStoredOrder(2), aStoredOrder(3, { carrier: '' })]);
    const carrier = sheet.columns[16] as TextColumn;
    expect(carrier.strings).toEqual(['Cainiao']);
    expect([...carrier.cells]).toEqual([0, 0, -1]);
    const orderNo = sheet.columns[0] as TextColumn;
    expect(orderNo.strings).toEqual(['ORD-1', 'ORD-2', 'ORD-3']);
  });

  it('adds the totals in minor units, so a thousand 0.10 CNY rebates make exactly 100', () => {
    const orders = Array.from({ length: 1000 }, (_, i) => aStoredOrder(i, { lines: [aLine({ qty: 1, rebatePerUnitFen: 10 })] }));
    expect(ordersSheet(orders).totals?.sums[18]).toBe(100);
  });
});
