import { describe, expect, it } from 'vitest';
import { draftToOrder, emptyLine, emptyOrderDraft, orderNumberErrors } from '../../../renderer/features/orders/order-draft';
import { parseKg, parsePercent, parseWhole } from '../../../renderer/features/presets/decimal-text';
import { presetsNumberErrors, toDraft } from '../../../renderer/features/presets/presets-draft';
import { SEED_PRESETS } from '../../../shared/decide';
import { emptyProductDraft, productNumberErrors } from '../../../renderer/features/products/product-draft';

/** The forms read numbers with the importer's reader: same rules, messages that say what is wrong. */
describe('numbers typed in forms', () => {
  const order = (line: Partial<ReturnType<typeof emptyLine>>) => ({ ...emptyOrderDraft(), currency: 'EUR' as const, lines: [{ ...emptyLine(), unitWeightG: '380', unitPrice: '19.99', declaredValue: '19.99', ...line }] });

  it('"39,99" as a unit price is refused naming the field and both readings, never saved as 3,999.00', () => {
    expect(orderNumberErrors(order({ unitPrice: '39,99' }))).toEqual([
      { field: 'lines.0.unitPriceMinor', key: 'errors.ambiguousComma', params: { point: '39.99', joined: '3999' } },
    ]);
    expect(Number.isNaN(draftToOrder(order({ unitPrice: '39,99' })).lines[0]!.unitPriceMinor)).toBe(true);
  });

  it('accepts full-width digits and says "must not be negative" for a negative quantity', () => {
    expect(orderNumberErrors(order({ qty: '２', unitPrice: '１９．９９' }))).toEqual([]);
    expect(draftToOrder(order({ qty: '２', unitPrice: '１９．９９' })).lines[0]).toMatchObject({ qty: 2, unitPriceMinor: 1999 });
    expect(orderNumberErrors(order({ qty: '-1' }))).toEqual([{ field: 'lines.0.qty', key: 'errors.notNegative' }]);
  });

  it('a duty rate that takes decimals is told about decimals, not whole numbers', () => {
    const draft = { ...emptyProductDraft(), unitWeightG: '380', goodsCost: '12', dutyRate: '6.125' };
    expect(productNumberErrors(draft)).toEqual([{ field: 'dutyRateBp', key: 'errors.tooManyDecimals', params: { digits: 2 } }]);
  });

  it('presets read the same way', () => {
    expect(parseKg('１.5')).toBe(1500);
    expect(Number.isNaN(parseKg('1,5'))).toBe(true);
    expect(parsePercent('12.5')).toBe(1250);
    expect(parseWhole('３')).toBe(3);
  });
});

describe('numbers typed in the cost presets', () => {
  it('name the field and what is wrong, by its own decimals', () => {
    const draft = toDraft(SEED_PRESETS);
    expect(presetsNumberErrors(draft)).toEqual([]);
    draft.rates[0]!.cnyMillionths = '7,12';
    draft.rates[1]!.cnyMillionths = '7.1234567';
    expect(presetsNumberErrors(draft)).toEqual([
      { field: 'rates.0.cnyMillionths', key: 'errors.ambiguousComma', params: { point: '7.12', joined: '712' } },
      { field: 'rates.1.cnyMillionths', key: 'errors.tooManyDecimals', params: { digits: 6 } },
    ]);
  });
});
