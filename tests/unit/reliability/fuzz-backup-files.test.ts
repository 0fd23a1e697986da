import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_TABLES, backupBytes, readBackup, type Backup, type BackupCheck, type BackupRefusal } from '../../../shared/backup/envelope';
import { writeBackupFile } from '../../../shared/backup/stream-format';
import { checkStreamBackup } from '../../../shared/backup/stream-reader';
import { DEFAULT_SETTINGS } from '../../../shared/bridge/settings';
import { BackupRepo } from '../../../renderer/db/backup-repo';
import { loadDemoData } from '../../../renderer/db/demo-repo';
import { PRESETS_ID } from '../../../renderer/db/presets-repo';
import type { Repositories } from '../../../renderer/db/repositories';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/db/schema-versions';
import { TEST_PRESETS } from '../../builders/decide';
import { blobBytes, gunzipText, gzipText, v1Backup } from '../../builders/backup';
import { freshRepositories } from '../db/test-db';
import { withOneFieldBroken } from './fuzz-values';

/**
 * Issue 8, item 4 for backup files: ≥ 10,000 malformed backups through the real validation
 * (readBackup, what the Backup panel runs before it offers a restore). None may throw; each
 * refusal is a `data:backup.*` message the locale defines, with every placeholder filled, and
 * a bad record is named by table, position and field. 500 of them go the panel's whole way
 * on fake-indexeddb — validate, and only if accepted replace everything — and the ledger
 * must then hold either exactly what it held or exactly the file's records: no partial write,
 * and no file accepted that cannot be restored.
 */
const DATA = JSON.parse(readFileSync('shared/locales/en/data.json', 'utf8')) as { backup: Record<string, string> };
const ran: Record<string, number> = {};
afterAll(() => console.info(`backup fuzz files: ${JSON.stringify(ran)}, total ${Object.values(ran).reduce((a, b) => a + b, 0)}`));

type Json = Record<string, unknown> & { counts: Record<string, number>; tables: Record<string, Record<string, unknown>[]> };
let seed: Backup;
let seedBytes: Uint8Array = new Uint8Array();
let seedJson: Json;
/** The same backup cut down to a few linked records: structural edits are cheap on it. */
let mini: Json;
const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v)));

beforeAll(async () => {
  const repos = freshRepositories();
  await loadDemoData(repos.db, 2026, 30);
  // Demo data has no presets or batches: add them, so their checks and links are fuzzed too.
  await repos.db.presets.put({ id: PRESETS_ID, presets: TEST_PRESETS, updatedAt: '2026-04-30T10:00:00.000Z' });
  const returns = await repos.db.returns.limit(3).toArray();
  for (const [i, ids] of [[returns[0]!.id], [returns[1]!.id, returns[2]!.id]].entries()) {
    await repos.db.batches.add({
      id: `01BATCH${i}0000000000000000000`.slice(0, 26), requestNo: `RQ-2026-00${i}`, locationId: 'loc-1', routeId: null, returnDistrict: '2900', supervisedSite: '',
      transportMode: 'air', carrier: '', masterWaybill: '', reasonCategory: 'consumer_return', rebateCertificateNo: '', plannedDate: '2026-05-01', returnIds: ids,
      status: 'draft', history: [{ status: 'draft', at: '2026-04-30T10:00:00.000Z' }], createdAt: '2026-04-30T10:00:00.000Z', updatedAt: '2026-04-30T10:00:00.000Z',
    });
  }
  seed = await v1Backup(repos.db, DEFAULT_SETTINGS, new Date('2026-05-02T08:00:00Z'));
  seedBytes = backupBytes(seed);
  seedJson = JSON.parse(new TextDecoder().decode(seedBytes)) as Json;
  expect(readBackup(seedBytes, CURRENT_SCHEMA_VERSION).ok).toBe(true);
  for (const t of BACKUP_TABLES) expect(seed.counts[t], t).toBeGreaterThan(0);
  mini = structuredClone(seedJson);
  const tb = mini.tables;
  tb.batches = tb.batches!.slice(0, 2);
  tb.decisions = tb.decisions!.slice(0, 1);
  const keep = new Set([...tb.batches.flatMap((b) => b.returnIds as string[]), tb.decisions[0]!.returnId as string]);
  tb.returns = tb.returns!.filter((r) => keep.has(r.id as string));
  const orders = new Set(tb.returns.map((r) => r.orderId as string));
  tb.orders = tb.orders!.filter((o) => orders.has(o.id as string));
  tb.products = tb.products!.slice(0, 3);
  for (const t of BACKUP_TABLES) mini.counts[t] = tb[t]!.length;
  expect(readBackup(encode(mini), CURRENT_SCHEMA_VERSION).ok).toBe(true);
});

