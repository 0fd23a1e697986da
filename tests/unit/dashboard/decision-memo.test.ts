import { describe, expect, it } from 'vitest';
import { aggregateDashboard, buildFacts, decisionsOnlyFacts, decodeDecisions, DEFAULT_FILTERS, encodeDecisions } from '../../../shared/dashboard';
import { smallLedger } from '../../builders/dashboard';

/** The copy of the decision facts kept between visits paints the same charts as a fresh read. */
describe('decision facts kept between visits', () => {
  const src = smallLedger();
  const fresh = buildFacts(src, null);

  it('come back exactly as they were, through JSON', () => {
    const kept = decodeDecisions(JSON.parse(JSON.stringify(encodeDecisions(fresh.decisions))));
    expect(kept).toEqual(fresh.decisions);
    const again = decisionsOnlyFacts(kept!, src.presets, 1);
    expect(again).toEqual({ ...fresh, orderCount: 1 });
    for (const f of [DEFAULT_FILTERS, { ...DEFAULT_FILTERS, platform: 'temu' as const }, { ...DEFAULT_FILTERS, from: '2026-03-01' }]) {
      expect(aggregateDashboard(again, f, '2026-08-20')).toEqual(aggregateDashboard({ ...fresh, orderCount: 1 }, f, '2026-08-20'));
    }
  });

  it('are ignored when damaged or written by another version', () => {
    const good = encodeDecisions(fresh.decisions);
    expect(decodeDecisions(null)).toBeNull();
    expect(decodeDecisions({ ...good, v: 2 })).toBeNull();
    expect(decodeDecisions({ ...good, numbers: good.numbers.slice(1) })).toBeNull();
    expect(decodeDecisions({ ...good, text: good.text.map((i) => i + 1000) })).toBeNull();
    expect(decodeDecisions({ ...good, strings: good.strings.map((s) => (s === 'dispose' ? 'burn' : s)) })).toBeNull();
  });
});
