import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { decodeBytes, type TextEncodingName } from './decode';

/**
 * Any import file as a header and rows of text cells. Delimited text goes through papaparse
 * (quoted fields, quoted newlines, doubled quotes); the delimiter is the one that splits the
 * header line most, since headers rarely hold quotes. XLSX goes through exceljs, first sheet.
 * Row numbers are the record's position with the header as row 1, as a spreadsheet shows it.
 */
export type Delimiter = ',' | ';' | '\t' | '|';

export interface RawRow {
  row: number;
  cells: string[];
}

export interface RawTable {
  headers: string[];
  rows: RawRow[];
  encoding: TextEncodingName | 'xlsx';
  delimiter: Delimiter | null;
  /** Rows the parser itself could not read (unbalanced quotes, wrong field count). */
  broken: { row: number; reason: string }[];
}

export function detectDelimiter(text: string): Delimiter {
  const start = text.search(/\S/);
  const rest = start > 0 ? text.slice(text.lastIndexOf('\n', start) + 1) : text;
  const end = rest.search(/\r?\n/);
  const head = end < 0 ? rest : rest.slice(0, end);
  const counts: [Delimiter, number][] = (['\t', ';', ',', '|'] as const).map((d) => [d, head.split(d).length - 1]);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ',';
}

export function readDelimited(text: string): Omit<RawTable, 'encoding'> {
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  // Some reports (eBay's) open with a blank line: the header is the first line with text.
  const skip = Math.max(0, parsed.data.findIndex((cells) => cells.some((c) => c.trim() !== '')));
  const [head = [], ...body] = skip > 0 ? parsed.data.slice(skip) : parsed.data;
  const headers = head.map((h) => h.trim());
  const badRows = new Map<number, string>();
  for (const e of parsed.errors) if (e.row !== undefined && e.row !== null) badRows.set(e.row, e.code);
  const rows: RawRow[] = [];
  const broken: RawTable['broken'] = [];
  body.forEach((cells, i) => {
    const row = i + 2 + skip;
    if (cells.every((c) => c.trim() === '')) return;
    const error = badRows.get(i + 1 + skip);
    // A trailing delimiter (common in Amazon reports) adds one empty field: harmless.
    const extra = cells.length - headers.length;
    if (error === 'MissingQuotes' || extra < 0 || (extra > 0 && cells.slice(headers.length).some((c) => c.trim() !== ''))) {
      broken.push({ row, reason: error === 'MissingQuotes' ? 'quotes' : 'columnCount' });
      return;
    }
    rows.push({ row, cells: cells.slice(0, headers.length) });
  });
  return { headers, rows, delimiter, broken };
}

export function readTextFile(bytes: Uint8Array): RawTable {
  const decoded = decodeBytes(bytes);
  return { ...readDelimited(decoded.text), encoding: decoded.encoding };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value);
}

export async function readXlsx(bytes: Uint8Array): Promise<RawTable> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) return { headers: [], rows: [], encoding: 'xlsx', delimiter: null, broken: [] };
  const headers: string[] = [];
  const rows: RawRow[] = [];
  ws.eachRow({ includeEmpty: false }, (r, n) => {
    const values = Array.isArray(r.values) ? r.values.slice(1) : [];
    const cells = values.map((v) => cellText(v as ExcelJS.CellValue).trim());
    if (n === 1) headers.push(...cells);
    else if (cells.some((c) => c !== '')) rows.push({ row: n, cells: headers.map((_, i) => cells[i] ?? '') });
  });
  return { headers, rows, encoding: 'xlsx', delimiter: null, broken: [] };
}

/** XLSX files are zip archives ("PK\x03\x04"); anything else is read as delimited text. */
export function isXlsx(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export async function readTable(bytes: Uint8Array): Promise<RawTable> {
  return isXlsx(bytes) ? readXlsx(bytes) : readTextFile(bytes);
}
