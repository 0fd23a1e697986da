import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

type Tree = { [key: string]: string | Tree };

/** The app's own locale files, so every flow runs the same in 简体中文 and English. */
export type Lang = 'en' | 'zh-CN';

export function texts(lang: Lang) {
  const dir = fileURLToPath(new URL(`../../../shared/locales/${lang}/`, import.meta.url));
  const namespaces: Record<string, Tree> = Object.fromEntries(
    readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => [f.slice(0, -5), JSON.parse(readFileSync(dir + f, 'utf8')) as Tree]),
  );
  return (key: string, params: Record<string, string | number> = {}) => {
    const [ns, path] = key.includes(':') ? (key.split(':') as [string, string]) : ['common', key];
    let node: string | Tree | undefined = namespaces[ns];
    for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    if (typeof node !== 'string') throw new Error(`missing ${lang} text ${key}`);
    return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
  };
}
