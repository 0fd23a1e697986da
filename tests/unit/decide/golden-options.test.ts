import { describe, expect, it } from 'vitest';
import { prepare } from '../../../shared/decide/context';
import type { Decision, Option, OptionKind } from '../../../shared/decide/model-types';
import { decideReturn } from '../../../shared/decide/options';
import { SEED_PRESETS } from '../../../shared/decide/presets-seed';
import { aReturn, TEST_PRESETS } from '../../builders/decide';

/**
 * Hand-computed golden cases. TEST_PRESETS: USD 7.00 CNY (7.20 from 2026), so 1 cent = 7 fen;
 * US address: disposal 501–1000 g $2.00, liquidation 10% of cost, handling $2.00, relist
 * fees $1.00 + $1.00 + $0.50 + $0.50, resale 80% × 50% sell-through, platform fee 10%,
 * first-leg label $5.00. Routes (CNY): us-air-sha → 2200 fixed ¥100, parcel ¥10, ¥50/kg,
 * min 2 kg, 10 days; us-air-hgh → 2900 ¥100, ¥10, ¥40/kg, min 2 kg; us-sea-tna → 4300 ¥100,
 * ¥5, ¥10/kg, min 5 kg, 30 days. Clearance ¥300 (2900: ¥200). Haul ¥2/kg (2900 ¥0.5, 2200 ¥1).
 */
const ctx = prepare(TEST_PRESETS);

function opt(d: Decision, kind: OptionKind, routeId?: string): Option {
  const o = d.options.find((x) => x.kind === kind && (routeId === undefined || x.routeId === routeId));
  if (!o) throw new Error(`no ${kind} ${routeId ?? ''}`);
  return o;
}
const line = (o: Option, key: string) => o.costLines.find((l) => l.key === `decide.cost.${key}`)?.fen;

describe('golden: one return, buyer already shipped (label sunk), pilot period', () => {
  // 1 unit, 1000 g, cost ¥100, price $30, 9610 via Shanghai 2200 exported 2025-06-01, decided 2025-08-01.
  const d = decideReturn(aReturn(), ctx, '2025-08-01');

  it('1. keep is not offered once the buyer has shipped', () => {
    expect(opt(d, 'keep')).toMatchObject({ allowed: false, reasons: [{ key: 'decide.reason.buyerShipped' }] });
  });

  it('2. dispose: 1000 g is in the 501–1000 g band, $2.00 = 200 × 7 = 1400 fen', () => {
    expect(opt(d, 'dispose').costLines).toEqual([{ key: 'decide.cost.disposal', fen: 1400, params: { qty: 1, weightG: 1000 }, original: { currency: 'USD', minor: 200 } }]);
    expect(opt(d, 'dispose').netFen).toBe(-1400);
  });

  it('3. liquidate: 10% × ¥100 = 1000 fen − handling $2.00 (1400) = −400', () => {
    expect(opt(d, 'liquidate')).toMatchObject({ recoveryFen: 1000, netFen: -400 });
  });

  it('4. relist: $30 × 80% × 50% = $12.00 → 8400; fee 10% = $1.20 → 840; fees $3.00 → 2100; net 5460', () => {
    const o = opt(d, 'relist');
    expect(o.recoveryFen).toBe(8400);
    expect(line(o, 'platformFee')).toBe(840);
    // inbound $1 = 700, inspection $1 = 700, relabel $0.50 = 350, storage $0.50 = 350
    expect(o.costLines.map((l) => l.fen)).toEqual([840, 700, 700, 350, 350]);
    expect(o.netFen).toBe(5460);
  });

  it('5. home via original 2200: recovery 10000 − (1400 + 10000 + 1000 + 10000 + 30000 + 100) = −42500', () => {
    // handling $2 = 1400; fixed ¥100; parcel ¥10; per-kg ¥50 × max(1 kg, min 2 kg) = ¥100;
    // clearance ¥300 (default); haul ¥1/kg × 1 kg = 100; refurb A 0; taxes exempt; rebate 0.
    const o = opt(d, 'home_original', 'us-air-sha');
    expect(o).toMatchObject({ allowed: true, recoveryFen: 10000, netFen: -42500, returnDate: '2025-08-11' });
    expect(line(o, 'freightPerKg')).toBe(10000);
    expect(line(o, 'taxesExempt')).toBe(0);
  });

  it('6. home via Hangzhou 2900 (both pilot districts): 10000 − (1400 + 10000 + 1000 + 8000 + 20000 + 50) = −30450', () => {
    expect(opt(d, 'home_other', 'us-air-hgh')).toMatchObject({ allowed: true, netFen: -30450 });
  });

  it('7. Jinan 4300 is not a pilot district; relist wins; baseline is relist too', () => {
    expect(opt(d, 'home_other', 'us-sea-tna')).toMatchObject({ allowed: false, reasons: [{ key: 'decide.reason.districtNotListed', params: { district: '4300' } }] });
    expect(d.recommended.kind).toBe('relist');
    expect(d.baseline.kind).toBe('relist');
    expect(d.savingsFen).toBe(0);
    expect(d.savingsVsDisposeFen).toBe(5460 + 1400);
  });
});

