import { Writable } from 'node:stream';
import { deserialize, serialize } from 'node:v8';
import ExcelJS from 'exceljs';
import bwipNode from 'bwip-js/node';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { addSales, aggregateDashboard, applySales, buildFacts, decisionFacts, DEFAULT_FILTERS, joinFacts, patchReturnFacts, returnFacts, salesDays, salesTable, type ReturnsPart, type SalesDay } from '../../shared/dashboard';
import { labelQrPayload } from '../../shared/documents/batch-facts';
import { buildLabelsPdf } from '../../shared/documents/labels-pdf';
import type { ReturnBatchDoc } from '../../shared/documents/types';
import { BROWSER_WORKBOOK_ROWS, WORKBOOK_CHUNK_ROWS } from '../../shared/bridge/workbook';
import { exportHeaders, exportTable, exportWords, fenConverter, ordersTable, SheetBuilder } from '../../shared/export';
import type { Order } from '../../shared/schemas/order';
import { parseArgs } from '../../electron/ipc';
import { SheetStream, workbookWriter } from '../../electron/xlsx-stream';
import { loadFonts, sampleBatch } from '../builders/documents';
import { SEED_PRESETS } from '../../shared/decide/presets-seed';
import { decideItem } from './decide-item';
import { dashboardLedger, demoOrderChunk } from './data';
import { median, ms, ratio, repeat } from './stats';

/**
 * The Node half of `npm run bench`: one work item per process (a fresh heap and JIT for each),
 * chosen by BENCH_ITEM; prints one JSON line. Every item times the app's code and, where the
 * issue names one, the raw library on the same data in the same process, alternating so a
 * noisy neighbour slows both alike. One unmeasured warm-up run precedes the measured ones.
 */
const item = process.env.BENCH_ITEM ?? '';
const runs = Number(process.env.BENCH_RUNS ?? 3);
const scale = Number(process.env.BENCH_SCALE ?? 1);

const time = async (fn: () => unknown): Promise<number> => {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
};

