import { commandForKey } from '../../shared/bridge/shortcuts';
import type { DesktopApi, SaveFileRequest } from '../../shared/bridge/desktop-api';
import { BROWSER_WORKBOOK_ROWS } from '../../shared/bridge/workbook';
import type { BufferedSheet } from '../../shared/export/xlsx';
import { isAllowedExternalUrl } from '../../shared/bridge/external-url';
import { applyPatch, restoreSettings, settingsPatch, type Settings } from '../../shared/bridge/settings';

/**
 * DesktopApi for a plain browser (`npm run web`, end-to-end tests, demos). Settings live in
 * localStorage under SETTINGS_KEY; files are saved as downloads; printing is window.print().
 * There is no application menu: its commands come from the keyboard shortcuts instead. No automatic backups.
 */
export const SETTINGS_KEY = 'homebound.settings';

function readSettings(storage: Storage): Settings {
  const raw = storage.getItem(SETTINGS_KEY);
  if (raw === null) return restoreSettings({});
  try {
    return restoreSettings(JSON.parse(raw));
  } catch {
    // Unparsable JSON: same outcome as a damaged settings file on the desktop.
    return restoreSettings({});
  }
}

function download(request: SaveFileRequest): void {
  downloadBlob(new Blob([request.bytes as Uint8Array<ArrayBuffer>], { type: request.mimeType }), request.suggestedName);
}

function downloadBlob(blob: Blob, suggestedName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoking on the next task lets the browser start the download first.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The browser has no streaming writer: the in-memory one runs in the export worker, loaded on first use. */
async function workbookInWorker(sheets: BufferedSheet[]): Promise<Uint8Array> {
  const { runExportWorker } = await import('../workers/run-workers');
  const done = await runExportWorker({ type: 'write', sheets }).promise;
  if (done?.file.format !== 'bytes') throw new Error('finishWorkbook: the export worker returned no file');
  return done.file.bytes;
}

/** `storage` is resolved per call: merely touching localStorage throws where storage is blocked. */
export function createBrowserApi(
  storage: () => Storage = () => window.localStorage,
  writeWorkbook: (sheets: BufferedSheet[]) => Promise<Uint8Array> = workbookInWorker,
): DesktopApi {
  // A workbook's chunks are kept as they came (typed arrays, a few bytes a cell) until finish
  // writes the file in memory: hence BROWSER_WORKBOOK_ROWS.
  const workbooks = new Map<string, { name: string; sheets: BufferedSheet[]; at: number }>();
  const workbook = (id: string) => {
    const open = workbooks.get(id);
    if (!open) throw new Error(`workbook ${id} is not open`);
    return open;
  };
  // Uploads kept as Blobs, one per chunk: the browser holds them outside the JS heap (on disk
  // when large), and the download joins them without reading them back.
  const uploads = new Map<string, { parts: Blob[]; name: string; type: string }>();
  let uploadCount = 0;
  const upload = (id: string) => {
    const open = uploads.get(id);
    if (!open) throw new Error(`upload ${id} is not open`);
    return open;
  };
  return {
    kind: 'browser',
    getSettings: async () => readSettings(storage()),
    async updateSettings(patch) {
      const parsed = settingsPatch.safeParse(patch);
      if (!parsed.success) {
        const detail = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'patch'}: ${issue.message}`).join('; ');
        throw new Error(`updateSettings: invalid patch — ${detail}`);
      }
      const next = applyPatch(readSettings(storage()), parsed.data);
      storage().setItem(SETTINGS_KEY, JSON.stringify(next));
      return next;
    },
    systemLocale: async () => navigator.languages[0] ?? navigator.language,
    async saveFile(request) {
      download(request);
      // A browser does not say where (or whether) the download was saved.
      return { saved: true, path: request.suggestedName };
    },
    async beginWorkbook({ suggestedName, sheets }) {
      const id = `browser-workbook-${++uploadCount}`;
      workbooks.set(id, { name: suggestedName, sheets: sheets.map((head) => ({ head, chunks: [], totals: null })), at: 0 });
      return { workbook: id };
    },
    async appendWorkbook({ workbook: id, sheet, firstRow, rows, end }) {
      const open = workbook(id);
      const target = open.sheets[sheet];
      const written = target?.chunks.reduce((n, c) => n + c.rowCount, 0);
      if (!target || sheet !== open.at || firstRow !== written) throw new Error(`workbook ${id}: sheet ${sheet} rows from ${firstRow + 2} out of order`);
      if (firstRow + rows.rowCount > BROWSER_WORKBOOK_ROWS) {
        workbooks.delete(id);
        throw new Error(`workbook ${id}: more than the browser's ${BROWSER_WORKBOOK_ROWS} rows`);
      }
      target.chunks.push(rows);
      if (end) {
        target.totals = end.totals;
        open.at += 1;
      }
    },
    async finishWorkbook({ workbook: id, abort }) {
      const { name, sheets } = workbook(id);
      workbooks.delete(id);
      if (abort) return { saved: false };
      download({ suggestedName: name, mimeType: XLSX_MIME, bytes: (await writeWorkbook(sheets)) as Uint8Array<ArrayBuffer> });
      return { saved: true, path: name };
    },
    print: async () => window.print(),
    async openExternal(url) {
      if (!isAllowedExternalUrl(url)) return false;
      window.open(url, '_blank', 'noopener,noreferrer');
      return true;
    },
    // No menu in a browser: the same shortcuts come from the keyboard (shared/bridge/shortcuts.ts).
    onMenuCommand: (listener) => {
      const onKey = (e: KeyboardEvent) => {
        const command = commandForKey(e);
        if (!command) return;
        e.preventDefault();
        listener(command);
      };
      window.addEventListener('keydown', onKey);
      return () => window.removeEventListener('keydown', onKey);
    },
    // The browser build has no folder of its own to write to: no automatic backups; a save is a download.
    async beginUpload(request) {
      if (request.purpose !== 'save') return { upload: null };
      const id = `browser-upload-${++uploadCount}`;
      uploads.set(id, { parts: [], name: request.suggestedName, type: request.mimeType });
      return { upload: id };
    },
    async appendUpload({ upload: id, bytes }) {
      upload(id).parts.push(new Blob([bytes as Uint8Array<ArrayBuffer>]));
    },
    async finishUpload({ upload: id, abort }) {
      const { parts, name, type } = upload(id);
      uploads.delete(id);
      if (abort) return { saved: false };
      downloadBlob(new Blob(parts, { type }), name);
      return { saved: true, path: name, at: new Date().toISOString() };
    },
    autoBackupStatus: async () => ({ supported: false }),
    onBackupRequest: () => () => {},
  };
}
