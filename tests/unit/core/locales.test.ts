import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DISTRICTS } from '../../../shared/codes/districts';
import { CURRENCIES, EXPORT_MODES, GRADES, PLATFORMS, RETURN_REASONS, UNITS, WHEREABOUTS } from '../../../shared/codes/ledger-codes';
import { RETURN_STATUSES } from '../../../shared/ledger/return-status';

type Tree = { [key: string]: string | Tree };
const root = join(process.cwd(), 'shared/locales');
const load = (lang: string, ns: string) => JSON.parse(readFileSync(join(root, lang, `${ns}.json`), 'utf8')) as Tree;

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
}

function leaf(tree: Tree, path: string): unknown {
  return path.split('.').reduce<unknown>((node, part) => (node as Tree | undefined)?.[part], tree);
}

describe('locale files', () => {
  const namespaces = readdirSync(join(root, 'en')).map((f) => f.replace('.json', ''));

  it.each(namespaces)('%s has the same keys in 简体中文 and English, none empty', (ns) => {
    const en = load('en', ns);
    const zh = load('zh-CN', ns);
    expect(keys(zh).sort()).toEqual(keys(en).sort());
    for (const key of keys(en)) {
      expect(String(leaf(en, key)).trim(), `en ${ns}:${key}`).not.toBe('');
      expect(String(leaf(zh, key)).trim(), `zh-CN ${ns}:${key}`).not.toBe('');
    }
  });

  it('labels every value of every ledger vocabulary', () => {
    const ledger = load('en', 'ledger');
    const vocabularies: [string, readonly string[]][] = [
      ['platform', PLATFORMS], ['mode', EXPORT_MODES], ['reason', RETURN_REASONS], ['grade', GRADES],
      ['whereabouts', WHEREABOUTS], ['unit', UNITS], ['status', RETURN_STATUSES],
    ];
    for (const [ns, values] of vocabularies) for (const v of values) expect(leaf(ledger, `${ns}.${v}`), `${ns}.${v}`).toBeTypeOf('string');
  });

  it('uses the same placeholders in both languages', () => {
    for (const ns of namespaces) {
      const en = load('en', ns);
      const zh = load('zh-CN', ns);
      for (const key of keys(en)) {
        const names = (s: unknown) => [...String(s).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
        expect(names(leaf(zh, key)), `${ns}:${key}`).toEqual(names(leaf(en, key)));
      }
    }
  });

  it('names districts in both languages and currencies as ISO codes', () => {
    expect(DISTRICTS.every((d) => /^\d{4}$/.test(d.code) && d.zh && d.en)).toBe(true);
    expect(CURRENCIES.every((c) => /^[A-Z]{3}$/.test(c))).toBe(true);
  });
});