async function dashboard() {
  const src = dashboardLedger(Math.round(100_000 * scale), Math.round(20_000 * scale));
  const today = '2026-11-23';
  const fromScratch = () => {
    const t0 = performance.now();
    // The units sold folded from every order, then the facts and figures: what version 6's upgrade and a first read would cost.
    const facts = buildFacts(src, src.orders);
    const sales = facts.sales;
    const t1 = performance.now();
    const data = aggregateDashboard(facts, DEFAULT_FILTERS, today, sales);
    const t2 = performance.now();
    aggregateDashboard(facts, { ...DEFAULT_FILTERS, from: '2026-03-01', to: '2026-08-31', platform: 'temu' }, today, sales);
    const t3 = performance.now();
    if (!data.rates?.soldUnits) throw new Error('dashboard: no units sold');
    return { total: t2 - t0, index: t1 - t0, aggregate: t2 - t1, filtered: t3 - t2 };
  };
  // The first runs are V8 compiling the loops (and the heap growing): reported apart as
  // first_run_ms; the figure is the settled cost, after unmeasured warm-ups.
  const first = fromScratch();
  await repeat(2, fromScratch, false);
  const scratch = await repeat(runs, fromScratch, false);

  // The worker's kept parts (dashboard.worker.ts): the units sold the ledger keeps (salesDays),
  // the return facts (from the returns and the orders they name) and the decision facts. The
  // worker never holds every order, so neither does this process from here on.
  const kept = salesDays(src.orders);
  const named = new Set(src.returns.map((r) => r.orderId));
  const returned = src.orders.filter((o) => named.has(o.id));
  const orders = src.orders.length;
  const sample = src.orders.slice(0, 100);
  src.orders = [];
  (globalThis as { gc?: () => void }).gc?.();
  let returnsPart = returnFacts(src, returned);
  const orderById = new Map(returned.map((o) => [o.id, o]));
  let decisionsPart = decisionFacts(src.decisions);
  let added = 0;
  const figures = (part: ReturnsPart) => {
    const data = aggregateDashboard(joinFacts(src, part, decisionsPart, salesTable(kept.values())), DEFAULT_FILTERS, today);
    if (!data.rates?.soldUnits) throw new Error('dashboard: no units sold');
  };
  /** After a ledger change, as the app does it: only the part the change touched is worked out again, then joined and aggregated. */
  const change = () => {
    // An order sold (no return names it): the write moves a few kept rows; the worker re-reads them.
    const t0 = performance.now();
    const order = { ...sample[added % sample.length]!, id: `new-${++added}`, orderDate: '2026-11-20' };
    const moved = new Map<string, SalesDay>();
    addSales(moved, order, 1);
    for (const c of moved.values()) {
      const next = applySales(kept.get(c.id), c);
      if (next) kept.set(c.id, next);
      else kept.delete(c.id);
    }
    figures(returnsPart);
    // A decision accepted: the decision facts again.
    const t1 = performance.now();
    decisionsPart = decisionFacts(src.decisions);
    figures(returnsPart);
    // A return recorded: the worker reads it and its order by key (patchReturnFacts), then joins and aggregates.
    const t2 = performance.now();
    const like = src.returns[added % src.returns.length]!;
    const recorded = { ...like, id: `R-new-${added}`, rmaNo: `RMA-new-${added}` };
    returnsPart = patchReturnFacts(returnsPart, src, { put: [recorded], deleted: [], orders: [orderById.get(recorded.orderId)!] });
    figures(returnsPart);
    return { orderAdded: t1 - t0, decisionAdded: t2 - t1, returnAdded: performance.now() - t2 };
  };
  await repeat(2, change, false);
  const changes = await repeat(runs, change, false);
  const med = <T>(rows: T[], f: (r: T) => number) => ms(median(rows.map(f)) * 10) / 10;
  return {
    dashboard_100k: {
      ms: med(changes, (r) => r.orderAdded), decision_added_ms: med(changes, (r) => r.decisionAdded), return_added_ms: med(changes, (r) => r.returnAdded),
      from_scratch_ms: med(scratch, (r) => r.total), first_run_ms: ms(first.total), facts_and_sales_table_ms: med(scratch, (r) => r.index),
      aggregate_ms: med(scratch, (r) => r.aggregate), filter_change_ms: med(scratch, (r) => r.filtered),
      sales_rows: kept.size, orders, returns: src.returns.length, decisions: src.decisions.length,
    },
  };
}

/** A stream that only counts what it is given: neither side's figure includes the disk. */
function countingSink(): { sink: Writable; bytes: () => number } {
  let bytes = 0;
  const sink = new Writable({ write(chunk: Buffer, _enc, cb) { bytes += chunk.length; cb(); } });
  return { sink, bytes: () => bytes };
}

/** Samples the process's memory between chunks: the peak resident set and JS heap each side reached. */
function memoryWatch() {
  const before = process.memoryUsage();
  let rss = before.rss, heap = before.heapUsed;
  return {
    sample() {
      const m = process.memoryUsage();
      rss = Math.max(rss, m.rss);
      heap = Math.max(heap, m.heapUsed);
    },
    growth: () => ({ rss_growth_mb: Math.round((rss - before.rss) / 2 ** 20), peak_heap_mb: Math.round(heap / 2 ** 20) }),
  };
}

/**
 * The desktop app's workbook export against raw exceljs streaming, at any scale: neither side
 * ever holds the ledger. Orders are generated a chunk at a time (WORKBOOK_CHUNK_ROWS, as the
 * export worker reads pages of them), outside both timings. The app figure is everything
 * between a page of ledger records and the finished file, as the desktop app runs it: the
 * chunk's table and its cells (SheetBuilder), the IPC copy (V8 serialise + deserialise, what
 * Electron's structured clone does), the main process's zod check of the chunk (the real
 * parseArgs) and the streaming write with styles, formats, filter and totals. The raw figure
 * is exceljs's streaming writer, no styles or shared strings, adding the same values. Not
 * included: reading IndexedDB, the save dialog and the disk.
 */
