import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildLabelsPdf } from '../../shared/documents/labels-pdf';
import { buildManifestPdf } from '../../shared/documents/manifest-pdf';
import { buildRequestPdf } from '../../shared/documents/request-pdf';
import { buildRequestXlsx } from '../../shared/documents/request-xlsx';
import type { ReturnBatchDoc } from '../../shared/documents/types';
import { accountantWorkbook, EXPORT_KINDS, EXPORT_LANGUAGES, exportHeaders, exportTables, toCsvBytes, toXlsxBytes } from '../../shared/export';
import { loadFonts } from '../builders/documents';
import { demoNode } from './demo-ledger-node';

/**
 * Writes sample files for people to look at, from the demo year (tests/tools/demo-ledger-node.ts,
 * the same records Settings → Load demo data stores): the demo batch's documents — request PDF
 * + XLSX, labels 100×150 and four-on-A4, packing manifest — as submitted, and the request and
 * labels of the same batch as a draft (watermarked, with what is still missing); and every
 * bookkeeping export as XLSX and CSV, and the accountant's workbook, in 简体中文 and English.
 *
 * Run: npm run samples -- <output-folder>
 */
export function demoBatchDoc(): ReturnBatchDoc {
  return demoNode().batchDoc('submitted');
}

export async function writeSamples(dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const fonts = loadFonts();
  const demo = demoNode();
  const doc = demo.batchDoc('submitted');
  const draft = demo.batchDoc('draft');
  const files: [string, Uint8Array][] = [
    ['return-request.pdf', await buildRequestPdf(doc, fonts)],
    ['return-request.xlsx', await buildRequestXlsx(doc)],
    ['labels-100x150.pdf', await buildLabelsPdf(doc, fonts, 'thermal100x150')],
    ['labels-a4.pdf', await buildLabelsPdf(doc, fonts, 'a4x4')],
    ['packing-manifest.pdf', await buildManifestPdf(doc, fonts)],
    ['draft-return-request.pdf', await buildRequestPdf(draft, fonts)],
    ['draft-labels-100x150.pdf', await buildLabelsPdf(draft, fonts, 'thermal100x150')],
    // Moscow's robot-vacuum lots travel in several cartons each: one label per carton.
    ['moscow-labels-100x150.pdf', await buildLabelsPdf(demo.batchDoc('submitted', 'ru-moscow'), fonts, 'thermal100x150')],
    ['moscow-packing-manifest.pdf', await buildManifestPdf(demo.batchDoc('submitted', 'ru-moscow'), fonts)],
  ];
  for (const language of EXPORT_LANGUAGES) {
    for (const kind of EXPORT_KINDS) {
      const tables = exportTables(kind, demo.source, language);
      files.push([`export-${kind}-${language}.xlsx`, await toXlsxBytes(tables, exportHeaders(language))]);
      files.push([`export-${kind}-${language}.csv`, toCsvBytes(tables[0]!, exportHeaders(language))]);
    }
    files.push([`accountant-workbook-${language}.xlsx`, await accountantWorkbook(demo.source, language)]);
  }
  return files.map(([name, bytes]) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  });
}

// The last argument that is not this script or a flag is the output folder.
const args = process.argv.slice(1).filter((a) => !a.endsWith('samples.ts') && !a.startsWith('-'));
const target = args.at(-1);
if (target === undefined) {
  console.error('usage: npm run samples -- <output-folder>');
  process.exitCode = 2;
} else {
  for (const path of await writeSamples(resolve(target))) console.log(path);
}
