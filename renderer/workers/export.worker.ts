/// <reference lib="webworker" />
import { exportTables, toCsvBytes, toXlsxBytes } from '../../shared/export';
import type { ExportWorkerIn, ExportWorkerOut } from './messages';

/** Building a workbook of 100,000 rows takes seconds: it happens here, not in the window. */
self.onmessage = async (event: MessageEvent<ExportWorkerIn>) => {
  const { kind, format, delimiter, source, labels } = event.data;
  try {
    const start = performance.now();
    const tables = exportTables(kind, source);
    const label = (key: string) => labels[key] ?? key;
    const bytes = format === 'xlsx' ? await toXlsxBytes(tables, label) : toCsvBytes(tables[0]!, label, delimiter);
    const out: ExportWorkerOut = { type: 'done', bytes, rows: tables[0]?.rows.length ?? 0, ms: Math.round(performance.now() - start) };
    self.postMessage(out, { transfer: [bytes.buffer] });
  } catch (error) {
    self.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) } satisfies ExportWorkerOut);
  }
};
