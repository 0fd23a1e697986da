import type { CurrencyRate } from '../decide/presets-types';
import type { BatchRecord } from '../schemas/batch';
import type { DecisionRecord } from '../schemas/decision';
import type { Order } from '../schemas/order';
import type { ReturnRecord } from '../schemas/return';
import { batchesTable, costLinesTable, decisionsTable, returnsTable, savingsTable } from './ledger-rows';
import { fenConverter, orderLinesTable, ordersTable } from './order-rows';
import type { AnyTable } from './table';

/** The bookkeeping exports the Data page offers, each built from what the ledger holds. */
export const EXPORT_KINDS = ['orders', 'lines', 'returns', 'decisions', 'batches', 'savings'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export interface ExportSource {
  orders: Order[];
  returns: ReturnRecord[];
  decisions: DecisionRecord[];
  batches: BatchRecord[];
  rates: CurrencyRate[];
}

/** The tables (sheets) of one export; a CSV takes only the first. */
export function exportTables(kind: ExportKind, s: ExportSource): AnyTable[] {
  const toFen = fenConverter(s.rates);
  switch (kind) {
    case 'orders': return [ordersTable(s.orders, toFen)];
    case 'lines': return [orderLinesTable(s.orders, toFen)];
    case 'returns': return [returnsTable(s.returns, s.orders)];
    case 'decisions': return [decisionsTable(s.decisions, s.returns), costLinesTable(s.decisions, s.returns)];
    case 'batches': return [batchesTable(s.batches, s.returns)];
    case 'savings': return [savingsTable(s.decisions, s.returns)];
  }
}

export { toCsvBytes, toCsvText, type CsvDelimiter } from './csv';
export { sheetsToXlsxBytes, toXlsxBytes } from './xlsx';
export { describeSheet, describeSheets } from './describe-sheet';
export type { NumberColumn, SheetCell, SheetColumn, SheetColumnKind, SheetData, TextColumn } from './sheet';
export { neutralize } from './neutralize';
export type { AnyTable, Column, ExportTable } from './table';
