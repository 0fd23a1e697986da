import { UPLOAD_CHUNK_BYTES, type DesktopApi } from '../../../shared/bridge/desktop-api';
import { localToday } from '../../../shared/dates';
import { toCsvBytes } from '../../../shared/export';
import type { Rejection } from '../../../shared/import/cells';
import type { ExportSink } from '../../workers/run-workers';

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

/**
 * A bookkeeping workbook's way through the bridge as the export worker streams it: begin asks
 * where (false when the user cancels), each chunk is appended as it comes, finish puts the file
 * in place; abort (after a failure) removes what was written. `onRows` hears the rows sent so far.
 */
export type SaveSink = ExportSink & { finish(): Promise<boolean>; abort(): Promise<void> };

export function workbookSink(desktop: DesktopApi, suggestedName: string, onRows?: (rows: number) => void): SaveSink {
  let workbook: string | null = null;
  let rows = 0;
  return {
    async begin(sheets) {
      workbook = (await desktop.beginWorkbook({ suggestedName, sheets })).workbook;
      return workbook !== null;
    },
    async append(chunk) {
      await desktop.appendWorkbook({ workbook: workbook!, ...chunk });
      rows += chunk.rows.rowCount;
      onRows?.(rows);
    },
    async finish() {
      return workbook !== null && (await desktop.finishWorkbook({ workbook })).saved;
    },
    async abort() {
      // The desktop side has already dropped a workbook whose append failed.
      if (workbook !== null) await desktop.finishWorkbook({ workbook, abort: true }).catch(() => undefined);
    },
  };
}

/** A file streamed as bytes (a CSV of the whole ledger) through the chunked upload, the way a backup is saved. */
export function uploadSink(desktop: DesktopApi, suggestedName: string, mimeType: string): SaveSink {
  let upload: string | null = null;
  return {
    async begin() {
      upload = (await desktop.beginUpload({ purpose: 'save', suggestedName, mimeType })).upload;
      return upload !== null;
    },
    async bytes(bytes) {
      for (let k = 0; k < bytes.byteLength; k += UPLOAD_CHUNK_BYTES) await desktop.appendUpload({ upload: upload!, bytes: bytes.subarray(k, k + UPLOAD_CHUNK_BYTES) as Uint8Array<ArrayBuffer> });
    },
    async finish() {
      return upload !== null && (await desktop.finishUpload({ upload })).saved;
    },
    async abort() {
      if (upload !== null) await desktop.finishUpload({ upload, abort: true }).catch(() => undefined);
    },
  };
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
