import { useCallback, useEffect, useState } from 'react';
import { currentPage, hashParams } from './router';

export type UrlState<K extends string> = Readonly<Record<K, string>>;

function readParams<K extends string>(keys: readonly K[]): UrlState<K> {
  const params = hashParams();
  return Object.fromEntries(keys.map((k) => [k, params.get(k) ?? ''])) as UrlState<K>;
}

/** The hash for a page with these parameters (empty ones left out): `#/returns?location=none`. */
export function pageLink(page: string, values: Readonly<Record<string, string>>): string {
  const params = new URLSearchParams(Object.entries(values).filter(([, v]) => v !== ''));
  const query = params.toString();
  return `#/${page}${query ? `?${query}` : ''}`;
}

/**
 * A page's filters and sort, kept in the URL's hash query (#/returns?status=decided&sort=rmaNo),
 * so a reload lands on the same list and a link can open it filtered. Writing replaces the
 * history entry (typing a search is not a trail of Back steps); a link followed while the page
 * is open (a banner, another page's bar) is read again.
 */
export function useUrlState<K extends string>(keys: readonly K[]): [UrlState<K>, (patch: Partial<Record<K, string>>) => void] {
  const [state, setState] = useState(() => readParams(keys));
  useEffect(() => {
    const onHash = () => setState(readParams(keys));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
    // The keys are a constant of the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const update = useCallback((patch: Partial<Record<K, string>>) => {
    setState((s) => {
      const next = { ...s, ...patch };
      window.history.replaceState(window.history.state, '', pageLink(currentPage(), next));
      return next;
    });
  }, []);
  return [state, update];
}
