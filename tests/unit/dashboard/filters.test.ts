import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, monthsBetween, nextMonth, parseFilters } from '../../../shared/dashboard';

describe('stored filters', () => {
  it('reads what was stored', () => {
    const f = { from: '2026-01-01', to: '2026-06-30', platform: 'temu', country: 'US', locationId: 'us-amazon' };
    expect(parseFilters(JSON.stringify(f))).toEqual(f);
  });

  it('falls back to defaults, field by field, on anything unreadable', () => {
    expect(parseFilters(null)).toEqual(DEFAULT_FILTERS);
    expect(parseFilters('{not json')).toEqual(DEFAULT_FILTERS);
    expect(parseFilters('[]')).toEqual(DEFAULT_FILTERS);
    expect(parseFilters(JSON.stringify({ from: '2026-02-30', platform: 'myspace', country: 'usa', to: 5 }))).toEqual(DEFAULT_FILTERS);
    expect(parseFilters(JSON.stringify({ platform: 'ozon' }))).toEqual({ ...DEFAULT_FILTERS, platform: 'ozon' });
  });

  it('swaps a backwards range', () => {
    expect(parseFilters(JSON.stringify({ from: '2026-05-01', to: '2026-01-01' }))).toMatchObject({ from: '2026-01-01', to: '2026-05-01' });
  });
});

describe('months', () => {
  it('steps over year ends and caps long ranges', () => {
    expect(nextMonth('2025-12')).toBe('2026-01');
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03', '2026-01')).toEqual([]);
    expect(monthsBetween('1990-01', '2026-12')).toHaveLength(120);
    expect(monthsBetween('1990-01', '2026-12').at(-1)).toBe('2026-12');
  });
});
