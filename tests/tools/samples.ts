import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildLabelsPdf } from '../../shared/documents/labels-pdf';
import { buildManifestPdf } from '../../shared/documents/manifest-pdf';
import { buildRequestPdf } from '../../shared/documents/request-pdf';
import { buildRequestXlsx } from '../../shared/documents/request-xlsx';
import { loadFonts, sampleBatch } from '../builders/documents';

/**
 * Writes the sample documents for people to look at: request PDF + XLSX, labels 100×150 and
 * four-on-A4, and the packing manifest, built from the test builder's 36-parcel batch.
 *
 * Run (no tsx needed; Vite's module runner loads the TypeScript):
 *   node --input-type=module -e "await (await import('vite')).runnerImport('./tests/tools/samples.ts')" out/samples
 */
export async function writeSamples(dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const fonts = loadFonts();
  const doc = sampleBatch(36);
  const files: [string, Uint8Array][] = [
    ['return-request.pdf', await buildRequestPdf(doc, fonts)],
    ['return-request.xlsx', await buildRequestXlsx(doc)],
    ['labels-100x150.pdf', await buildLabelsPdf(doc, fonts, 'thermal100x150')],
    ['labels-a4.pdf', await buildLabelsPdf(doc, fonts, 'a4x4')],
    ['packing-manifest.pdf', await buildManifestPdf(doc, fonts)],
  ];
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
  console.error('usage: … samples.ts <output-folder>');
  process.exitCode = 2;
} else {
  for (const path of await writeSamples(resolve(target))) console.log(path);
}
