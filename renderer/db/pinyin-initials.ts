import { mayBeInitials } from '../../shared/search/product-match';

type Initials = (nameZh: string) => string;
let loading: Promise<Initials> | undefined;
const memo = new Map<string, string>();

/**
 * The pinyin initials of a Chinese name ("蓝牙耳机" → "lyej"), lowercase, other characters
 * left out. pinyin-pro (its dictionary is large) loads on the first search that could be
 * initials, never with the app's entry code; undefined for any other query.
 */
export function initialsFor(query: string): Promise<Initials | undefined> {
  if (!mayBeInitials(query)) return Promise.resolve(undefined);
  loading ??= import('pinyin-pro').then(({ pinyin }) => (name: string) => {
    let found = memo.get(name);
    if (found === undefined) {
      found = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'removed' }).join('').toLowerCase();
      memo.set(name, found);
    }
    return found;
  });
  return loading;
}
