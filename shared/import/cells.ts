import { minorDigits } from '../money';
import { numberOrNull, readNumber, type NumberRead } from '../numbers';
import { normHeader, type Mapping } from './formats';
import type { RawRow } from './read-table';

/** One row rejected, with the field and a locale key saying why; `value` is what the file had. */
export interface Rejection {
  row: number;
  field: string;
  key: string;
  params?: Record<string, string | number>;
  value?: string;
}

/** Reads mapped fields out of raw rows by column position, resolved once per file. */
export function fieldReader(headers: readonly string[], mapping: Mapping) {
  const index = new Map<string, number>();
  const byNorm = new Map(headers.map((h, i) => [normHeader(h), i]));
  for (const [field, header] of Object.entries(mapping)) {
    const i = header === undefined ? undefined : byNorm.get(normHeader(header));
    if (i !== undefined) index.set(field, i);
  }
  return {
    has: (field: string) => index.has(field),
    indexOf: (field: string) => index.get(field),
    get: (row: RawRow, field: string): string => {
      const i = index.get(field);
      return i === undefined ? '' : (row.cells[i] ?? '').trim();
    },
  };
}

/** Amounts with a symbol or code around them ("$19.99", "19,99 €", "USD 5") as minor units. */
export function parseAmount(text: string, currency: string, decimalComma: boolean): number | null {
  const r = readAmount(text, currency, decimalComma);
  return r.ok ? r.value : null;
}

/** The same, with the reason when it is not an amount ("39,99" in a point column: both readings). */
export function readAmount(text: string, currency: string, decimalComma: boolean): NumberRead {
  const s = (/[\u0080-\uffff]/.test(text) ? text.normalize('NFKC') : text).replace(/[^\d.,+-]/g, '');
  return readNumber(s, { digits: minorDigits(currency), decimalComma, negative: true });
}

/** Whole units as written ("3", "３", "3件", "3 pcs"), or null. */
export function parseQty(text: string): number | null {
  return numberOrNull(text, { digits: 0, unit: true });
}
