import type { Product } from '../../../shared/schemas/product';
import { emptyLine, fillLineFromProduct, isBlankLine, type LineDraft } from './order-draft';

/**
 * What a scan does to an order's lines, scanner first: the scanned line is taken, the next
 * empty line is ready for the next scan (added when there is none), and a product already on
 * the order adds one to that line's quantity instead of taking a second line.
 */

const addOne = (l: LineDraft): LineDraft => ({ ...l, qty: String((Number.parseInt(l.qty, 10) || 0) + 1) });

export interface ScanResult {
  lines: LineDraft[];
  /** The line whose barcode field takes the next scan. */
  focusId: string;
  /** True when the catalog still has to be asked for the code. */
  lookUp: boolean;
}

/** Enter in a line's barcode field: settle at once what needs no catalog, and move on. */
export function scanIntoLine(lines: LineDraft[], lineId: string, raw: string, fresh: LineDraft = emptyLine()): ScanResult {
  const code = raw.trim();
  if (!code) return { lines, focusId: lineId, lookUp: false };
  const same = lines.find((l) => l.id !== lineId && !isBlankLine(l) && (l.barcode.trim() === code || l.sku.trim() === code));
  if (same) {
    const next = lines.map((l) => (l.id === same.id ? addOne(l) : l.id === lineId ? { ...l, barcode: '' } : l));
    return { lines: next, focusId: lineId, lookUp: false };
  }
  const at = lines.findIndex((l) => l.id === lineId);
  const after = lines.slice(at + 1).find(isBlankLine);
  if (after) return { lines, focusId: after.id, lookUp: true };
  return { lines: [...lines, fresh], focusId: fresh.id, lookUp: true };
}

/**
 * The catalog's answer for a scanned line. A product already on another line adds one there
 * and the scanned line is given back empty (or dropped, when an empty line already follows).
 */
export function fillScanned(lines: LineDraft[], lineId: string, product: Product): LineDraft[] {
  const other = lines.find((l) => l.id !== lineId && l.productId === product.id);
  if (!other) return lines.map((l) => (l.id === lineId && l.productId !== product.id ? fillLineFromProduct(l, product) : l));
  const bumped = lines.map((l) => (l.id === other.id ? addOne(l) : l));
  const at = bumped.findIndex((l) => l.id === lineId);
  const blankAfter = bumped.slice(at + 1).some(isBlankLine);
  return blankAfter ? bumped.filter((l) => l.id !== lineId) : bumped.map((l) => (l.id === lineId ? { ...l, barcode: '' } : l));
}