async function exportXlsx() {
  const n = Math.round(100_000 * scale);
  const size = WORKBOOK_CHUNK_ROWS;
  const chunks = Math.ceil(n / size);
  const rowsOf = (k: number) => demoOrderChunk(k, Math.min(size, n - k * size));
  const w = exportWords('zh-CN');
  const toFen = fenConverter(SEED_PRESETS.rates);
  const tableOf = (orders: Order[]) => exportTable(ordersTable(orders, toFen, w), w, false);
  const label = exportHeaders('zh-CN');

  const app = async () => {
    const watch = memoryWatch();
    const { sink, bytes } = countingSink();
    let ms = 0;
    const parts = { cells: 0, ipc_copy: 0, zod_check: 0, stream_write: 0 };
    let t0 = performance.now();
    const builder = new SheetBuilder(tableOf([]), label);
    const [begin] = parseArgs('workbook:begin', [deserialize(serialize({ suggestedName: 'orders.xlsx', sheets: [builder.head()] }))]);
    const wb = workbookWriter(sink);
    const sheet = new SheetStream(wb, begin.sheets[0]!);
    ms += performance.now() - t0;
    let firstRow = 0;
    for (let k = 0; k < chunks; k++) {
      const orders = rowsOf(k);
      t0 = performance.now();
      const rows = builder.rows(tableOf(orders));
      const t1 = performance.now();
      const request = { workbook: 'bench-workbook', sheet: 0, firstRow, rows, ...(k === chunks - 1 ? { end: { totals: builder.totals() } } : {}) };
      const received = deserialize(serialize(request)) as unknown;
      const t2 = performance.now();
      const [append] = parseArgs('workbook:append', [received]);
      const t3 = performance.now();
      await sheet.append(append.rows);
      if (append.end) sheet.end(append.end.totals);
      const t4 = performance.now();
      firstRow += rows.rowCount;
      ms += t4 - t0;
      parts.cells += t1 - t0; parts.ipc_copy += t2 - t1; parts.zod_check += t3 - t2; parts.stream_write += t4 - t3;
      watch.sample();
    }
    t0 = performance.now();
    await wb.commit();
    ms += performance.now() - t0;
    parts.stream_write += performance.now() - t0;
    watch.sample();
    return { ms, parts, bytes: bytes(), ...watch.growth() };
  };

  /** exceljs's Node-only streaming writer, no styles or shared strings: the raw floor. */
  const raw = async () => {
    const watch = memoryWatch();
    const { sink, bytes } = countingSink();
    const cols = tableOf([]).columns as readonly { key: string; value: (r: unknown) => unknown }[];
    let t0 = performance.now();
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: false, useStyles: false });
    const ws = wb.addWorksheet('orders');
    ws.addRow(cols.map((c) => label(c.key))).commit();
    let ms = performance.now() - t0;
    for (let k = 0; k < chunks; k++) {
      // The same values as plain rows, prepared outside its timing.
      const rows = (tableOf(rowsOf(k)).rows as readonly unknown[]).map((r) => cols.map((c) => c.value(r) ?? null));
      t0 = performance.now();
      for (const r of rows) ws.addRow(r).commit();
      ms += performance.now() - t0;
      watch.sample();
    }
    t0 = performance.now();
    ws.commit();
    await wb.commit();
    ms += performance.now() - t0;
    watch.sample();
    return { ms, bytes: bytes(), ...watch.growth() };
  };

  // No warm-up: each run takes seconds, so JIT warm-up is noise; a small (quick) run gets one.
  if (scale < 1) { await app(); await raw(); }
  const appRuns: Awaited<ReturnType<typeof app>>[] = [], rawRuns: Awaited<ReturnType<typeof raw>>[] = [];
  for (let i = 0; i < runs; i++) {
    appRuns.push(await app());
    rawRuns.push(await raw());
  }
  const a = median(appRuns.map((x) => x.ms)), r = median(rawRuns.map((x) => x.ms));
  const part = (k: keyof (typeof appRuns)[number]['parts']) => ms(median(appRuns.map((x) => x.parts[k])));
  const last = appRuns.at(-1)!, lastRaw = rawRuns.at(-1)!;
  return {
    export_xlsx_100k: {
      app_ms: ms(a), raw_ms: ms(r), ratio: ratio(a / r), orders: n, chunk_rows: size,
      app_parts_ms: { cells: part('cells'), ipc_copy: part('ipc_copy'), zod_check: part('zod_check'), stream_write: part('stream_write') },
      app_mb: ratio(last.bytes / 1e6), raw_mb: ratio(lastRaw.bytes / 1e6),
      app_rss_growth_mb: last.rss_growth_mb, app_peak_heap_mb: last.peak_heap_mb,
      raw_rss_growth_mb: lastRaw.rss_growth_mb, raw_peak_heap_mb: lastRaw.peak_heap_mb,
      browser_fallback: `refused above ${BROWSER_WORKBOOK_ROWS} rows a sheet (in-memory exceljs)`,
    },
  };
}

