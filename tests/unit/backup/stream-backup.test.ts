import { describe, expect, it } from 'vitest';
import { BACKUP_TABLES } from '../../../shared/backup/envelope';
import { writeBackupFile, type StreamHeader } from '../../../shared/backup/stream-format';
import { checkStreamBackup } from '../../../shared/backup/stream-reader';
import { upgradeRecord, type RecordUpgrade } from '../../../shared/backup/upgrades';
import { DEFAULT_SETTINGS } from '../../../shared/bridge/settings';
import { BackupRepo } from '../../../renderer/db/backup-repo';
import { loadDemoData } from '../../../renderer/db/demo-repo';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/db/schema-versions';
import { blobBytes, gunzipText, gzipText } from '../../builders/backup';
import { freshRepositories } from '../db/test-db';

type Repos = ReturnType<typeof freshRepositories>;
const dump = async (repos: Repos) => Object.fromEntries(await Promise.all(BACKUP_TABLES.map(async (t) => [t, await repos.db.table(t).orderBy('id').toArray()])));
const check = (blob: Blob) => checkStreamBackup(blob.stream(), { currentSchema: CURRENT_SCHEMA_VERSION, check: true });
const refusalOf = async (blob: Blob) => {
  const r = await check(blob);
  return r.ok ? 'accepted' : r.refusal.key;
};

async function demo(orders = 60) {
  const repos = freshRepositories();
  await loadDemoData(repos.db, 2026, orders);
  const { blob, header } = await new BackupRepo(repos.db).file({ ...DEFAULT_SETTINGS, labelSize: 'a4x4' }, undefined);
  return { repos, blob, header };
}

/** A file written line by line by the real writer, from records a test chooses. */
async function fileOf(header: Partial<StreamHeader> & Pick<StreamHeader, 'counts'>, records: [(typeof BACKUP_TABLES)[number], Record<string, unknown>[]][]): Promise<Blob> {
  const { blob } = await writeBackupFile(async (w) => {
    await w.header({ createdAt: '2026-05-02T08:00:00.000Z', appVersion: '0.1.0', schemaVersion: CURRENT_SCHEMA_VERSION, settings: DEFAULT_SETTINGS, ...header });
    for (const [t, recs] of records) await w.add(t, recs);
    await w.end();
  });
  return blob;
}

