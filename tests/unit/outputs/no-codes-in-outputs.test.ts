import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DISTRICT_CODES } from '../../../shared/codes/districts';
import { GRADES, PLATFORMS, RETURN_REASONS, WHEREABOUTS } from '../../../shared/codes/ledger-codes';
import { OPTION_KINDS, SEED_PRESETS } from '../../../shared/decide';
import { buildLabelsPdf, buildManifestPdf, buildRequestPdf, buildRequestXlsx } from '../../../shared/documents';
import { accountantWorkbook, EXPORT_KINDS, EXPORT_LANGUAGES, exportHeaders, exportTables, toCsvText } from '../../../shared/export';
import { RETURN_STATUSES } from '../../../shared/ledger/return-status';
import { BATCH_STATUSES, BATCH_TRANSPORT_MODES, REASON_CATEGORIES } from '../../../shared/schemas/batch';
import { LABEL_PAYERS } from '../../../shared/schemas/return';
import { loadFonts } from '../../builders/documents';
import { demoNode } from '../../tools/demo-ledger-node';
import { hasPoppler, pdfText } from '../documents/render-tools';

/**
 * Every file the app hands to an accountant, a broker or a carrier speaks words: this scans
 * each export kind in both languages and every document of a draft and a submitted batch for
 * the ledger's internal codes and for translation keys, and fails on any. Code columns exist
 * only on request (withCodes), so the default files must hold none.
 */
const demo = demoNode(300);

/** A whole cell that is nothing but a stored code. */
const CODES = new Set<string>([
  ...PLATFORMS, ...RETURN_STATUSES, ...RETURN_REASONS, ...GRADES, ...WHEREABOUTS, ...OPTION_KINDS, ...BATCH_STATUSES,
  ...BATCH_TRANSPORT_MODES, ...REASON_CATEGORIES, ...LABEL_PAYERS, ...DISTRICT_CODES,
  ...SEED_PRESETS.locations.map((l) => l.id), ...new Set(demo.orders.map((o) => o.buyerCountry)),
]);
/** Codes that cannot be mistaken for words, and key shapes: what must not appear anywhere in running text. */
const IN_TEXT = new RegExp(
  [
    ...[...RETURN_STATUSES, ...RETURN_REASONS, ...WHEREABOUTS, ...OPTION_KINDS, ...REASON_CATEGORIES, 'road_tir'].filter((c) => /[_]/.test(c)),
    ...SEED_PRESETS.locations.map((l) => l.id),
  ].map((c) => `\\b${c}\\b`).join('|') + String.raw`|\b(?:decide|ledger|data|requests|common|errors|presets)[.:][a-z]\w*\.\w|\{\{|\[missing text`,
);

function offenders(cells: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const c of cells) {
    const v = c.trim();
    if (CODES.has(v) || IN_TEXT.test(v)) found.add(v);
  }
  return [...found];
}

function csvCells(text: string): string[] {
  return Papa.parse<string[]>(text, { newline: '\r\n' }).data.flat();
}

async function xlsxCells(bytes: Uint8Array): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer as ArrayBuffer);
  const out: string[] = [];
  wb.eachSheet((ws) => {
    out.push(ws.name);
    ws.eachRow((row) => row.eachCell((cell) => { if (typeof cell.value === 'string') out.push(cell.value); }));
  });
  return out;
}

describe('no raw codes or translation keys in what the app writes', () => {
  it('the scanner itself catches a code, a key and an uninterpolated template', () => {
    expect(offenders(['in_batch', 'amazon', 'us-amazon', 'decide.cost.freightPerKg', '运费 {{weight}}', 'Amazon', '亚马逊', '2900 杭州关区 Hangzhou', 'A · as new, original state']))
      .toEqual(['in_batch', 'amazon', 'us-amazon', 'decide.cost.freightPerKg', '运费 {{weight}}']);
  });

  for (const language of EXPORT_LANGUAGES) {
    for (const kind of EXPORT_KINDS) {
      it(`${kind} export in ${language}: every cell and heading is words`, () => {
        const tables = exportTables(kind, demo.source, language);
        expect(tables.reduce((n, t) => n + t.rows.length, 0)).toBeGreaterThan(0);
        const cells = tables.flatMap((t) => [t.name, ...csvCells(toCsvText(t, exportHeaders(language)))]);
        expect(offenders(cells)).toEqual([]);
      });
    }
    it(`the accountant's workbook in ${language}: every sheet name, heading and cell`, async () => {
      const cells = await xlsxCells(await accountantWorkbook(demo.source, language));
      expect(cells.length).toBeGreaterThan(100);
      expect(offenders(cells)).toEqual([]);
    });
    it(`the code option in ${language} adds the codes in columns of their own, named as code columns`, () => {
      const [table] = exportTables('returns', demo.source, language, true);
      const heads = table!.columns.map((c) => exportHeaders(language)(c.key));
      expect(heads.filter((h) => /code|代码/.test(h)).length).toBeGreaterThanOrEqual(6);
      expect(offenders(heads)).toEqual([]);
    });
  }

  for (const status of ['draft', 'submitted'] as const) {
    const doc = demo.batchDoc(status);
    it(`request XLSX of a ${status} batch`, async () => {
      expect(offenders(await xlsxCells(await buildRequestXlsx(doc)))).toEqual([]);
    });
    it.skipIf(!hasPoppler)(`request, labels and manifest PDFs of a ${status} batch`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'hb-words-'));
      const fonts = loadFonts();
      for (const [name, bytes] of [['request', await buildRequestPdf(doc, fonts)], ['labels', await buildLabelsPdf(doc, fonts)], ['manifest', await buildManifestPdf(doc, fonts)]] as const) {
        const file = join(dir, `${name}.pdf`);
        writeFileSync(file, bytes);
        const words = pdfText(file).split(/\s{2,}|\n/);
        expect({ name, found: offenders(words) }).toEqual({ name, found: [] });
      }
    });
  }
});