/** readBackup must answer, never throw; a refusal must be a message the UI can show in full. */
function check(name: string, bytes: Uint8Array): BackupCheck {
  ran[name] = (ran[name] ?? 0) + 1;
  const result = readBackup(bytes, CURRENT_SCHEMA_VERSION);
  if (!result.ok) expectShowable(result.refusal);
  return result;
}

/** The same for a streamed file, through the validation pass the restore runs first. */
async function checkStream(name: string, blob: Blob): Promise<Awaited<ReturnType<typeof checkStreamBackup>>> {
  ran[name] = (ran[name] ?? 0) + 1;
  const result = await checkStreamBackup(blob.stream(), { currentSchema: CURRENT_SCHEMA_VERSION, check: true });
  if (!result.ok) expectShowable(result.refusal);
  return result;
}

function expectShowable(refusal: BackupRefusal): void {
  const { key, params = {} } = refusal;
  const template = key.startsWith('data:backup.') ? DATA.backup[key.slice('data:backup.'.length)] : undefined;
  expect(template, `unknown refusal ${key}`).toBeTypeOf('string');
  for (const [, name] of template!.matchAll(/\{\{(\w+)\}\}/g)) expect(params[name!], `${key} without ${name}`).not.toBeUndefined();
  if (key === 'data:backup.record') {
    expect(BACKUP_TABLES).toContain(params.table);
    expect(Number(params.index)).toBeGreaterThanOrEqual(1);
    expect(params.field, `record refusal without a field: ${JSON.stringify(params)}`).not.toBe('');
  }
}

const json = () => structuredClone(mini);
/** Edits that keep the envelope consistent (counts follow the tables), so they reach the record and link checks. */
const consistentEdit = fc.record({ table: fc.constantFrom(...BACKUP_TABLES), i: fc.nat(), j: fc.nat(), edit: fc.constantFrom('duplicate', 'sameId', 'sameKey', 'drop', 'dangling') })
  .map(({ table, i, j, edit }) => {
    const b = json();
    const rows = b.tables[table]!;
    const a = rows[i % rows.length]!;
    const other = rows[(i + 1 + (j % Math.max(rows.length - 1, 1))) % rows.length]!;
    if (edit === 'duplicate') rows.push(structuredClone(a));
    if (edit === 'sameId') other.id = a.id;
    if (edit === 'sameKey') {
      if (table === 'products') other.sku = a.sku;
      if (table === 'orders') Object.assign(other, { platform: a.platform, orderNo: a.orderNo });
      if (table === 'batches') other.requestNo = a.requestNo;
      if (table === 'returns') other.rmaNo = a.rmaNo;
    }
    if (edit === 'drop') rows.splice(i % rows.length, 1);
    if (edit === 'dangling') Object.assign(a, { orderId: 'NO-SUCH', returnId: 'NO-SUCH', returnIds: ['NO-SUCH'], lineId: 'NO-SUCH' });
    b.counts[table] = rows.length;
    // Two records with one key can never be stored: the file must be refused, not fail mid-restore.
    const clash = edit === 'duplicate' || edit === 'sameId' || (edit === 'sameKey' && ['products', 'orders', 'batches'].includes(table));
    return { bytes: encode(b), clash: clash && rows.length > 1 };
  });

