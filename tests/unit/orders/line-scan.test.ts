import { describe, expect, it } from 'vitest';
import { emptyLine, fillLineFromProduct, type LineDraft } from '../../../renderer/features/orders/order-draft';
import { fillScanned, scanIntoLine } from '../../../renderer/features/orders/line-scan';
import { aProduct } from '../../builders/ledger';

const cup = { ...aProduct(), id: 'P-CUP-0000001', createdAt: '', updatedAt: '' };
const lamp = { ...aProduct({ sku: 'LED-DESK-01', barcode: '6920250000363' }), id: 'P-LAMP-000001', createdAt: '', updatedAt: '' };
const filled = (p: typeof cup): LineDraft => fillLineFromProduct(emptyLine(), p);

describe('a scan into an order line', () => {
  it('readies a new empty line for the next scan and asks the catalog', () => {
    const first = { ...emptyLine(), barcode: cup.barcode };
    const r = scanIntoLine([first], first.id, cup.barcode);
    expect(r.lookUp).toBe(true);
    expect(r.lines).toHaveLength(2);
    expect(r.focusId).toBe(r.lines[1]!.id);
    expect(r.lines[1]!.barcode).toBe('');
  });

  it('adds one to the line that already has the code, and keeps the cursor in the empty line', () => {
    const line = filled(cup);
    const ready = { ...emptyLine(), barcode: cup.barcode };
    const r = scanIntoLine([line, ready], ready.id, ` ${cup.barcode} `);
    expect(r.lookUp).toBe(false);
    expect(r.lines.map((l) => l.qty)).toEqual(['2', '1']);
    expect(r.lines[1]!.barcode).toBe('');
    expect(r.focusId).toBe(ready.id);
  });

  it('a product reached by another code (its SKU) merges once the catalog answers', () => {
    const line = filled(cup);
    const scanned = { ...emptyLine(), barcode: 'SOMETHING' };
    const ready = emptyLine();
    expect(fillScanned([line, scanned, ready], scanned.id, cup).map((l) => [l.sku, l.qty])).toEqual([[cup.sku, '2'], ['', '1']]);
    // A different product fills the scanned line.
    expect(fillScanned([line, scanned, ready], scanned.id, lamp).map((l) => l.sku)).toEqual([cup.sku, 'LED-DESK-01', '']);
  });

  it('an empty scan changes nothing', () => {
    const only = emptyLine();
    expect(scanIntoLine([only], only.id, '  ')).toEqual({ lines: [only], focusId: only.id, lookUp: false });
  });
});
