import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDecimalComma, parseDateCell } from '../../../shared/import/dates';
import { normHeader } from '../../../shared/import/formats';
import { fieldNames, proposeMapping } from '../../../shared/import/synonyms';
import { amountMark, readCountry, readCurrency, readDistrict, readExportMode, readPlatform, readQuantity, yenFrom } from '../../../shared/import/values';

/** Random spellings of a name: case, full width, spaces and punctuation around it. */
const respell = (name: string) => fc.tuple(fc.boolean(), fc.boolean(), fc.constantFrom('', ' ', '  ', '\u3000'), fc.constantFrom('', ' ', '.')).map(([upper, wide, pad, tail]) => {
  let s = upper ? name.toUpperCase() : name.toLowerCase();
  if (wide) s = s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  return `${pad}${s}${tail}`;
});

describe('platforms', () => {
  it.each([
    ['亚马逊', 'amazon'], ['Amazon.de', 'amazon'], ['Temu', 'temu'], ['TikTok Shop', 'tiktok'], ['抖音跨境', 'tiktok'], ['速卖通', 'aliexpress'],
    ['AliExpress', 'aliexpress'], ['虾皮', 'shopee'], ['Shopee MY', 'shopee'], ['Ozon', 'ozon'], ['Wildberries', 'wildberries'], ['eBay', 'ebay'],
    ['Shopify', 'shopify'], ['Walmart', 'walmart'], ['Mercado Libre', 'mercadolibre'], ['Lazada', 'lazada'], ['独立站', 'independent'], ['速卖通-美国站', 'aliexpress'],
  ])('%s → %s', (text, code) => expect(readPlatform(text)).toBe(code));

  it('property: any spelling of a listed name reads to its platform', () => {
    const names: [string, string][] = [['amazon', 'amazon'], ['tiktok shop', 'tiktok'], ['mercado libre', 'mercadolibre'], ['shopee', 'shopee'], ['wildberries', 'wildberries']];
    fc.assert(fc.property(fc.constantFrom(...names).chain(([n, c]) => respell(n).map((s) => [s, c] as const)), ([s, c]) => {
      expect(readPlatform(s)).toBe(c);
    }));
  });
});

describe('currencies', () => {
  it.each([['US$', 'USD'], ['$', 'USD'], ['美元', 'USD'], ['€', 'EUR'], ['欧元', 'EUR'], ['卢布', 'RUB'], ['руб.', 'RUB'], ['日元', 'JPY'], ['英镑', 'GBP'], ['usd', 'USD'], ['ＵＳＤ', 'USD']])('%s → %s', (text, code) => {
    expect(readCurrency(text)).toBe(code);
  });

  it('a lone ¥ is CNY or JPY only when the file says which, otherwise asked', () => {
    expect(readCurrency('¥')).toBeNull();
    expect(readCurrency('￥', 'CNY')).toBe('CNY');
    expect(readCurrency('¥', 'JPY')).toBe('JPY');
    expect(yenFrom(['单价(元)'])).toBe('CNY');
    expect(yenFrom(['单价(美元)'])).toBeNull(); // 美元 is not 元
    expect(yenFrom(['Price (JPY)'])).toBe('JPY');
    expect(yenFrom(['¥', 'CNY', '¥'])).toBe('CNY');
    expect(readCurrency(amountMark('US$19.99'))).toBe('USD');
    expect(readCurrency(amountMark('19,99 €'))).toBe('EUR');
    expect(amountMark('19.99')).toBe('');
  });

  it('property: any spelling of a listed currency name reads to its code', () => {
    const names: [string, string][] = [['usd', 'USD'], ['us$', 'USD'], ['美元', 'USD'], ['eur', 'EUR'], ['欧元', 'EUR'], ['rub', 'RUB'], ['руб', 'RUB'], ['gbp', 'GBP'], ['hk$', 'HKD'], ['rm', 'MYR']];
    fc.assert(fc.property(fc.constantFrom(...names).chain(([n, c]) => respell(n).map((s) => [s, c] as const)), ([s, c]) => {
      expect(readCurrency(s)).toBe(c);
    }));
  });

  it('property: junk never reads as a currency or a country', () => {
    const junk = fc.string({ minLength: 4, maxLength: 12 }).map((s) => `zq${s}#`);
    fc.assert(fc.property(junk, (s) => {
      expect(readCurrency(s)).toBeNull();
      expect(readCountry(s)).toBeNull();
    }));
  });
});