/** The naive way: a bwip-js PNG per barcode, embedded by pdf-lib, drawText per line. */
async function naiveLabels(doc: ReturnBatchDoc, regular: Uint8Array | ArrayBuffer): Promise<number> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(regular, { subset: true });
  for (const p of doc.parcels) {
    const page = pdf.addPage([283.46, 425.2]);
    const bar = await pdf.embedPng(await bwipNode.toBuffer({ bcid: 'code128', text: p.labelNo, scale: 3, height: 25 }));
    const qr = await pdf.embedPng(await bwipNode.toBuffer({ bcid: 'qrcode', text: labelQrPayload(doc, p), scale: 4 }));
    page.drawImage(bar, { x: 12, y: 300, width: 260, height: 70 });
    page.drawImage(qr, { x: 185, y: 190, width: 85, height: 85 });
    const lines = [doc.fromLocation.name, doc.fromLocation.address, doc.toSite.name, doc.toSite.address, doc.batchNo, doc.requestNo, p.orderNo, p.declarationNo, `${p.sku} × ${p.qty}`, p.labelNo];
    lines.forEach((l, i) => page.drawText(l.slice(0, 40), { x: 12, y: 180 - i * 14, size: 8, font }));
  }
  return (await pdf.save()).length;
}

const NAIVE_REPEAT_UNDER_MS = 20_000;

async function labels() {
  const n = Math.round(1000 * scale);
  const fonts = loadFonts();
  const doc = sampleBatch(n);
  let appBytes = 0, naiveBytes = 0;
  const app = async () => { appBytes = (await buildLabelsPdf(doc, fonts)).length; };
  const naive = async () => { naiveBytes = await naiveLabels(doc, fonts.regular); };
  await app();
  const appMs: number[] = [], naiveMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    appMs.push(await time(app));
    // The naive loop takes over a minute for 1,000 labels here: once is enough for a ratio
    // this far from its target, and keeps the whole bench near ten minutes.
    if (i === 0 || naiveMs[0]! < NAIVE_REPEAT_UNDER_MS) naiveMs.push(await time(naive));
  }
  const a = median(appMs), v = median(naiveMs);
  return {
    labels_1000: { app_ms: ms(a), naive_ms: ms(v), speedup: ratio(v / a), labels: n, naive_runs: naiveMs.length, app_kb: Math.round(appBytes / 1024), naive_kb: Math.round(naiveBytes / 1024) },
  };
}

const items: Record<string, () => Promise<object>> = { decide: () => decideItem(runs, scale), dashboard, export: exportXlsx, labels };
const run = items[item];
if (!run) throw new Error(`BENCH_ITEM must be one of ${Object.keys(items).join(', ')}`);
// Every item also says how much memory its process took at the peak (resident set, from the
// kernel's maxrss) and how much JS heap was in use at the end, so a scale-10 run shows growth.
const out = (await run()) as Record<string, object>;
const peak = { peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024), heap_used_mb: Math.round(process.memoryUsage().heapUsed / 2 ** 20) };
process.stdout.write(`${JSON.stringify(Object.fromEntries(Object.entries(out).map(([k, v]) => [k, { ...v, ...peak }])))}\n`);
