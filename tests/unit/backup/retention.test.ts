import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupFileName, backupFileTime, backupsToDelete, DEFAULT_RETENTION, retentionCap, type RetentionRule } from '../../../shared/backup/retention';

const NOW = new Date('2026-05-02T12:00:00Z');
const HOUR = 3_600_000;
const ago = (hours: number) => backupFileName(new Date(NOW.getTime() - hours * HOUR));
const kept = (names: string[], now = NOW, rule?: RetentionRule) => {
  const gone = new Set(backupsToDelete(names, now, rule));
  return names.filter((n) => !gone.has(n));
};

/** Backup times within ±1 year of NOW, to the second, as unique file names. */
const names = fc.uniqueArray(fc.integer({ min: -365 * 86_400, max: 30 * 86_400 }).map((s) => backupFileName(new Date(NOW.getTime() - s * 1000))), { maxLength: 200 });
const rules = fc.record({ recentHours: fc.integer({ min: 0, max: 72 }), recentMax: fc.integer({ min: 0, max: 10 }), dailyDays: fc.integer({ min: 0, max: 30 }), weeklyWeeks: fc.integer({ min: 0, max: 12 }) });

describe('backup file names', () => {
  it('round-trip a moment to the second, in UTC', () => {
    expect(backupFileName(new Date('2026-04-05T21:06:21.900Z'))).toBe('homebound-20260405-210621.hbbackup');
    expect(backupFileTime('homebound-20260405-210621.hbbackup')?.toISOString()).toBe('2026-04-05T21:06:21.000Z');
    // Automatic backups from before backups streamed keep rotating.
    expect(backupFileTime('homebound-20260405-210621.json')?.toISOString()).toBe('2026-04-05T21:06:21.000Z');
  });

  it.each(['homebound-20260231-000000.json', 'homebound-20260405-210621.json.tmp', 'notes.json', 'homebound-orders-2026-04-05.xlsx'])('ignores %s', (name) => {
    expect(backupFileTime(name)).toBeNull();
    expect(backupsToDelete([name, ago(1)], NOW)).toEqual([]);
  });
});

describe('retention (24 h up to 6, one a day for 14 days, one a week for 8 weeks)', () => {
  it('keeps the six newest of the last day, one per day, one per week, and deletes the rest', () => {
    const hourly = Array.from({ length: 30 }, (_, i) => ago(i * 4 + 0.5));
    const result = kept(hourly);
    // 0.5…20.5 h ago: the six in the last day; then the newest of each day, then of each week.
    expect(result.slice(0, 6)).toEqual(hourly.slice(0, 6));
    expect(result).toContain(ago(24.5));
    expect(result).not.toContain(ago(28.5));
    expect(result.length).toBeLessThan(hourly.length);
  });

  it('deletes a backup older than eight weeks unless it is the only one', () => {
    expect(backupsToDelete([ago(24 * 7 * 9), ago(1)], NOW)).toEqual([ago(24 * 7 * 9)]);
    expect(backupsToDelete([ago(24 * 7 * 9)], NOW)).toEqual([]);
  });

  it('keeps a backup from the future (clock moved back) as the newest', () => {
    expect(backupsToDelete([ago(-5), ago(1)], NOW)).toEqual([]);
  });

  it('never deletes the newest backup', () => {
    fc.assert(fc.property(names, rules, (list, rule) => {
      if (list.length === 0) return;
      const newest = [...list].sort((a, b) => backupFileTime(b)!.getTime() - backupFileTime(a)!.getTime())[0]!;
      expect(backupsToDelete(list, NOW, rule)).not.toContain(newest);
    }), { numRuns: 300 });
  });

  it('never keeps more than the cap, and only deletes names it was given', () => {
    fc.assert(fc.property(names, rules, (list, rule) => {
      const gone = backupsToDelete(list, NOW, rule);
      expect(list.length - gone.length).toBeLessThanOrEqual(retentionCap(rule));
      for (const g of gone) expect(list).toContain(g);
    }), { numRuns: 300 });
    expect(retentionCap(DEFAULT_RETENTION)).toBe(29);
  });

  it('is idempotent: rotating what it kept deletes nothing more', () => {
    fc.assert(fc.property(names, rules, (list, rule) => {
      const once = kept(list, NOW, rule);
      expect(backupsToDelete(once, NOW, rule)).toEqual([]);
    }), { numRuns: 300 });
  });

  it('keeps everything while there are fewer backups than slots in distinct periods', () => {
    const spread = [ago(1), ago(30), ago(24 * 3), ago(24 * 20)];
    expect(backupsToDelete(spread, NOW)).toEqual([]);
  });
});
