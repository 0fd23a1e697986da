import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertMinor, divRound, minorDigits, minorToDecimal, mulRound, parseMinor } from '../../../shared/money';

describe('money in minor units', () => {
  it('knows each currency’s minor digits', () => {
    expect(minorDigits('CNY')).toBe(2);
    expect(minorDigits('USD')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
  });

  it('parses what a person types without going through floats', () => {
    expect(parseMinor('12.5', 'CNY')).toBe(1250);
    expect(parseMinor('1,234.56', 'USD')).toBe(123456);
    expect(parseMinor('0.1', 'CNY')).toBe(10);
    expect(parseMinor('1.005', 'CNY')).toBeNull(); // three decimals is not a fen amount
    expect(parseMinor('1.230', 'CNY')).toBe(123); // trailing zeros are fine
    expect(parseMinor('12,5', 'EUR', true)).toBe(1250);
    expect(parseMinor('1.234,56', 'EUR', true)).toBe(123456);
    expect(parseMinor('980', 'JPY')).toBe(980);
    expect(parseMinor('9.8', 'JPY')).toBeNull();
    expect(parseMinor('abc', 'CNY')).toBeNull();
    expect(parseMinor('', 'CNY')).toBeNull();
    expect(parseMinor('-3.20', 'CNY')).toBe(-320);
  });

  it('round-trips minor units through the decimal text', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom('CNY', 'USD', 'JPY'), (minor, currency) => {
      expect(parseMinor(minorToDecimal(minor, currency), currency)).toBe(minor);
    }));
  });

  it('rounds half away from zero, exactly', () => {
    expect(divRound(5n, 2n)).toBe(3n);
    expect(divRound(-5n, 2n)).toBe(-3n);
    expect(divRound(4n, 3n)).toBe(1n);
    expect(divRound(-4n, 3n)).toBe(-1n);
    expect(mulRound(1999, 7_123_400, 1_000_000)).toBe(14240); // 19.99 × 7.1234 = 142.3968 → 142.40
    expect(mulRound(5, 1, 2)).toBe(3);
  });

  it('refuses floats and amounts beyond 2^51', () => {
    expect(() => assertMinor(1.5)).toThrow(RangeError);
    expect(() => assertMinor(2 ** 52)).toThrow(RangeError);
    expect(assertMinor(-42)).toBe(-42);
  });
});
