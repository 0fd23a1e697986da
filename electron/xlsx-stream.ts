import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { AppendWorkbookRequest, BeginWorkbookRequest, BeginWorkbookResult, FinishWorkbookRequest } from '../shared/bridge/workbook';
import type { BufferedSheet } from '../shared/export/xlsx';
import { rowValues, totalsCells, type SheetCell, type SheetHead, type SheetRows, type SheetTotals } from '../shared/export/sheet';

/**
 * The desktop app's bookkeeping workbook, written by exceljs's streaming WorkbookWriter (Node
 * only) as its chunks of rows arrive over the bridge (shared/bridge/workbook.ts): each row is
 * committed — serialised and released — as soon as it is added, so the main process holds one
 * chunk at a time however long the ledger. Same cells, formats, frozen header, filter and
 * totals as the browser's in-memory writer (shared/export/xlsx.ts).
 *
 * The file grows as `<chosen>.part` and is renamed into place by `finish`; an abort or any
 * failure removes it, so a half-written workbook never lies under the name the user chose.
 * The save dialog and the file system are injected, so all of it runs under unit tests.
 */
type Style = Partial<ExcelJS.Style>;
const BOLD: Partial<ExcelJS.Font> = { bold: true };
/**
 * Rows between pauses for the event loop. zlib deflates on libuv's thread pool but is handed
 * its next chunk only from the event loop: pausing every few dozen rows lets it compress
 * while the next rows are serialised, instead of all at the end, and keeps memory flat.
 */
const ROWS_PER_TICK = 32;
const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * One style object per distinct look, shared by every cell that has it: exceljs's style
 * registry remembers objects it has seen, whereas a fresh object per cell costs it a lookup
 * by serialised XML — most of the difference between a styled and an unstyled stream.
 */
function styleBook(head: SheetHead) {
  const column: Style[] = head.columns.map((c) => (c.numFmt ? { numFmt: c.numFmt } : {}));
  const bold: Style[] = head.columns.map((c) => (c.numFmt ? { numFmt: c.numFmt, font: BOLD } : { font: BOLD }));
  const odd = new Map<string, Style>();
  const format = (numFmt: string): Style => {
    let s = odd.get(numFmt);
    if (!s) odd.set(numFmt, s = { numFmt });
    return s;
  };
  return { column, bold, format };
}

type Look = ReturnType<typeof styleBook>;

/** One sheet of a streamed workbook: opened with its head, fed chunks in order, closed with its totals row. */
export class SheetStream {
  private readonly ws: ReturnType<ExcelJS.stream.xlsx.WorkbookWriter['addWorksheet']>;
  private readonly styles: Look;
  private readonly values: SheetCell[] = [];
  rows = 0;

  constructor(wb: ExcelJS.stream.xlsx.WorkbookWriter, readonly head: SheetHead) {
    const width = head.columns.length;
    this.styles = styleBook(head);
    this.ws = wb.addWorksheet(head.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    this.ws.columns = head.columns.map((c, i) => ({ width: c.width, style: this.styles.column[i] }));
    this.ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: width } };
    this.commit(head.columns.map((c) => c.header), this.styles.bold).commit();
  }

  private commit(values: readonly (ExcelJS.CellValue | undefined)[], look: Style[]) {
    const row = this.ws.addRow(values as ExcelJS.CellValue[]);
    // Blank cells were never created (undefined), so only cells with a value get a style.
    for (let i = 0; i < look.length; i++) if (values[i] !== undefined && values[i] !== null) row.getCell(i + 1).style = look[i]!;
    return row;
  }

  async append(chunk: SheetRows): Promise<void> {
    const { cellFormats, formats } = chunk;
    let next = 0;
    for (let r = 0; r < chunk.rowCount; r++) {
      const row = this.commit(rowValues(chunk, r, this.values), this.styles.column);
      for (; next < cellFormats.length && cellFormats[next] === r; next += 3) {
        row.getCell(cellFormats[next + 1]! + 1).style = this.styles.format(formats[cellFormats[next + 2]!]!);
      }
      row.commit();
      if (r % ROWS_PER_TICK === ROWS_PER_TICK - 1) await nextTick();
    }
    this.rows += chunk.rowCount;
  }

  end(totals: SheetTotals | null): void {
    const cells = totalsCells(this.head.columns.length, this.rows, totals);
    if (cells) this.commit(cells, this.styles.bold).commit();
    this.ws.commit();
  }
}

/** A streaming workbook over `stream`: no styles registry lookups by XML, no shared strings (see styleBook). */
export function workbookWriter(stream: Writable): ExcelJS.stream.xlsx.WorkbookWriter {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  wb.creator = 'Homebound';
  return wb;
}

/** Whole sheets already in memory (tests, the bench's reference) streamed into `stream` through the same sheet writer. */
export async function writeXlsxStream(stream: Writable, sheets: readonly BufferedSheet[]): Promise<void> {
  const wb = workbookWriter(stream);
  for (const { head, chunks, totals } of sheets) {
    const sheet = new SheetStream(wb, head);
    for (const chunk of chunks) await sheet.append(chunk);
    sheet.end(totals);
  }
  await wb.commit();
}

