/**
 * Which automatic backups to keep. Files are named by the moment they were made (UTC, so
 * names sort in time order across daylight-saving changes and travel). Buckets are counted
 * back from `now` by age, not by calendar, so the rule needs no time zone and applying it a
 * second time at the same moment deletes nothing more.
 */
export interface RetentionRule {
  /** Keep up to `recentMax` of the backups younger than `recentHours`. */
  recentHours: number;
  recentMax: number;
  /** Then the newest backup of each of the last `dailyDays` days… */
  dailyDays: number;
  /** …and of each of the last `weeklyWeeks` weeks. */
  weeklyWeeks: number;
}

export const DEFAULT_RETENTION: RetentionRule = { recentHours: 24, recentMax: 6, dailyDays: 14, weeklyWeeks: 8 };

/** The most backups the rule can keep: the newest plus one per slot. */
export const retentionCap = (rule: RetentionRule): number => 1 + rule.recentMax + rule.dailyDays + rule.weeklyWeeks;

/** `.hbbackup` is the streamed format; `.json` files are automatic backups from before it, still rotated. */
const FILE = /^homebound-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})\.(json|hbbackup)$/;
export type BackupExtension = 'hbbackup' | 'json';
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function backupFileName(at: Date, ext: BackupExtension = 'hbbackup'): string {
  return `homebound-${pad(at.getUTCFullYear(), 4)}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}-${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}.${ext}`;
}

/** The moment in an automatic backup's name; null for any other file, which rotation never touches. */
export function backupFileTime(name: string): Date | null {
  const m = FILE.exec(name);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const at = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  // Date.UTC rolls 20260231 over into March; such a name was not written by us.
  return backupFileName(at, m[7] as BackupExtension) === name ? at : null;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The names to delete among `names` at `now`; names that are not automatic backups are ignored. */
export function backupsToDelete(names: readonly string[], now: Date, rule: RetentionRule = DEFAULT_RETENTION): string[] {
  const dated = names
    .flatMap((name) => {
      const at = backupFileTime(name);
      return at ? [{ name, at: at.getTime() }] : [];
    })
    // Newest first; equal times (impossible from one clock, possible by hand) by name for a stable answer.
    .sort((a, b) => b.at - a.at || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
  const keep = new Set<string>();
  const newest = dated[0];
  if (newest) keep.add(newest.name);
  // A file from the future (clock moved back) counts as age 0 rather than being lost.
  const age = (at: number) => Math.max(0, now.getTime() - at);
  let recent = 0;
  const days = new Set<number>();
  const weeks = new Set<number>();
  for (const b of dated) {
    const a = age(b.at);
    if (a < rule.recentHours * HOUR && recent < rule.recentMax) {
      recent++;
      keep.add(b.name);
    }
    const day = Math.floor(a / DAY);
    if (day < rule.dailyDays && !days.has(day)) {
      days.add(day);
      keep.add(b.name);
    }
    const week = Math.floor(a / (7 * DAY));
    if (week < rule.weeklyWeeks && !weeks.has(week)) {
      weeks.add(week);
      keep.add(b.name);
    }
  }
  return dated.filter((b) => !keep.has(b.name)).map((b) => b.name);
}