const spoilBytes = fc.record({ cut: fc.option(fc.nat(), { nil: undefined }), flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 4 }) })
  .map(({ cut, flips }) => {
    const b = seedBytes.slice(0, cut === undefined ? undefined : cut % seedBytes.length);
    for (const [i, bit] of flips) if (b.length) b[i % b.length]! ^= 1 << bit;
    return b;
  });

const RUNS = { bytes: 1500, truncated: 1500, flipped: 2000, foreign: 1500, field: 2500, consistent: 1000, newer: 500 };
const flipsAccepted = { count: 0 };
afterAll(() => console.info(`bit-flipped backups accepted as valid (a flip inside a text value; no checksum): ${flipsAccepted.count} of ${RUNS.flipped}`));

describe('malformed backup files through the real validation', () => {
  it(`random bytes, bare or behind the backup's opening (${RUNS.bytes})`, () => {
    const head = fc.constantFrom('', '{', '{"format":"homebound-backup"', '\ufeff{"format":"homebound-backup",');
    fc.assert(fc.property(head, fc.uint8Array({ maxLength: 2000 }), (h, b) => {
      expect(check('bytes', new Uint8Array([...new TextEncoder().encode(h), ...b])).ok).toBe(false);
    }), { numRuns: RUNS.bytes });
  });

  it(`a real backup cut off anywhere (${RUNS.truncated})`, () => {
    fc.assert(fc.property(fc.nat(), (cut) => {
      const r = check('truncated', seedBytes.slice(0, cut % seedBytes.length));
      if (!r.ok) expect(r.refusal.key).toBe('data:backup.notJson');
      expect(r.ok).toBe(false);
    }), { numRuns: RUNS.truncated });
  });

  it(`a real backup with bits flipped, some also cut off (${RUNS.flipped})`, () => {
    fc.assert(fc.property(spoilBytes, (bytes) => {
      if (check('flipped', bytes).ok) flipsAccepted.count++;
    }), { numRuns: RUNS.flipped });
  });

  it(`foreign JSON, and random envelopes that claim to be a backup (${RUNS.foreign})`, () => {
    const envelope = fc.record({ format: fc.constantFrom('homebound-backup', 'homebound', 'other'), version: fc.jsonValue(), tables: fc.jsonValue(), counts: fc.jsonValue(), createdAt: fc.jsonValue() }, { requiredKeys: ['format'] });
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), envelope), (value) => { expect(check('foreign', encode(value)).ok).toBe(false); }), { numRuns: RUNS.foreign });
  });

  it(`a real backup with one or two fields broken anywhere inside (${RUNS.field})`, () => {
    fc.assert(fc.property(fc.constant(null).chain(() => withOneFieldBroken(mini)), (value) => { check('field', encode(value)); }), { numRuns: RUNS.field });
  });

  it(`duplicates, clashes, dropped and dangling records with matching counts (${RUNS.consistent})`, () => {
    fc.assert(fc.property(consistentEdit, ({ bytes, clash }) => {
      const r = check('consistent', bytes);
      if (clash) expect(r.ok ? 'accepted' : r.refusal.key, 'a clash of unique keys').toBe('data:backup.duplicate');
    }), { numRuns: RUNS.consistent });
  });

  it(`a backup from a newer app or format is refused as newer (${RUNS.newer})`, () => {
    const newer = fc.oneof(fc.record({ version: fc.integer({ min: 2, max: 2 ** 31 }) }), fc.record({ schemaVersion: fc.integer({ min: CURRENT_SCHEMA_VERSION + 1, max: 2 ** 31 }) }));
    fc.assert(fc.property(newer, (edit) => {
      const r = check('newer', encode({ ...json(), ...edit }));
      expect(r.ok ? '' : r.refusal.key).toBe('data:backup.newer');
    }), { numRuns: RUNS.newer });
  });
});

