import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { preview, type PreviewServer } from 'vite';
import { browserItems } from './browser';
import { calibrationMs, log, ratio } from './stats';

/**
 * `npm run bench` (issue 7): builds the web app, measures it in headless Chromium and its
 * shared code in Node, each app figure beside the raw library's on the same data in the same
 * run, and prints one JSON object (also written to bench-results.json). `--quick`: 10% of
 * the sizes (10,000 orders), one run. Not part of `npm test`; nothing here asserts a time.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
// `--scale 10` (or BENCH_SCALE=10): every item at ten times the sizes — 1,000,000 orders,
// 200,000 returns — once, reported under `scale_10` in bench-results.scale10.json.
const scaleArg = process.argv.indexOf('--scale');
const scaled = Number(scaleArg >= 0 ? process.argv[scaleArg + 1] : (process.env.BENCH_SCALE ?? 1));
if (!(scaled > 0)) throw new Error('--scale takes a positive number, e.g. --scale 10');
const scale = quick ? 0.1 : scaled;
// A scale run's own items (see `only`); with --quick as well, they run at 10% sizes: a smoke test.
const scaleRun = scaled > 1;
const runs = Number(process.env.BENCH_RUNS ?? (quick || scale > 1 ? 1 : 3));
const ORDERS = Math.round(100_000 * scale);
const VITE = join(ROOT, 'node_modules/vite/bin/vite.js');
const SETTLE_MS = 10_000;
// Its own output folder, so a bench never empties out/renderer under someone's running tests.
const OUT = join(ROOT, process.env.BENCH_OUT ?? 'out/bench/renderer');
// BENCH_ONLY=decide,open runs only those items (import, import_erp, decide, dashboard, export, labels, open, tables, backup, bundle).
// A scale run (--scale) has no import_erp or labels (a batch's labels do not grow with the
// ledger) and adds backup; 'open' there also opens every page once for the heap.
const picked = process.env.BENCH_ONLY?.split(',').map((s) => s.trim()).filter(Boolean);
const only = (item: string) => (!picked || picked.includes(item)) && !(scaleRun && ['import_erp', 'labels'].includes(item)) && (scaleRun || item !== 'backup');
const started = performance.now();

function sh(args: string[], env: Record<string, string> = {}): string {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`${args.slice(0, 3).join(' ')} exited with ${r.status}: ${r.stdout.slice(-2000)}`);
  return r.stdout;
}

function buildWeb(): void {
  log('building the web app (vite build) and the bench harness');
  // runnerImport (which runs this file) sets NODE_ENV=development, which the builds would
  // inherit: React's development build, slower and with StrictMode's double renders.
  const production = { NODE_ENV: 'production' };
  sh([VITE, 'build', '--logLevel', 'warn', '--outDir', OUT, '--emptyOutDir'], production);
  sh([VITE, 'build', '-c', 'tests/bench/vite.harness.config.ts', '--outDir', join(OUT, '__bench')], production);
}

/** The renderer's entry chunk (the module index.html loads), gzipped; plus what it preloads. */
function bundleSize() {
  const html = readFileSync(join(OUT, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error(`no entry script in ${OUT}/index.html`);
  const gz = (file: string) => gzipSync(readFileSync(join(OUT, file)), { level: 9 }).length;
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const assets = readdirSync(join(OUT, 'assets')).filter((f) => f.endsWith('.js'));
  return {
    entry: ratio(gz(entry) / 1024),
    detail: {
      file: entry, raw_kb: ratio(statSync(join(OUT, entry)).size / 1024), initial_kb_gz: ratio([entry, ...preloads].reduce((s, f) => s + gz(f), 0) / 1024),
      all_js_kb_gz: ratio(assets.reduce((s, f) => s + gz(`assets/${f}`), 0) / 1024), chunks: assets.length,
    },
  };
}

function nodeItem<T>(item: string): T {
  log(`node: ${item}`);
  const out = sh(['--max-old-space-size=8192', '--input-type=module', '-e', "await (await import('vite')).runnerImport('./tests/bench/node-items.ts')"],
    { BENCH_ITEM: item, BENCH_RUNS: String(runs), BENCH_SCALE: String(scale) });
  const line = out.trim().split('\n').at(-1) ?? '';
  const parsed = JSON.parse(line) as T;
  log(`node: ${item} ${line}`);
  return parsed;
}

function chromiumVersion(): string {
  try {
    return execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

/** A port nobody is listening on (the shared machine runs other previews and test servers). */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
  });
}

async function serve(port: number): Promise<{ server: PreviewServer; base: string }> {
  const server = await preview({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: OUT }, preview: { port, strictPort: true, host: '127.0.0.1', open: false } });
  return { server, base: `http://127.0.0.1:${port}` };
}