describe('golden: buyer still holds it (first-leg label $5.00 = 3500 fen still to pay)', () => {
  // price $20 ≤ $25: Amazon refunds without a return automatically.
  const d = decideReturn(aReturn({ buyerShipped: false, unitPriceMinor: 2000 }), ctx, '2025-08-01');

  it('8. keep nets 0 and wins; every other option pays the label', () => {
    expect(opt(d, 'keep')).toMatchObject({ allowed: true, netFen: 0, notes: [{ key: 'decide.note.autoReturnless' }] });
    expect(opt(d, 'dispose').netFen).toBe(-4900); // −(3500 + 1400)
    expect(opt(d, 'liquidate').netFen).toBe(-3900); // 1000 − 3500 − 1400
    // $20 × 80% × 50% = $8.00 → 5600; fee $0.80 → 560; 3500 + 560 + 2100 = 6160 → −560
    expect(opt(d, 'relist').netFen).toBe(-560);
    expect(opt(d, 'home_original', 'us-air-sha').netFen).toBe(-46000); // −42500 − 3500
    expect(d.recommended.kind).toBe('keep');
    expect(d.savingsFen).toBe(0);
    expect(d.savingsVsDisposeFen).toBe(4900);
  });
});

describe('golden: valuable goods, 2 × 1000 g, cost ¥1000 each', () => {
  const input = aReturn({ qty: 2, goodsCostFen: 100000 });

  it('9. pilot period: Hangzhou wins over the original district by 12100 fen', () => {
    const d = decideReturn(input, ctx, '2025-08-01');
    // recovery 2 × 100000 = 200000. Original: handling 2 × $2 = 2800, fixed 10000, parcel
    // 1000, ¥50 × max(2 kg, 2 kg) = 10000, clearance 30000, haul ¥1 × 2 = 200 → 54000 → 146000.
    expect(opt(d, 'home_original', 'us-air-sha').netFen).toBe(146000);
    // Hangzhou: 2800 + 10000 + 1000 + ¥40 × 2 = 8000 + 20000 + ¥0.5 × 2 = 100 → 41900 → 158100.
    expect(opt(d, 'home_other', 'us-air-hgh').netFen).toBe(158100);
    expect(d.recommended).toMatchObject({ kind: 'home_other', districtCode: '2900' });
    expect(d.baseline).toMatchObject({ kind: 'home_original', districtCode: '2200' });
    expect(d.savingsFen).toBe(12100);
    // dispose 2 × $2 = $4 → −2800; 158100 + 2800
    expect(d.savingsVsDisposeFen).toBe(160900);
  });

  it('10. pre-pilot (2024-06-01, exported 2024-03-01): only the original district', () => {
    const d = decideReturn({ ...input, exportDate: '2024-03-01' }, ctx, '2024-06-01');
    expect(opt(d, 'home_other', 'us-air-hgh')).toMatchObject({ allowed: false, reasons: [{ key: 'decide.reason.noCrossDistrictRule', params: { returnDate: '2024-06-11' } }] });
    expect(d.recommended).toMatchObject({ kind: 'home_original', netFen: 146000 });
    expect(d.savingsFen).toBe(0);
  });

  it('11. nationwide (2026-05-01, USD 7.20): Jinan allowed; 9810 stays with the original district', () => {
    const d = decideReturn({ ...input, exportDate: '2026-03-01' }, ctx, '2026-05-01');
    // Jinan sea: handling 2 × 200 × 7.2 = 2880, fixed 10000, parcel 500,
    // ¥10 × max(2 kg, min 5 kg) = 5000, clearance 30000, haul ¥2 × 2 = 400 → 48780 → 151220.
    expect(opt(d, 'home_other', 'us-sea-tna')).toMatchObject({ allowed: true, netFen: 151220, returnDate: '2026-05-31' });
    // Hangzhou: 2880 + 10000 + 1000 + 8000 + 20000 + 100 = 41980 → 158020.
    expect(d.recommended).toMatchObject({ routeId: 'us-air-hgh', netFen: 158020 });
    const b2b = decideReturn({ ...input, exportDate: '2026-03-01', exportMode: '9810' }, ctx, '2026-05-01');
    expect(opt(b2b, 'home_other', 'us-air-hgh').reasons).toEqual([{ key: 'decide.reason.crossDistrictMode', params: { mode: '9810', ruleId: 'gac-2026-nationwide' } }]);
    // original: 2880 + 10000 + 1000 + 10000 + 30000 + 200 = 54080 → 145920
    expect(b2b.recommended).toMatchObject({ kind: 'home_original', netFen: 145920 });
  });

  it('12. 1-year limit: exported 2024-07-01, arriving 2025-07-05 is past 2025-07-01; arriving on the day is not', () => {
    const late = decideReturn({ ...input, exportDate: '2024-07-01' }, ctx, '2025-06-25');
    for (const o of late.options.filter((x) => x.kind.startsWith('home'))) {
      expect(o.allowed).toBe(false);
      // air: 2025-06-25 + 10 days = 2025-07-05; sea: + 30 days = 2025-07-25
      expect(o.reasons[0]).toEqual({ key: 'decide.reason.pastOneYear', params: { exportDate: '2024-07-01', lastDay: '2025-07-01', returnDate: o.routeId === 'us-sea-tna' ? '2025-07-25' : '2025-07-05' } });
    }
    // liquidate 2 × 100000 × 10% = 20000 − 2800 = 17200 beats relist: 2 × $30 × 40% = $24
    // → 16800 − ($2.40 + 2 × $3.00 = $8.40 → 5880) = 10920.
    expect(late.recommended).toMatchObject({ kind: 'liquidate', netFen: 17200 });
    expect(opt(late, 'relist').netFen).toBe(10920);
    const onTime = decideReturn({ ...input, exportDate: '2024-07-01' }, ctx, '2025-06-21');
    expect(opt(onTime, 'home_original', 'us-air-sha')).toMatchObject({ allowed: true, returnDate: '2025-07-01' });
  });

  it('13. taxes when the exemption fails (general trade 0110): duty 10% and VAT 13% on value + duty', () => {
    const d = decideReturn({ ...input, exportMode: '0110' }, ctx, '2025-08-01');
    const o = opt(d, 'home_original', 'us-air-sha');
    // value 2 × $20 = $40 → 28000 fen; duty 2800; VAT 13% × 30800 = 4004.
    expect(line(o, 'importDuty')).toBe(2800);
    expect(line(o, 'importVat')).toBe(4004);
    expect(o.netFen).toBe(146000 - 2800 - 4004);
    expect(o.notes).toEqual([{ key: 'decide.exempt.mode', params: { mode: '0110' } }]);
  });

  it('14. grade B: recovery 70%, refurbish ¥5/unit, rebate ¥8/unit repaid', () => {
    const d = decideReturn({ ...input, grade: 'B', rebatePerUnitFen: 800 }, ctx, '2025-08-01');
    // recovery 2 × 100000 × 70% = 140000; costs 54000 + 2 × 500 + 2 × 800 = 56600 → 83400.
    expect(opt(d, 'home_original', 'us-air-sha')).toMatchObject({ recoveryFen: 140000, netFen: 83400 });
  });
});

