import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COUNTRY_CODES, countryName, countryOptions, readCountry } from '../../../shared/codes/countries';

describe('readCountry: countries as sellers write them', () => {
  it.each([
    ['美国', 'US'], ['美利坚合众国', 'US'], ['USA', 'US'], ['U.S.', 'US'], ['usa', 'US'], ['United States', 'US'],
    ['UK', 'GB'], ['英国', 'GB'], ['Great Britain', 'GB'], ['GBR', 'GB'], ['gb', 'GB'],
    ['俄罗斯', 'RU'], ['Россия', 'RU'], ['Russian Federation', 'RU'], ['DEU', 'DE'], ['德国', 'DE'], ['Deutschland', 'DE'],
    ['ＵＳＡ', 'US'], ['　日本　', 'JP'], ['Côte d’Ivoire', 'CI'], ['韩国', 'KR'], ['South Korea', 'KR'], ['中国香港', 'HK'],
  ])('%s → %s', (text, code) => {
    expect(readCountry(text)).toBe(code);
  });

  it.each(['火星', 'Mars', '', '   ', '12', 'Congo', 'XX', 'ZZZ'])('%j is not read as a country', (text) => {
    expect(readCountry(text)).toBeNull();
  });

  it('every code reads as itself, in any case and width', () => {
    fc.assert(fc.property(fc.constantFrom(...COUNTRY_CODES), fc.boolean(), fc.boolean(), (code, lower, wide) => {
      let text = lower ? code.toLowerCase() : code;
      if (wide) text = [...text].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
      expect(readCountry(` ${text} `)).toBe(code);
    }));
  });

  it('every Chinese and English display name reads back to its code', () => {
    for (const code of COUNTRY_CODES) {
      for (const language of ['zh-CN', 'en']) {
        const name = countryName(code, language);
        expect(readCountry(name), `${language} ${name}`).toBe(code);
      }
    }
  });

  it('digits and symbols never map to a country', () => {
    fc.assert(fc.property(fc.stringMatching(/^[0-9#%&*+=!?@$]{1,12}$/), (junk) => {
      expect(readCountry(junk)).toBeNull();
    }));
  });

  it('picker options carry both languages so either finds the country', () => {
    const zhOptions = countryOptions('zh-CN');
    const us = zhOptions.find((o) => o.code === 'US')!;
    expect(us.name).toBe('美国');
    expect(us.search).toContain('usa');
    expect(us.search).toContain('unitedstates');
    expect(zhOptions).toHaveLength(COUNTRY_CODES.length);
  });
});