describe('streamed backups (format 2)', () => {
  it('round-trip every record and the settings exactly, replacing what the ledger held', async () => {
    const { repos, blob, header } = await demo();
    expect([...(await blobBytes(blob)).slice(0, 2)]).toEqual([0x1f, 0x8b]);
    const checked = await check(blob);
    expect(checked.ok && checked.header.settings.labelSize).toBe('a4x4');
    expect(header.counts.orders).toBe(await repos.db.orders.count());
    const target = freshRepositories();
    await loadDemoData(target.db, 7, 10);
    const seen: number[] = [];
    await new BackupRepo(target.db).restore(blob.stream(), (done) => seen.push(done));
    expect(await dump(target)).toEqual(await dump(repos));
    // Progress climbs to every record.
    expect(seen.at(-1)).toBe(BACKUP_TABLES.reduce((n, t) => n + header.counts[t], 0));
  });

  it('holds one JSON line per record, tagged with its table, between a header and a trailer', async () => {
    const { blob, header } = await demo(5);
    const lines = (await gunzipText(blob)).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ format: 'homebound-backup', version: 2, schemaVersion: CURRENT_SCHEMA_VERSION, counts: header.counts });
    expect(lines.filter((l) => l.t === 'orders')).toHaveLength(header.counts.orders);
    expect(lines.at(-1)).toMatchObject({ end: true, chunks: 1, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it.each([
    ['cut off half-way', async (b: Blob) => new Blob([(await blobBytes(b)).slice(0, b.size / 2)]), 'data:backup.damaged'],
    ['cut off after whole lines', async (b: Blob) => gzipText((await gunzipText(b)).split('\n').slice(0, 40).join('\n')), 'data:backup.truncated'],
    ['without its trailer', async (b: Blob) => gzipText((await gunzipText(b)).trimEnd().split('\n').slice(0, -1).join('\n')), 'data:backup.truncated'],
    ['a record changed (checksum no longer matches)', async (b: Blob) => gzipText((await gunzipText(b)).replace('"orderNo":"', '"orderNo":"X')), 'data:backup.checksum'],
    ['one byte of the compressed data flipped', async (b: Blob) => { const x = await blobBytes(b); x[Math.floor(x.length / 2)]! ^= 0x10; return new Blob([x]); }, 'data:backup.damaged'],
    ['another app\'s gzip file', async () => gzipText('{"format":"other"}\n'), 'data:backup.foreign'],
    ['a newer app\'s file', async (b: Blob) => gzipText((await gunzipText(b)).replace(`"schemaVersion":${CURRENT_SCHEMA_VERSION}`, '"schemaVersion":99')), 'data:backup.newer'],
  ])('refuses a file %s with its reason, before anything is changed', async (_name, spoil, key) => {
    const { blob } = await demo();
    expect(await refusalOf(await spoil(blob))).toBe(key);
  });

  it('refuses invalid records, broken links and wrong counts, though the checksum holds', async () => {
    const { repos } = await demo(8);
    const orders = await repos.db.orders.toArray();
    const returns = await repos.db.returns.toArray();
    const counts = { products: 0, orders: orders.length, returns: returns.length, decisions: 0, presets: 0, batches: 0 };
    expect(await refusalOf(await fileOf({ counts }, [['orders', orders], ['returns', returns]]))).toBe('accepted');
    expect(await refusalOf(await fileOf({ counts: { ...counts, orders: orders.length + 1 } }, [['orders', orders], ['returns', returns]]))).toBe('data:backup.counts');
    expect(await refusalOf(await fileOf({ counts }, [['orders', orders.map((o, i) => (i === 2 ? { ...o, currency: 'usd' } : o))], ['returns', returns]]))).toBe('data:backup.record');
    expect(await refusalOf(await fileOf({ counts: { ...counts, orders: orders.length - 1 } }, [['orders', orders.filter((o) => o.id !== returns[0]!.orderId)], ['returns', returns]]))).toBe('data:backup.link');
    expect(await refusalOf(await fileOf({ counts: { ...counts, orders: orders.length + 1 } }, [['orders', [...orders, { ...orders[0]!, id: '01DUPLICATE000000000000000' }]], ['returns', returns]]))).toBe('data:backup.duplicate');
  });

  it('leaves the ledger as it was when the write fails part-way, or the file changed since it was checked', async () => {
    const { blob } = await demo();
    const target = freshRepositories();
    await loadDemoData(target.db, 7, 10);
    const before = await dump(target);
    const damaged = await gzipText((await gunzipText(blob)).replace(/"rmaNo":"[^"]*"/, '"rmaNo":"CHANGED"'));
    await expect(new BackupRepo(target.db).restore(damaged.stream())).rejects.toThrow('data:backup.checksum');
    expect(await dump(target)).toEqual(before);
    target.db.returns.hook('creating', () => { throw new Error('quota'); });
    await expect(new BackupRepo(target.db).restore(blob.stream())).rejects.toThrow('quota');
    expect(await dump(target)).toEqual(before);
  });

  it('lifts records of an older schema to the current one as they restore (version 1 returns had no batch link)', async () => {
    const { repos } = await demo(8);
    const orders = await repos.db.orders.toArray();
    const returns = (await repos.db.returns.toArray()).map(({ batchId: _b, ...r }) => r);
    const counts = { products: 0, orders: orders.length, returns: returns.length, decisions: 0, presets: 0, batches: 0 };
    const old = await fileOf({ counts, schemaVersion: 1 }, [['orders', orders], ['returns', returns]]);
    expect(await refusalOf(await fileOf({ counts }, [['orders', orders], ['returns', returns]]))).toBe('data:backup.record');
    expect(await refusalOf(old)).toBe('accepted');
    const target = freshRepositories();
    await new BackupRepo(target.db).restore(old.stream());
    expect((await target.db.returns.toArray()).map((r) => r.batchId)).toEqual(returns.map(() => null));
  });
});

describe('record upgrades', () => {
  // Golden case: a record from schema 2 gets only the steps to 3 and 4, oldest first.
  const steps: RecordUpgrade[] = [
    { toVersion: 2, table: 'returns', upgrade: (r) => { r.log = [...(r.log as number[]), 2]; } },
    { toVersion: 3, table: 'returns', upgrade: (r) => { r.log = [...(r.log as number[]), 3]; } },
    { toVersion: 3, table: 'orders', upgrade: (r) => { r.log = [...(r.log as number[]), -3]; } },
    { toVersion: 4, table: 'returns', upgrade: (r) => { r.log = [...(r.log as number[]), 4]; } },
  ];
  it('runs every step above the backup\'s schema for its table, in order', () => {
    expect(upgradeRecord('returns', { log: [] }, 2, steps)).toEqual({ log: [3, 4] });
    expect(upgradeRecord('returns', { log: [] }, 1, steps)).toEqual({ log: [2, 3, 4] });
    expect(upgradeRecord('returns', { log: [] }, 4, steps)).toEqual({ log: [] });
  });
});
