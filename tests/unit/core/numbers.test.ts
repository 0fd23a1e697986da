import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberMessage, readNumber } from '../../../shared/numbers';

const money = { digits: 2, negative: true };

describe('the one number reader', () => {
  it('reads what people type, exactly', () => {
    expect(readNumber('12.5', money)).toEqual({ ok: true, value: 1250 });
    expect(readNumber('1,234.56', money)).toEqual({ ok: true, value: 123456 });
    expect(readNumber('１２．５０', money)).toEqual({ ok: true, value: 1250 }); // full-width digits and point
    expect(readNumber('－３', money)).toEqual({ ok: true, value: -300 });
    expect(readNumber("1'234.5", money)).toEqual({ ok: true, value: 123450 });
    expect(readNumber('1.234,56', { ...money, decimalComma: true })).toEqual({ ok: true, value: 123456 });
  });

  it('refuses "39,99" with both readings instead of reading it 100× too large', () => {
    expect(readNumber('39,99', money)).toEqual({ ok: false, problem: 'ambiguousComma', readings: ['39.99', '3999'] });
    expect(numberMessage({ ok: false, problem: 'ambiguousComma', readings: ['39.99', '3999'] }, 2)).toEqual({ key: 'errors.ambiguousComma', params: { point: '39.99', joined: '3999' } });
    // Thousands grouping is not ambiguous for cents, but is for kg with three decimals.
    expect(readNumber('1,234', money)).toEqual({ ok: true, value: 123400 });
    expect(readNumber('1,234', { digits: 3 })).toMatchObject({ ok: false, problem: 'ambiguousComma', readings: ['1.234', '1234'] });
  });

  it('says what is actually wrong', () => {
    const whole = { digits: 0 };
    expect(readNumber('-2', whole)).toEqual({ ok: false, problem: 'negative' });
    expect(numberMessage({ ok: false, problem: 'negative' }, 0).key).toBe('errors.notNegative');
    expect(readNumber('1.5', whole)).toEqual({ ok: false, problem: 'tooManyDecimals' });
    expect(numberMessage({ ok: false, problem: 'tooManyDecimals' }, 0).key).toBe('errors.wholeNumber');
    // A duty rate takes two decimals: "12.345" is told about decimals, not about whole numbers.
    expect(numberMessage({ ok: false, problem: 'tooManyDecimals' }, 2)).toEqual({ key: 'errors.tooManyDecimals', params: { digits: 2 } });
    expect(readNumber('abc', money)).toEqual({ ok: false, problem: 'notNumber' });
    expect(readNumber('  ', money)).toEqual({ ok: false, problem: 'empty' });
  });

  it('reads quantities with their unit word', () => {
    for (const text of ['3', '３', '3件', '3 pcs', '3pcs', '3 个', 'x3', '3 units']) expect(readNumber(text, { digits: 0, unit: true }), text).toEqual({ ok: true, value: 3 });
  });

  it('property: any amount written with a point, grouped or full-width, reads back to itself', () => {
    const fullWidth = (s: string) => s.replace(/[0-9.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    fc.assert(fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.boolean(), fc.boolean(), (cents, group, wide) => {
      const whole = Math.floor(cents / 100).toString();
      const text = `${group ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole}.${String(cents % 100).padStart(2, '0')}`;
      expect(readNumber(wide ? fullWidth(text) : text, money)).toEqual({ ok: true, value: cents });
    }));
  });

  it('property: a comma followed by one or two digits is never read as a number', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 99 }), fc.boolean(), (a, b, two) => {
      const text = `${a},${two ? String(b).padStart(2, '0') : String(b % 10)}`;
      expect(readNumber(text, money).ok).toBe(false);
    }));
  });
});
