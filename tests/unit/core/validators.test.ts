import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gtinCheckDigit, isValidCustomsCode, isValidGtin, isValidHsCode, isValidUscc, usccCheckChar } from '../../../shared/validators';

describe('barcodes (GTIN/EAN/UPC)', () => {
  it('accepts real codes of every length', () => {
    expect(isValidGtin('4006381333931')).toBe(true); // EAN-13 from the GS1 examples
    expect(isValidGtin('036000291452')).toBe(true); // UPC-A
    expect(isValidGtin('96385074')).toBe(true); // EAN-8
    expect(isValidGtin('10614141000415')).toBe(true); // GTIN-14
  });

  it('refuses a wrong check digit, wrong lengths and letters', () => {
    expect(isValidGtin('4006381333932')).toBe(false);
    expect(isValidGtin('400638133393')).toBe(false);
    expect(isValidGtin('40063813339310')).toBe(false);
    expect(isValidGtin('40063813339X1')).toBe(false);
    expect(isValidGtin('')).toBe(false);
  });

  it('catches every single-digit typo', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{12}$/), fc.nat(11), fc.integer({ min: 1, max: 9 }), (body, pos, delta) => {
      const code = body + String(gtinCheckDigit(body));
      expect(isValidGtin(code)).toBe(true);
      const typo = code.slice(0, pos) + String((Number(code[pos]) + delta) % 10) + code.slice(pos + 1);
      expect(isValidGtin(typo)).toBe(false);
    }));
  });
});

describe('customs identifiers', () => {
  it('HS codes are exactly ten digits', () => {
    expect(isValidHsCode('9617001900')).toBe(true);
    expect(isValidHsCode('961700190')).toBe(false);
    expect(isValidHsCode('96170019001')).toBe(false);
    expect(isValidHsCode('9617.00.19')).toBe(false);
  });

  it('Unified Social Credit Codes carry a GB 32100-2015 check character', () => {
    const body = '91330782MA28B1234';
    const valid = body + usccCheckChar(body);
    expect(isValidUscc(valid)).toBe(true);
    expect(isValidUscc(body + (valid.endsWith('0') ? '1' : '0'))).toBe(false);
    expect(isValidUscc('91110000600037341L')).toBe(true); // a published code (Lenovo Beijing)
    expect(isValidUscc('91110000600037341M')).toBe(false);
    expect(isValidUscc('9111000060003734IL')).toBe(false); // I is not in the code's alphabet
  });

  it('customs registration codes are ten letters or digits', () => {
    expect(isValidCustomsCode('3318960ABC')).toBe(true);
    expect(isValidCustomsCode('3318960AB')).toBe(false);
  });
});