/** The chunk must fit the columns its sheet declared: as many, of the same kinds; totals only sum numbers. */
export function checkAgainstHead(head: SheetHead, request: Pick<AppendWorkbookRequest, 'rows' | 'end' | 'firstRow'>): string | null {
  const { columns } = request.rows;
  const where = `rows ${request.firstRow + 2}–${request.firstRow + request.rows.rowCount + 1}`;
  if (columns.length !== head.columns.length) return `${where}: ${columns.length} columns for the sheet's ${head.columns.length}`;
  const bad = columns.findIndex((c, i) => c.kind !== head.columns[i]!.kind);
  if (bad >= 0) return `${where}, columns[${bad}]: ${columns[bad]!.kind} cells in a ${head.columns[bad]!.kind} column`;
  const totals = request.end?.totals;
  if (totals) {
    if (totals.sums.length !== head.columns.length) return `totals: ${totals.sums.length} sums for ${head.columns.length} columns`;
    const notNumber = totals.sums.findIndex((sum, i) => sum !== null && head.columns[i]!.kind !== 'number');
    if (notNumber >= 0) return `totals: column ${notNumber} is not numeric and cannot be summed`;
  }
  return null;
}

export interface WorkbookFs {
  /** A write stream to a new (or emptied) file. */
  createWriteStream(filePath: string): Writable;
  rename(from: string, to: string): Promise<void>;
  unlink(filePath: string): Promise<void>;
}

export interface WorkbookDeps {
  fs: WorkbookFs;
  /** The save dialog: the chosen path, or null when cancelled. */
  askSavePath(suggestedName: string): Promise<string | null>;
  newId(): string;
}

interface Open {
  target: string;
  part: string;
  out: Writable;
  wb: ExcelJS.stream.xlsx.WorkbookWriter;
  heads: SheetHead[];
  /** The sheet being written (index into heads), and its stream once its first chunk came. */
  sheet: number;
  current: SheetStream | null;
  /** Set when the file stream failed (no permission, disk full): the next call reports it. */
  failed: Error | null;
}

export interface WorkbookWrites {
  begin(request: BeginWorkbookRequest): Promise<BeginWorkbookResult>;
  append(request: AppendWorkbookRequest): Promise<void>;
  finish(request: FinishWorkbookRequest): Promise<{ saved: true; path: string } | { saved: false }>;
  /** The page that was writing is gone (its window closed): every open workbook and its part file go. */
  abandonAll(): Promise<void>;
}

export function createWorkbookWrites(deps: WorkbookDeps): WorkbookWrites {
  const open = new Map<string, Open>();
  const take = (id: string): Open => {
    const w = open.get(id);
    if (!w) throw new Error(`workbook ${id} is not open`);
    if (w.failed) throw w.failed;
    return w;
  };
  const drop = async (id: string, w: Open) => {
    open.delete(id);
    // Closed first: a file still being opened would otherwise appear again after the unlink.
    await new Promise<void>((resolve) => {
      if (w.out.closed) return resolve();
      w.out.once('close', () => resolve());
      w.out.destroy();
    });
    await deps.fs.unlink(w.part).catch(() => undefined);
  };
  /** Any failure ends the workbook: its part file goes, and the page hears why. */
  const guarded = async <T>(id: string, w: Open, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (error) {
      await drop(id, w);
      throw error;
    }
  };

  return {
    async begin({ suggestedName, sheets }) {
      const target = await deps.askSavePath(suggestedName);
      if (!target) return { workbook: null };
      const id = deps.newId();
      const part = `${target}.part`;
      const out = deps.fs.createWriteStream(part);
      const w: Open = { target, part, out, wb: workbookWriter(out), heads: sheets, sheet: 0, current: null, failed: null };
      // An unheard 'error' would throw out of the main process.
      out.on('error', (error) => { w.failed ??= error; });
      open.set(id, w);
      return { workbook: id };
    },

    async append(request) {
      const id = request.workbook;
      const w = take(id);
      await guarded(id, w, async () => {
        const head = w.heads[request.sheet];
        if (request.sheet !== w.sheet || !head) throw new Error(`workbook:append: sheet ${request.sheet} came while sheet ${w.sheet} is being written (sheets go one after another)`);
        w.current ??= new SheetStream(w.wb, head);
        if (request.firstRow !== w.current.rows) throw new Error(`workbook:append: sheet ${request.sheet} rows from ${request.firstRow + 2} came after row ${w.current.rows + 1} (a chunk is missing or repeated)`);
        const wrong = checkAgainstHead(head, request);
        if (wrong) throw new Error(`workbook:append: sheet ${request.sheet} ${wrong}`);
        await w.current.append(request.rows);
        if (request.end) {
          w.current.end(request.end.totals);
          w.current = null;
          w.sheet += 1;
        }
        if (w.failed) throw w.failed;
      });
    },

    async finish({ workbook: id, abort }) {
      const w = open.get(id);
      if (!w) throw new Error(`workbook ${id} is not open`);
      if (abort) {
        await drop(id, w);
        return { saved: false };
      }
      return guarded(id, w, async () => {
        if (w.failed) throw w.failed;
        if (w.sheet !== w.heads.length) throw new Error(`workbook:finish: sheet ${w.sheet} of ${w.heads.length} was never ended`);
        const closed = new Promise<void>((resolve, reject) => {
          w.out.once('finish', resolve);
          w.out.once('error', reject);
        });
        await w.wb.commit();
        await closed;
        open.delete(id);
        await deps.fs.rename(w.part, w.target);
        return { saved: true, path: w.target };
      });
    },

    async abandonAll() {
      await Promise.all([...open].map(([id, w]) => drop(id, w)));
    },
  };
}