describe('restoring through BackupRepo on fake-indexeddb', () => {
  let repos: Repositories;
  let before: Backup;
  const dump = async () => Object.fromEntries(await Promise.all(BACKUP_TABLES.map(async (t) => [t, await repos.db.table(t).orderBy('id').toArray()])));
  const sorted = (tables: Backup['tables']) => Object.fromEntries(BACKUP_TABLES.map((t) => [t, [...tables[t]].sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1))]));

  beforeAll(async () => {
    repos = freshRepositories();
    await loadDemoData(repos.db, 7, 8);
    before = await v1Backup(repos.db, DEFAULT_SETTINGS);
  });

  it('500 malformed files: the ledger holds what it held, or exactly an accepted file', async () => {
    const backups = new BackupRepo(repos.db);
    const original = await dump();
    const files = fc.oneof(consistentEdit.map((c) => c.bytes), spoilBytes, fc.constant(null).chain(() => withOneFieldBroken(mini)).map(encode));
    let restored = 0;
    await fc.assert(fc.asyncProperty(files, async (bytes) => {
      const result = check('restored', bytes);
      if (!result.ok) {
        expect(await dump()).toEqual(original);
        return;
      }
      // As the panel: an accepted file replaces everything in one transaction…
      await backups.replaceAll(result.backup).catch(async (error: unknown) => {
        expect(await dump(), 'a failed restore changed the ledger').toEqual(original);
        throw new Error(`accepted a backup that cannot be restored: ${String(error)}`);
      });
      expect(await dump()).toEqual(sorted(result.backup.tables));
      restored++;
      // …and the undo puts the earlier data back, for the next case.
      await backups.replaceAll(before);
      expect(await dump()).toEqual(original);
    }), { numRuns: 500 });
    console.info(`restore sample: 500 files, ${restored} accepted and restored in full, ${500 - restored} refused with the ledger unchanged`);
  });
});

