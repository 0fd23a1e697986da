import { describe, expect, it } from 'vitest';
import { BACKUP_TABLES, backupBytes, readBackup } from '../../../shared/backup/envelope';
import { DEFAULT_SETTINGS } from '../../../shared/bridge/settings';
import { BackupRepo } from '../../../renderer/db/backup-repo';
import { loadDemoData } from '../../../renderer/db/demo-repo';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/db/schema-versions';
import { v1Backup } from '../../builders/backup';
import { freshRepositories } from '../db/test-db';

async function demoBackup() {
  const repos = freshRepositories();
  await loadDemoData(repos.db, 2026, 60);
  const backup = await v1Backup(repos.db, { ...DEFAULT_SETTINGS, labelSize: 'a4x4' });
  return { repos, backup, bytes: backupBytes(backup) };
}

const dump = async (repos: ReturnType<typeof freshRepositories>) =>
  Object.fromEntries(await Promise.all(BACKUP_TABLES.map(async (t) => [t, await repos.db.table(t).orderBy('id').toArray()])));

describe('version-1 (plain JSON) backups still restore', () => {
  it('round-trips every record and the settings exactly', async () => {
    const { repos, bytes } = await demoBackup();
    const check = readBackup(bytes, CURRENT_SCHEMA_VERSION);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.backup.counts.orders).toBe(await repos.db.orders.count());
    expect(check.backup.counts.returns).toBeGreaterThan(0);
    expect(check.backup.settings.labelSize).toBe('a4x4');
    const target = freshRepositories();
    await target.orders.create((await repos.orders.list())[0]!);
    await new BackupRepo(target.db).replaceAll(check.backup);
    expect(await dump(target)).toEqual(await dump(repos));
  });

  it.each([
    ['a truncated file', (b: Uint8Array) => b.slice(0, b.length / 2), 'data:backup.notJson'],
    ['another app\'s JSON', () => new TextEncoder().encode('{"format":"other","data":[]}'), 'data:backup.foreign'],
    ['a count that does not match', (b: Uint8Array) => edit(b, (j) => { j.counts.orders = 61; }), 'data:backup.counts'],
    ['an invalid record', (b: Uint8Array) => edit(b, (j) => { j.tables.orders[3].lines[0].hsCode = '12'; }), 'data:backup.record'],
    ['a return pointing at no order', (b: Uint8Array) => edit(b, (j) => { j.tables.returns[0].orderId = '01NOSUCHORDER0000000000000'; }), 'data:backup.link'],
    ['a newer app\'s file', (b: Uint8Array) => edit(b, (j) => { j.schemaVersion = 99; }), 'data:backup.newer'],
  ])('refuses %s with a reason', async (_name, spoil, key) => {
    const { bytes } = await demoBackup();
    const check = readBackup(spoil(bytes), CURRENT_SCHEMA_VERSION);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.refusal.key).toBe(key);
  });

  it('leaves the current data untouched when a restore fails part-way', async () => {
    const { repos, backup } = await demoBackup();
    const target = freshRepositories();
    await loadDemoData(target.db, 7, 10);
    const before = await dump(target);
    target.db.returns.hook('creating', () => { throw new Error('quota'); });
    await expect(new BackupRepo(target.db).replaceAll(backup)).rejects.toThrow('quota');
    expect(await dump(target)).toEqual(before);
    expect(repos).toBeTruthy();
  });
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function edit(bytes: Uint8Array, change: (json: any) => void): Uint8Array {
  const json = JSON.parse(new TextDecoder().decode(bytes));
  change(json);
  return new TextEncoder().encode(JSON.stringify(json));
}
