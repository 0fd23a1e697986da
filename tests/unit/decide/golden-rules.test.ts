import { describe, expect, it } from 'vitest';
import { divRound } from '../../../shared/money';
import { prepare } from '../../../shared/decide/context';
import { minorToFen, rateBook, rateOn, roundRatio, toFen } from '../../../shared/decide/currency';
import { upcomingDeadlines, deadlinesOf } from '../../../shared/decide/deadlines';
import { allowedDistricts, checkTaxExemption, districtBlockers } from '../../../shared/decide/eligibility';
import { DecideError } from '../../../shared/decide/model-types';
import { SEED_PRESETS } from '../../../shared/decide/presets-seed';
import { aReturn, TEST_PRESETS } from '../../builders/decide';

const P = TEST_PRESETS;

describe('currency conversion', () => {
  const book = rateBook([
    { currency: 'USD', validFrom: '2024-01-01', cnyMillionths: 7_150_000 },
    { currency: 'USD', validFrom: '2026-01-01', cnyMillionths: 7_100_000 },
    { currency: 'JPY', validFrom: '2024-01-01', cnyMillionths: 48_500 },
    { currency: 'EUR', validFrom: '2024-01-01', cnyMillionths: 7_812_345 },
  ]);

  it('uses the latest rate on or before the date', () => {
    expect(rateOn(book, 'USD', '2025-12-31')).toBe(7_150_000);
    expect(rateOn(book, 'USD', '2026-01-01')).toBe(7_100_000);
    expect(rateOn(book, 'CNY', '2000-01-01')).toBe(1_000_000);
  });

  it('rounds half away from zero, once', () => {
    // $0.10 × 7.15 = 71.5 fen → 72; −$0.10 → −72; $0.01 → 7.15 → 7; $0.30 → 214.5 → 215
    expect(minorToFen(book, 10, 'USD', '2025-01-01')).toBe(72);
    expect(minorToFen(book, -10, 'USD', '2025-01-01')).toBe(-72);
    expect(minorToFen(book, 1, 'USD', '2025-01-01')).toBe(7);
    expect(minorToFen(book, 30, 'USD', '2025-01-01')).toBe(215);
    // 2026 rate: $12.34 × 7.1 = 87.614 CNY → 8761 fen
    expect(minorToFen(book, 1234, 'USD', '2026-02-01')).toBe(8761);
    // €1.00 × 7.812345 = 781.2345 fen → 781
    expect(minorToFen(book, 100, 'EUR', '2025-01-01')).toBe(781);
  });

  it('JPY has no minor unit: ¥10 × 0.0485 = 0.485 CNY = 48.5 fen → 49', () => {
    expect(minorToFen(book, 10, 'JPY', '2025-01-01')).toBe(49);
    expect(minorToFen(book, 1000, 'JPY', '2025-01-01')).toBe(4850);
  });

  it('a product of factors is rounded once: 3 × $0.10 per unit ≠ 3 × round($0.10)', () => {
    // 3 × 71.5 = 214.5 → 215, not 3 × 72 = 216
    expect(toFen(book, 'USD', '2025-01-01', [3, 10], 1)).toBe(215);
  });

  it('names the currency and date when no rate exists', () => {
    const err = (() => { try { minorToFen(book, 1, 'GBP', '2025-01-01'); } catch (e) { return e; } return null; })();
    expect(err).toBeInstanceOf(DecideError);
    expect(err).toMatchObject({ key: 'errors.noRate', params: { currency: 'GBP', date: '2025-01-01' } });
    expect(() => minorToFen(book, 1, 'USD', '2023-12-31')).toThrow(DecideError);
  });

  it('roundRatio matches BigInt divRound on both fast and big paths', () => {
    const cases: [number[], number][] = [[[7, 5], 10], [[-7, 5], 10], [[2 ** 40, 7_812_345], 1_000_000], [[123_456_789, 987_654_321, 3], 1_000_000_007], [[1], 3]];
    for (const [factors, d] of cases) {
      const big = factors.reduce((a, f) => a * BigInt(f), 1n);
      expect(roundRatio(factors, d)).toBe(Number(divRound(big, BigInt(d))));
    }
  });
});