describe('malformed streamed backups (format 2): refused with a reason before a restore starts', () => {
  let good: Blob;
  let goodBytes: Uint8Array;
  let goodText: string;
  const streamed = (b: Json) => writeBackupFile(async (w) => {
    const { tables, counts, settings, createdAt, appVersion, schemaVersion } = b as Json & { settings: typeof DEFAULT_SETTINGS; createdAt: string; appVersion: string; schemaVersion: number };
    await w.header({ createdAt, appVersion, schemaVersion, counts: counts as Backup['counts'], settings });
    for (const t of BACKUP_TABLES) await w.add(t, tables[t]!);
    await w.end();
  }).then((f) => f.blob);
  beforeAll(async () => {
    good = await streamed(mini);
    goodBytes = await blobBytes(good);
    goodText = await gunzipText(good);
    expect((await checkStream('stream-seed', good)).ok).toBe(true);
  });
  const STREAM_RUNS = { truncated: 300, flipped: 500, checksum: 200, edited: 300, restored: 100 };

  // Refused wherever the cut falls, even in gzip's 8-byte footer or the deflate stream's last
  // byte (which can hold only the end-of-block code, so every line is there): the reader reads
  // on to gzip's end, whose CRC and length close the file.
  it(`cut off anywhere (${STREAM_RUNS.truncated}): refused as truncated or damaged`, async () => {
    const cuts = fc.oneof(fc.nat(), fc.integer({ min: 1, max: 16 }).map((fromEnd) => goodBytes.length - fromEnd));
    await fc.assert(fc.asyncProperty(cuts, async (cut) => {
      const r = await checkStream('stream-truncated', new Blob([goodBytes.slice(0, cut % goodBytes.length)]));
      expect(r.ok ? 'accepted' : r.refusal.key).toMatch(/^data:backup\.(damaged|truncated)$/);
    }), { numRuns: STREAM_RUNS.truncated });
  });

  it(`bits flipped in the compressed file (${STREAM_RUNS.flipped}): refused, unless the flip missed the content (gzip's time stamp)`, async () => {
    // Positions anywhere, and always some in the last 16 bytes (the deflate stream's end and
    // gzip's footer, after the trailer line: a flip there once slipped through).
    const at = fc.oneof(fc.nat(), fc.integer({ min: 1, max: 16 }).map((fromEnd) => goodBytes.length - fromEnd));
    const flips = fc.array(fc.tuple(at, fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 4 });
    await fc.assert(fc.asyncProperty(flips, async (list) => {
      const b = goodBytes.slice();
      for (const [i, bit] of list) b[i % b.length]! ^= 1 << bit;
      const r = await checkStream('stream-flipped', new Blob([b]));
      if (r.ok) expect(await gunzipText(new Blob([b]))).toBe(goodText);
    }), { numRuns: STREAM_RUNS.flipped });
  });

  it(`a wrong checksum in any seal or the trailer (${STREAM_RUNS.checksum})`, async () => {
    const sums = [...goodText.matchAll(/"sha256":"([0-9a-f]{64})"/g)].map((m) => m[1]!);
    await fc.assert(fc.asyncProperty(fc.nat(), fc.stringMatching(/^[0-9a-f]{64}$/), async (i, other) => {
      fc.pre(other !== sums[i % sums.length]);
      const r = await checkStream('stream-checksum', await gzipText(goodText.replace(sums[i % sums.length]!, other)));
      expect(r.ok ? 'accepted' : r.refusal.key).toBe('data:backup.checksum');
    }), { numRuns: STREAM_RUNS.checksum });
  });

  it(`one character of a record changed, the file compressed again (${STREAM_RUNS.edited})`, async () => {
    const start = goodText.indexOf('\n') + 1;
    await fc.assert(fc.asyncProperty(fc.nat(), fc.constantFrom('0', 'x', '"', '}', ' ', '\u00e9'), async (at, c) => {
      const i = start + (at % (goodText.length - start - 1));
      fc.pre(goodText[i] !== c && goodText[i] !== '\n');
      const r = await checkStream('stream-edited', await gzipText(goodText.slice(0, i) + c + goodText.slice(i + 1)));
      expect(r.ok ? 'accepted' : r.refusal.key).toMatch(/^data:backup\.(damaged|checksum)$/);
    }), { numRuns: STREAM_RUNS.edited });
  });

  it(`${STREAM_RUNS.restored} files, valid or spoiled, through the panel's way on fake-indexeddb: the ledger holds what it held, or exactly the file`, async () => {
    const repos = freshRepositories();
    await loadDemoData(repos.db, 7, 8);
    const backups = new BackupRepo(repos.db);
    const dump = async () => Object.fromEntries(await Promise.all(BACKUP_TABLES.map(async (t) => [t, await repos.db.table(t).orderBy('id').toArray()])));
    const original = await dump();
    const { blob: before } = await backups.file(DEFAULT_SETTINGS);
    const files = fc.oneof(
      consistentEdit.map((c) => JSON.parse(new TextDecoder().decode(c.bytes)) as Json),
      fc.constant(null).chain(() => withOneFieldBroken(mini)).map((v) => JSON.parse(new TextDecoder().decode(encode(v))) as Json),
    );
    await fc.assert(fc.asyncProperty(files, async (b) => {
      fc.pre(typeof b === 'object' && b !== null && typeof b.tables === 'object' && b.tables !== null && BACKUP_TABLES.every((t) => Array.isArray(b.tables[t])) && typeof b.counts === 'object');
      const file = await streamed(b).catch(() => null);
      fc.pre(file !== null);
      const result = await checkStream('stream-restored', file);
      if (result.ok) {
        await backups.restore(file.stream());
        expect(await dump()).toEqual(Object.fromEntries(BACKUP_TABLES.map((t) => [t, [...b.tables[t]!].sort((x, y) => (String(x.id) < String(y.id) ? -1 : 1))])));
        await backups.restore(before.stream());
      }
      expect(await dump()).toEqual(original);
    }), { numRuns: STREAM_RUNS.restored });
  });
});
