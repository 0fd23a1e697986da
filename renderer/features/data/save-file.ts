import type { DesktopApi } from '../../../shared/bridge/desktop-api';
import { localToday } from '../../../shared/dates';
import { toCsvBytes, type SheetData } from '../../../shared/export';
import type { Rejection } from '../../../shared/import/cells';

export const MIME = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
  hbbackup: 'application/gzip',
} as const;

/** "homebound-orders-2026-05-02.xlsx": what it is and when, sortable in a folder. */
export function fileName(stem: string, ext: keyof typeof MIME): string {
  return `homebound-${stem.replace(/\s+/g, '-')}-${localToday()}.${ext}`;
}

export async function saveBytes(desktop: DesktopApi, stem: string, ext: keyof typeof MIME, bytes: Uint8Array): Promise<string | null> {
  const suggestedName = fileName(stem, ext);
  const result = await desktop.saveFile({ suggestedName, mimeType: MIME[ext], bytes: bytes as Uint8Array<ArrayBuffer> });
  return result.saved ? suggestedName : null;
}

/** A bookkeeping workbook: the desktop app streams it to the chosen file, the browser downloads it. */
export async function saveSheets(desktop: DesktopApi, stem: string, sheets: SheetData[]): Promise<string | null> {
  const suggestedName = fileName(stem, 'xlsx');
  const result = await desktop.saveWorkbook({ suggestedName, sheets });
  return result.saved ? suggestedName : null;
}

/** The rejected rows as a CSV the user can fix the source file from; texts in their language. */
export function rejectionsCsv(rows: readonly Rejection[], describe: (r: Rejection) => { field: string; reason: string }, label: (key: string) => string): Uint8Array {
  return toCsvBytes({
    name: 'rejected',
    rows,
    columns: [
      { key: 'row', type: 'integer', value: (r: Rejection) => r.row },
      { key: 'field', type: 'text', value: (r: Rejection) => describe(r).field },
      { key: 'reason', type: 'text', value: (r: Rejection) => describe(r).reason },
      { key: 'value', type: 'text', value: (r: Rejection) => r.value ?? '' },
    ],
  }, label);
}
