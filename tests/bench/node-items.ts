import { Writable } from 'node:stream';
import { deserialize, serialize } from 'node:v8';
import ExcelJS from 'exceljs';
import bwipNode from 'bwip-js/node';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { addSales, aggregateDashboard, applySales, buildFacts, decisionFacts, DEFAULT_FILTERS, joinFacts, returnFacts, salesDays, salesTable, type ReturnsPart, type SalesDay } from '../../shared/dashboard';
import { planLocation } from '../../shared/decide/batch';
import { prepare } from '../../shared/decide/context';
import { decideAll } from '../../shared/decide/options';
import { SEED_PRESETS } from '../../shared/decide/presets-seed';
import { labelQrPayload } from '../../shared/documents/batch-facts';
import { buildLabelsPdf } from '../../shared/documents/labels-pdf';
import type { ReturnBatchDoc } from '../../shared/documents/types';
import { describeSheets, exportTables, sheetsToXlsxBytes, type AnyTable } from '../../shared/export';
import { parseArgs } from '../../electron/ipc';
import { writeXlsxStream } from '../../electron/xlsx-stream';
import { loadFonts, sampleBatch } from '../builders/documents';
import { dashboardLedger, DECIDE_ON, decideInputs, demoOrders } from './data';
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

async function decide() {
  const n = Math.round(20_000 * scale);
  const inputs = decideInputs(n);
  const ctx = prepare(SEED_PRESETS);
  const one = () => {
    const t0 = performance.now();
    const result = decideAll(inputs, ctx, DECIDE_ON);
    const t1 = performance.now();
    const stay = new Map(result.decisions.map((d) => [d.returnId, d.bestStay]));
    for (const l of SEED_PRESETS.locations) planLocation(inputs, l.id, ctx, DECIDE_ON, stay);
    if (result.decisions.length !== n) throw new Error(`decide: ${result.decisions.length} of ${n} decided`);
    return { decide: t1 - t0, plans: performance.now() - t1 };
  };
  const cold = one();
  const measured = await repeat(runs, one, false);
  return {
    decide_20k: { ms: ms(median(measured.map((r) => r.decide + r.plans))), decide_ms: ms(median(measured.map((r) => r.decide))), plans_ms: ms(median(measured.map((r) => r.plans))), cold_ms: ms(cold.decide + cold.plans), returns: n },
  };
}

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
  const returnsPart = returnFacts(src, returned);
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
    // A return recorded (or edited): the return facts again.
    const t2 = performance.now();
    figures(returnFacts(src, returned));
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

/** exceljs's Node-only streaming writer, no styles or shared strings: the raw floor. */
async function rawStreamingXlsx(header: readonly string[], rows: readonly unknown[][]): Promise<number> {
  const { sink, bytes } = countingSink();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet('orders');
  ws.addRow([...header]).commit();
  for (const r of rows) ws.addRow(r).commit();
  await wb.commit();
  return bytes();
}

/**
 * The desktop app's export against the raw streaming writer. The app figure is everything
 * between the ledger records and the finished file, as the desktop app runs it: the export
 * worker's tables and SheetData, the IPC copy (V8 serialise + deserialise, what Electron's
 * structured clone does), the main process's zod check of the payload (the real parseArgs)
 * and the streaming write with styles, formats, filter and totals. Not included: reading the
 * ledger from IndexedDB, the save dialog and the disk. The browser's in-memory fallback is
 * timed once beside it, as its own field.
 */
async function exportXlsx() {
  const n = Math.round(100_000 * scale);
  const source = { orders: demoOrders(n), returns: [], decisions: [], batches: [], rates: SEED_PRESETS.rates };
  const label = (k: string) => k;
  // The raw writer gets the same rows as plain values, prepared outside its timing.
  const table = exportTables('orders', source)[0]! as AnyTable;
  const cols = table.columns as readonly { key: string; value: (r: unknown) => unknown }[];
  const header = cols.map((c) => c.key);
  const rows = (table.rows as readonly unknown[]).map((r) => cols.map((c) => c.value(r) ?? null));
  let appBytes = 0, rawBytes = 0;
  const app = async () => {
    const t0 = performance.now();
    const sheets = describeSheets(exportTables('orders', source), label);
    const t1 = performance.now();
    const received = deserialize(serialize({ suggestedName: 'orders.xlsx', sheets })) as unknown;
    const t2 = performance.now();
    const [request] = parseArgs('file:saveWorkbook', [received]);
    const t3 = performance.now();
    const { sink, bytes } = countingSink();
    await writeXlsxStream(sink, request.sheets);
    appBytes = bytes();
    return { describe: t1 - t0, ipc: t2 - t1, validate: t3 - t2, write: performance.now() - t3 };
  };
  const raw = async () => { rawBytes = await rawStreamingXlsx(header, rows); };
  // No warm-up: each run takes seconds, so JIT warm-up is noise; a small (quick) run gets one.
  if (scale < 1) { await app(); await raw(); }
  const appRuns: Awaited<ReturnType<typeof app>>[] = [], appMs: number[] = [], rawMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    appRuns.push(await app());
    appMs.push(performance.now() - t0);
    rawMs.push(await time(raw));
  }
  let fallbackBytes = 0;
  const fallbackMs = await time(async () => { fallbackBytes = (await sheetsToXlsxBytes(describeSheets(exportTables('orders', source), label))).length; });
  const a = median(appMs), r = median(rawMs);
  const part = (k: keyof (typeof appRuns)[number]) => ms(median(appRuns.map((x) => x[k])));
  return {
    export_xlsx_100k: {
      app_ms: ms(a), raw_ms: ms(r), ratio: ratio(a / r), orders: n,
      app_parts_ms: { sheets: part('describe'), ipc_copy: part('ipc'), zod_check: part('validate'), stream_write: part('write') },
      app_mb: ratio(appBytes / 1e6), raw_mb: ratio(rawBytes / 1e6),
      browser_fallback_ms: ms(fallbackMs), browser_fallback_mb: ratio(fallbackBytes / 1e6), browser_fallback_runs: 1,
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

const items: Record<string, () => Promise<object>> = { decide, dashboard, export: exportXlsx, labels };
const run = items[item];
if (!run) throw new Error(`BENCH_ITEM must be one of ${Object.keys(items).join(', ')}`);
// Every item also says how much memory its process took at the peak (resident set, from the
// kernel's maxrss) and how much JS heap was in use at the end, so a scale-10 run shows growth.
const out = (await run()) as Record<string, object>;
const peak = { peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024), heap_used_mb: Math.round(process.memoryUsage().heapUsed / 2 ** 20) };
process.stdout.write(`${JSON.stringify(Object.fromEntries(Object.entries(out).map(([k, v]) => [k, { ...v, ...peak }])))}\n`);