let server: PreviewServer | undefined;
try {
  const cpu = cpus();
  const machine = `${cpu[0]?.model.trim() ?? 'unknown CPU'} × ${cpu.length} cores, Node ${process.version}, ${process.platform}`;
  log(`${quick ? 'quick' : scale > 1 ? `scale ${scale}` : 'full'} run: ${ORDERS} orders, ${runs} run(s) each, on ${machine}`);
  const calibrationStart = calibrationMs();
  log(`machine speed: ${calibrationStart} ms for the calibration loop`);
  buildWeb();
  const bundle = bundleSize();
  // One port throughout: a rebuild (see recover) must keep the origin, and so the IndexedDB.
  // BENCH_PORT with BENCH_PROFILE (tests/bench/browser.ts): the same origin as the kept profile's ledger.
  const port = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : await freePort();
  const served = await serve(port);
  server = served.server;
  const recover = async () => {
    await server?.close();
    buildWeb();
    server = (await serve(port)).server;
  };
  const needsBrowser = ['import', 'import_erp', 'dashboard', 'open', 'tables', 'backup'].some(only);
  const browser = needsBrowser ? await browserItems(served.base, ORDERS, runs, recover, only, scaleRun) : undefined;
  await server.close();
  server = undefined;
  // Chromium's processes and its deleted profile (a gigabyte of IndexedDB) take a few seconds
  // to wind down; Node figures taken meanwhile came out a third slower.
  if (browser) await new Promise((r) => setTimeout(r, SETTLE_MS));
  const node = <T,>(item: string, key: string): T | undefined => (only(item) ? nodeItem<Record<string, T>>(item)[key] : undefined);
  const decide_20k = node<object>('decide', 'decide_20k');
  const aggregation = node<{ ms: number }>('dashboard', 'dashboard_100k');
  const export_xlsx_100k = node<object>('export', 'export_xlsx_100k');
  const labels_1000 = node<object>('labels', 'labels_1000');
  const { first_chart_ms, ...dashboardPage } = browser?.dashboard ?? { first_chart_ms: undefined };
  const { ms: aggregationMs, ...aggregationDetail } = aggregation ?? { ms: undefined };
  const result = {
    machine, runs,
    import_100k: only('import') ? browser?.import_100k : undefined, import_longest_task_ms: only('import') ? browser?.import_longest_task_ms : undefined,
    import_erp_100k: browser?.import_erp_100k,
    decide_20k,
    dashboard_100k: only('dashboard') ? { ms: aggregationMs, first_chart_ms, ms_covers: 'an order written, as the app takes it in Node: the kept units-sold rows moved, the kept facts joined, figures (decision_added_ms, return_added_ms: those changes; from_scratch_ms: every order folded, facts and figures built anew); aggregate_ms alone is a filter change',
      first_chart_covers: 'reload of the app on the dashboard → first chart painted, app start-up included; from_orders_list_click_first_chart_ms: click on Dashboard in the running app → first chart painted', ...aggregationDetail, ...dashboardPage } : undefined,
    export_xlsx_100k,
    labels_1000,
    open_100k: browser?.open,
    tables_100k: browser?.tables,
    // Scale runs only: how the million-order ledger was built, the import into it, memory.
    ...(browser && 'seed_import' in browser ? { ledger_built_by_import: browser.seed_import, import_100k_into_ledger: browser.import_into_ledger, every_page: browser.every_page, backup_restore: browser.backup } : {}),
    bundle_entry_kb_gz: bundle.entry,
    bundle: bundle.detail,
    mode: `${quick ? 'quick (10% sizes: 10,000 orders, 2,000 returns, 100 labels)' : scale > 1 ? `scale ${scale}` : 'full'}${picked ? `; only ${picked.join(', ')}` : ''}`,
    browser_ledger: browser?.ledger,
    cpu_cores: cpu.length, node: process.version, chromium: chromiumVersion(),
    calibration_ms: { start: calibrationStart, end: calibrationMs(), covers: 'a fixed 50M-iteration integer loop, best of 3: lower is a faster machine at that moment' },
    date: new Date().toISOString(), total_s: Math.round((performance.now() - started) / 1000),
  };
  const sizes = { orders: ORDERS, returns: Math.round(20_000 * scale), labels: only('labels') ? Math.round(1000 * scale) : undefined, covers: 'item names keep their scale-1 sizes (decide_20k, export_xlsx_100k …); these are the sizes of this run' };
  const json = JSON.stringify(scaleRun ? { [`scale_${scaled}`]: { ...result, sizes } } : result, null, 2);
  // A partial (BENCH_ONLY) or quick run never overwrites the full figures.
  const stem = scaleRun ? `bench-results.scale${scaled}` : 'bench-results';
  writeFileSync(join(ROOT, picked || quick ? `${stem}.partial.json` : `${stem}.json`), `${json}\n`);
  process.stdout.write(`${json}\n`);
} finally {
  await server?.close();
  rmSync(join(OUT, '__bench'), { recursive: true, force: true });
}
