import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, LABEL_SIZES, LANGUAGES, restoreSettings, settingsPatch, type Settings } from '../../../shared/bridge/settings';
import { createBrowserApi, SETTINGS_KEY } from '../../../renderer/bridge/browser-api';
import { createSettingsStore } from '../../../electron/settings-store';
import { DISTRICT_CODES } from '../../../shared/codes/districts';
import { hostile, withOneFieldBroken } from './fuzz-values';

/**
 * A settings file can be anything: hand-edited, half-written by a crash, from another app,
 * or a localStorage value some extension rewrote. Whatever it holds, Homebound must open with
 * valid settings and keep every field that was still good.
 */
const RUNS = 4_000;
const ran: Record<string, number> = {};
afterAll(() => console.info(`settings fuzz cases run: ${JSON.stringify(ran)}`));

/** JSON.stringify that does not throw on the BigInts the fuzzer makes. */
const stringify = (value: unknown): string => JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)) ?? 'undefined';

/*
 * Found by this fuzzer and fixed: restoreSettings threw on a file that was a JSON array
 * ("[]"), because arrays passed its object guard. Arrays now have a test of their own below.
 */

/** Valid means: exactly the known keys, each value one the app accepts. */
function expectValid(settings: Settings): void {
  expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  expect(Object.keys(settings.seller).sort()).toEqual(Object.keys(DEFAULT_SETTINGS.seller).sort());
  expect(Object.keys(settings.broker).sort()).toEqual(Object.keys(DEFAULT_SETTINGS.broker).sort());
  expect(settingsPatch.safeParse(settings).success).toBe(true);
  expect(JSON.parse(JSON.stringify(settings))).toEqual(settings);
}

const goodSettings: fc.Arbitrary<Settings> = fc.record({
  language: fc.constantFrom(...LANGUAGES),
  labelSize: fc.constantFrom(...LABEL_SIZES),
  seller: fc.record({
    companyZh: fc.string({ maxLength: 120 }), companyEn: fc.string({ maxLength: 200 }), uscc: fc.string({ maxLength: 18 }),
    customsCode: fc.string({ maxLength: 10 }), address: fc.string({ maxLength: 300 }), contact: fc.string({ maxLength: 60 }), phone: fc.string({ maxLength: 40 }),
  }),
  broker: fc.record({ name: fc.string({ maxLength: 120 }), customsCode: fc.string({ maxLength: 10 }), contact: fc.string({ maxLength: 120 }), phone: fc.string({ maxLength: 40 }), address: fc.string({ maxLength: 300 }) }),
  sites: fc.array(fc.record({
    name: fc.string({ minLength: 1, maxLength: 120 }).filter((n) => n.trim() !== ''), nameEn: fc.string({ maxLength: 200 }), districtCode: fc.constantFrom(...DISTRICT_CODES),
    operator: fc.string({ maxLength: 120 }), contact: fc.string({ maxLength: 120 }), phone: fc.string({ maxLength: 40 }), address: fc.string({ maxLength: 300 }),
  }), { maxLength: 3 }),
});

/** A good file with damage in it, and the good file it came from. */
const damaged = goodSettings.chain((good) => withOneFieldBroken(good).map((bad) => ({ good, bad })));

describe('settings file fuzzing', () => {
  it('restoreSettings turns any value at all into valid settings and never throws', () => {
    let cases = 0;
    fc.assert(fc.property(hostile, (raw) => {
      cases += 1;
      expectValid(restoreSettings(raw));
    }), { numRuns: RUNS });
    ran.anyValue = cases;
  });

  it('keeps every field that was still valid when others are damaged (field-by-field fallback)', () => {
    let cases = 0;
    fc.assert(fc.property(damaged, ({ good, bad }) => {
      cases += 1;
      const restored = restoreSettings(bad);
      expectValid(restored);
      const raw = (bad ?? {}) as Partial<Record<keyof Settings, unknown>>;
      // A top-level field that came through untouched must survive the repair of the others.
      if (raw.language === good.language) expect(restored.language).toBe(good.language);
      if (raw.labelSize === good.labelSize) expect(restored.labelSize).toBe(good.labelSize);
      for (const group of ['seller', 'broker', 'sites'] as const) {
        if (stringify(raw[group]) === stringify(good[group])) expect(restored[group]).toEqual(good[group]);
      }
    }), { numRuns: RUNS });
    ran.damagedFile = cases;
  });

  it('a settings file that is a JSON array reads as the defaults', () => {
    fc.assert(fc.property(fc.array(hostile, { maxLength: 3 }), (raw) => expectValid(restoreSettings(raw))), { numRuns: 100 });
  });

  it('the browser build reads any localStorage text, JSON or not, as valid settings', async () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.json({ maxDepth: 4 }),
      damaged.map(({ bad }) => stringify(bad)),
      // A file cut short by a crash mid-write.
      goodSettings.chain((good) => {
        const full = JSON.stringify(good);
        return fc.nat({ max: full.length }).map((n) => full.slice(0, n));
      }),
    );
    let cases = 0;
    await fc.assert(fc.asyncProperty(text, async (stored) => {
      cases += 1;
      const storage = { getItem: (key: string) => (key === SETTINGS_KEY ? stored : null) } as Storage;
      expectValid(await createBrowserApi(() => storage).getSettings());
    }), { numRuns: RUNS });
    ran.localStorageText = cases;
  });

  it('the desktop store reads any parsed settings.json as valid settings and rewrites it clean on update', () => {
    let cases = 0;
    fc.assert(fc.property(fc.oneof(hostile, damaged.map(({ bad }) => bad)), (raw) => {
      cases += 1;
      const backing = { store: raw as Record<string, unknown> };
      const store = createSettingsStore(backing);
      expectValid(store.get());
      const next = store.update({ labelSize: 'a4x4' });
      expectValid(next);
      expect(backing.store).toEqual(next);
    }), { numRuns: RUNS });
    ran.desktopStore = cases;
  });
});