describe('golden: ties and blocked options', () => {
  it('15. dispose and liquidate tie at −1400 (cost ¥0) → the simpler, dispose', () => {
    // liquidate: 10% × 0 − 1400 = −1400 = dispose; relist blocked for grade C.
    const d = decideReturn(aReturn({ goodsCostFen: 0, grade: 'C' }), ctx, '2025-08-01');
    expect(opt(d, 'liquidate').netFen).toBe(-1400);
    expect(opt(d, 'relist').reasons).toEqual([{ key: 'decide.reason.gradeNotRelistable', params: { grade: 'C' } }]);
    expect(d.recommended.kind).toBe('dispose');
  });

  it('16. JPY: 3 units of 1500 g at the JP address: (¥200 + ¥50/kg × 0.5 kg) × 3 = ¥675 → 3375 fen', () => {
    const d = decideReturn(aReturn({ locationId: 'jp', qty: 3, unitWeightG: 1500 }), ctx, '2025-08-01');
    expect(opt(d, 'dispose').costLines[0]).toMatchObject({ fen: 3375, original: { currency: 'JPY', minor: 675 } });
    expect(opt(d, 'home_original')).toMatchObject({ allowed: false, reasons: [{ key: 'decide.reason.noRoute' }] });
  });
});

describe('golden: Moscow seed, 20 × 2.5 kg, exported via Khorgos (Urumqi 9400), decided 2026-04-10', () => {
  const moscow = prepare(SEED_PRESETS);
  const input = aReturn({ locationId: 'ru-moscow', qty: 20, unitWeightG: 2500, goodsCostFen: 30000, unitPriceMinor: 300000, saleCurrency: 'RUB', declaredCurrency: 'RUB', exportDistrict: '9400', exportDate: '2026-02-01' });

  it('17. 9610: TIR via Hangzhou wins; TIR via Urumqi is the baseline (savings 6000)', () => {
    const d = decideReturn(input, moscow, '2026-04-10');
    // RUB 0.089: handling 20 × ₽150 = ₽3000 → 26700 fen. recovery 20 × 30000 = 600000.
    // TIR HGH: 26700 + 30000 + 300 + ¥30 × 50 kg = 150000 + 40000 + ¥0.8 × 50 = 4000 → 251000 → 349000.
    expect(opt(d, 'home_other', 'ru-tir-hgh').netFen).toBe(349000);
    // TIR URC: 26700 + 30000 + 300 + ¥27 × 50 = 135000 + 35000 + ¥6 × 50 = 30000 → 257000 → 343000.
    expect(opt(d, 'home_original', 'ru-tir-urc').netFen).toBe(343000);
    // Air HGH: 26700 + 50000 + 500 + 250000 + 40000 + 4000 = 371200 → 228800.
    expect(opt(d, 'home_other', 'ru-air-hgh').netFen).toBe(228800);
    // dispose: (₽150 + ₽50/kg × 0.5 kg) × 20 = ₽3500 → 31150. relist: 20 × ₽3000 × 70% × 60%
    // = ₽25200 → 224280; fee 18% → 40370.4 → 40370; fees ₽1000+2000+600+1000 → 8900+17800+5340+8900.
    expect(opt(d, 'dispose').netFen).toBe(-31150);
    expect(opt(d, 'relist').netFen).toBe(224280 - 40370 - 8900 - 17800 - 5340 - 8900);
    expect(d.recommended.routeId).toBe('ru-tir-hgh');
    expect(d.baseline.routeId).toBe('ru-tir-urc');
    expect(d.savingsFen).toBe(6000);
  });

  it('18. 9810: Hangzhou not allowed, TIR via Urumqi recommended', () => {
    const d = decideReturn({ ...input, exportMode: '9810' }, moscow, '2026-04-10');
    expect(d.recommended).toMatchObject({ routeId: 'ru-tir-urc', netFen: 343000 });
    expect(d.savingsFen).toBe(0);
  });
});