describe('districts allowed for a return', () => {
  const input = aReturn({ exportDistrict: '2900', exportDate: '2024-10-01' });

  it('pre-pilot: only the original district', () => {
    expect(allowedDistricts(input, '2024-12-14', P)).toMatchObject({ original: '2900', others: [], reasons: [{ key: 'decide.reason.noCrossDistrictRule' }] });
  });

  it('pilot: the other 19 pilot districts, both ends must be listed', () => {
    const a = allowedDistricts(input, '2024-12-15', P);
    expect(a.original).toBe('2900');
    expect(a.others).toHaveLength(19);
    const later = { ...input, exportDate: '2025-06-01' };
    expect(districtBlockers(later, '9400', '2026-03-31', P)).toEqual([]);
    expect(districtBlockers(later, '4300', '2026-03-31', P)).toEqual([{ key: 'decide.reason.districtNotListed', params: { district: '4300', ruleId: 'gac-2024-167-pilot' } }]);
    const fromJinan = { ...input, exportDistrict: '4300' };
    expect(districtBlockers(fromJinan, '2900', '2025-03-01', P)).toEqual([{ key: 'decide.reason.originNotListed', params: { district: '4300', ruleId: 'gac-2024-167-pilot' } }]);
  });

  it('nationwide from 2026-04-01, 9610 only', () => {
    const late = { ...input, exportDate: '2026-01-10' };
    expect(allowedDistricts(late, '2026-04-01', P).others).toBe('any');
    expect(districtBlockers({ ...late, exportDistrict: '4300' }, '8600', '2026-04-01', P)).toEqual([]);
    expect(allowedDistricts({ ...late, exportMode: '9710' }, '2026-04-01', P)).toMatchObject({ others: [], reasons: [{ key: 'decide.reason.crossDistrictMode', params: { mode: '9710' } }] });
  });

  it('past one year: nothing, the original district included', () => {
    // exported 2024-10-01 → last day 2025-10-01
    expect(districtBlockers(input, '2900', '2025-10-01', P)).toEqual([]);
    expect(allowedDistricts(input, '2025-10-02', P)).toEqual({ original: null, others: [], reasons: [{ key: 'decide.reason.pastOneYear', params: { exportDate: '2024-10-01', lastDay: '2025-10-01', returnDate: '2025-10-02' } }] });
  });
});

describe('tax exemption: each condition failing on its own', () => {
  // Base: 9610, exported 2025-01-15, grade A, not food, returned 2025-07-15 (= export + 6 months).
  const base = aReturn({ exportDate: '2025-01-15' });
  const onLastDay = '2025-07-15';

  it('holds on the last day', () => {
    expect(checkTaxExemption(base, onLastDay, P)).toEqual({ exempt: true, failed: [] });
  });
  it('mode', () => {
    expect(checkTaxExemption({ ...base, exportMode: '0110' }, onLastDay, P).failed).toEqual([{ key: 'decide.exempt.mode', params: { mode: '0110' } }]);
  });
  it('export date window (2023-01-29 is before the first window)', () => {
    expect(checkTaxExemption({ ...base, exportDate: '2023-01-29' }, '2023-03-01', P).failed).toEqual([{ key: 'decide.exempt.exportWindow', params: { exportDate: '2023-01-29' } }]);
    expect(checkTaxExemption({ ...base, exportDate: '2023-01-30' }, '2023-03-01', P).exempt).toBe(true);
    expect(checkTaxExemption({ ...base, exportDate: '2028-01-01' }, '2028-02-01', P).failed.map((r) => r.key)).toEqual(['decide.exempt.exportWindow']);
  });
  it('6 months (one day late)', () => {
    expect(checkTaxExemption(base, '2025-07-16', P).failed).toEqual([{ key: 'decide.exempt.months', params: { months: 6, lastDay: '2025-07-15', returnDate: '2025-07-16' } }]);
  });
  it('grade (C is not original state)', () => {
    expect(checkTaxExemption({ ...base, grade: 'C' }, onLastDay, P).failed).toEqual([{ key: 'decide.exempt.grade', params: { grade: 'C' } }]);
  });
  it('food', () => {
    expect(checkTaxExemption({ ...base, food: true }, onLastDay, P).failed).toEqual([{ key: 'decide.exempt.food' }]);
  });
});

describe('deadlines', () => {
  const ctx = prepare(SEED_PRESETS);
  const a = aReturn({ returnId: 'a', exportDate: '2025-01-20' }); // exemption ends 2025-07-20, right 2026-01-20
  const b = aReturn({ returnId: 'b', exportDate: '2024-07-10' }); // right ends 2025-07-10, exemption long gone
  const c = aReturn({ returnId: 'c', exportDate: '2025-05-01' }); // nothing near

  it('dates per return; the exemption date only while it holds', () => {
    // aReturn waits at 'us', which the seed has no route from: no last ship days.
    expect(deadlinesOf(a, ctx, '2025-07-08')).toEqual({ returnId: 'a', taxExemptionLastDay: '2025-07-20', returnRightLastDay: '2026-01-20', routes: [] });
    expect(deadlinesOf(b, ctx, '2025-07-08').taxExemptionLastDay).toBeNull();
  });

  it('lists the ones within 14 days, soonest first (no routes: the clock’s own last day)', () => {
    // on 2025-07-08: b's right ends in 2 days; a's exemption in 12 days.
    expect(upcomingDeadlines([c, a, b], ctx, '2025-07-08')).toEqual([
      { returnId: 'b', kind: 'returnRight', lastDay: '2025-07-10', daysLeft: 2, shipBy: [] },
      { returnId: 'a', kind: 'taxExemption', lastDay: '2025-07-20', daysLeft: 12, shipBy: [] },
    ]);
    expect(upcomingDeadlines([a], ctx, '2025-07-05', 14)).toHaveLength(0); // 15 days left
  });
});