describe('countries, modes, districts, quantities', () => {
  it('reads what ERPs write', () => {
    expect(['美国', '美利坚合众国', 'USA', 'U.S.', 'UK', '俄罗斯', 'Россия', 'DEU'].map(readCountry)).toEqual(['US', 'US', 'US', 'US', 'GB', 'RU', 'RU', 'DE']);
    expect(readCountry('火星')).toBeNull();
    expect(readExportMode('9610 跨境电商')).toBe('9610');
    expect(readExportMode('1234')).toBeNull();
    expect([readDistrict('杭州关区'), readDistrict('杭州'), readDistrict('Hangzhou'), readDistrict('2900')]).toEqual(['2900', '2900', '2900', '2900']);
    expect(readQuantity('3件')).toEqual({ ok: true, value: 3 });
    expect(readQuantity('0')).toEqual({ ok: true, value: 0 });
    expect(readQuantity('-1')).toEqual({ ok: false, problem: 'negative' });
  });
});

describe('dates as sellers write them', () => {
  it.each([
    ['2026年3月1日', '2026-03-01'], ['2026年3月1日 09:05', '2026-03-01'], ['2026/3/1', '2026-03-01'], ['2026-3-1 9:05', '2026-03-01'],
    ['２０２６／３／１', '2026-03-01'], ['46082', '2026-03-01'], ['46082.375', '2026-03-01'],
  ])('%s → %s', (text, iso) => expect(parseDateCell(text, null)).toBe(iso));
  it('a small number is not a date', () => expect(parseDateCell('123', null)).toBeNull());
  it('eBay and written-out months', () => {
    expect(['Mar-01-26', 'Mar 1, 2026', '1 Mar 2026', 'March 1, 2026'].map((d) => parseDateCell(d, null))).toEqual(['2026-03-01', '2026-03-01', '2026-03-01', '2026-03-01']);
  });
});

describe('a column decides its decimal mark only when it can', () => {
  it('"12,50" everywhere is a decimal comma; "1,299" alone decides nothing; one point settles it', () => {
    expect(detectDecimalComma(['12,50', '3,99'])).toBe(true);
    expect(detectDecimalComma(['1,299', '2,499'])).toBe(false);
    expect(detectDecimalComma(['12,50', '3.99'])).toBe(false);
  });
});

describe('header synonyms', () => {
  it('matches after folding width, case, spaces and punctuation', () => {
    expect(normHeader('【订单号】')).toBe(normHeader('订单号'));
    expect(normHeader('ＯＲＤＥＲ　ＩＤ')).toBe(normHeader('order-id'));
    const p = proposeMapping(['（平台订单号）', 'Order Date', '国家/地区', 'ＳＫＵ', '数量', '单价', '电话'], 'orders');
    expect(p.mapping).toMatchObject({ orderNo: '（平台订单号）', orderDate: 'Order Date', buyerCountry: '国家/地区', sku: 'ＳＫＵ', qty: '数量', unitPrice: '单价' });
    expect(p.unplaced).toEqual(['电话']);
  });

  it("the app's own labels in both languages always match", () => {
    for (const label of ['订单号', 'Order no.', '买家国家', 'Buyer country', '商品编码', 'HS code', '平台', 'Platform', '关区', '监管方式']) {
      expect(Object.values(proposeMapping([label], 'orders').mapping), label).toEqual([label]);
    }
    expect(proposeMapping(['商品编码'], 'orders').mapping).toEqual({ hsCode: '商品编码' });
  });

  it("a platform's order number wins over an ERP's own", () => {
    expect(proposeMapping(['订单号', '平台订单号', '系统订单号'], 'orders').mapping.orderNo).toBe('平台订单号');
  });

  it('property: any spelling of any listed synonym lands on its field', () => {
    const pairs = (['orderNo', 'buyerCountry', 'qty', 'sku', 'shop'] as const).flatMap((f) => fieldNames(f).map((n) => [f, n] as const));
    fc.assert(fc.property(fc.constantFrom(...pairs), ([field, name]) => {
      expect(proposeMapping([name], 'orders').mapping[field]).toBe(name);
    }));
  });
});
