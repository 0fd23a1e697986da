import type { CurrencyRate } from '../decide/presets-types';
import type { BatchRecord } from '../schemas/batch';
import type { DecisionRecord } from '../schemas/decision';
import type { Order } from '../schemas/order';
import type { ReturnRecord } from '../schemas/return';
import { batchesTable, costLinesTable, decisionsTable, returnsTable, savingsTable } from './ledger-rows';
import { fenConverter, orderLinesTable, ordersTable } from './order-rows';
import { withCodeColumns, type AnyTable } from './table';
import { exportWords, type ExportLanguage, type ExportWords, type NamedLocation } from './words';

import type { ExportKind } from './kinds';

export { EXPORT_KINDS, type ExportKind } from './kinds';

export interface ExportSource {
  orders: Order[];
  returns: ReturnRecord[];
  decisions: DecisionRecord[];
  batches: BatchRecord[];
  rates: CurrencyRate[];
  /** Overseas locations, so a location is written by name (older callers may leave them out). */
  locations?: NamedLocation[];
}

function tablesOf(kind: ExportKind, s: ExportSource, w: ExportWords): AnyTable[] {
  const toFen = fenConverter(s.rates);
  switch (kind) {
    case 'orders': return [ordersTable(s.orders, toFen, w)];
    case 'lines': return [orderLinesTable(s.orders, toFen, w)];
    case 'returns': return [returnsTable(s.returns, s.orders, w)];
    case 'decisions': return [decisionsTable(s.decisions, s.returns, w), costLinesTable(s.decisions, s.returns, w)];
    case 'batches': return [batchesTable(s.batches, s.returns, w)];
    case 'savings': return [savingsTable(s.decisions, s.returns, w)];
  }
}

/**
 * The tables (sheets) of one export, in words of `language` (see ./words.ts); a CSV takes only
 * the first. `withCodes` adds the stored code beside every column of labels.
 */
export function exportTables(kind: ExportKind, s: ExportSource, language: ExportLanguage = 'zh-CN', withCodes = false): AnyTable[] {
  const w = exportWords(language, { withCodes, locations: s.locations });
  return tablesOf(kind, s, w).map((t) => exportTable(t, w, withCodes));
}

/** A table (or one chunk of it) as an export writes it: its sheet named in the export's words, code columns on request. */
export function exportTable(t: AnyTable, w: ExportWords, withCodes: boolean): AnyTable {
  return { ...withCodeColumns(t, withCodes), name: w.sheet(t.name) };
}

/** Column headings of `language` for the writers (`label` of toCsvBytes, describeSheets…). */
export function exportHeaders(language: ExportLanguage = 'zh-CN'): (key: string) => string {
  return exportWords(language).header;
}

export { accountantWorkbook, type WorkbookSource } from './accountant-workbook';
export { decisionMoneyRows, monthlySummary, returnMoneyRows, type MonthSummary } from './after-sales';
export { csvChunkBytes, toCsvBytes, toCsvText, type CsvDelimiter } from './csv';
export { bufferedSheet, sheetsToXlsxBytes, toXlsxBytes, type BufferedSheet } from './xlsx';
export { describeSheet, describeSheets, SheetBuilder } from './describe-sheet';
export { batchesTable, costLinesTable, decisionsTable, returnsTable, savingsTable } from './ledger-rows';
export { fenConverter, orderLinesTable, ordersTable } from './order-rows';
export type { ChunkColumn, ColumnDef, NumberColumn, SheetCell, SheetColumn, SheetColumnKind, SheetData, SheetHead, SheetRows, SheetTotals, TextColumn } from './sheet';
export { neutralize } from './neutralize';
export { EXPORT_LANGUAGES, exportWords, type ExportLanguage, type ExportWords, type NamedLocation } from './words';
export type { AnyTable, Column, ExportTable } from './table';
