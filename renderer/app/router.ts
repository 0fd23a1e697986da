import { useCallback, useSyncExternalStore } from 'react';

/** Pages live in the URL hash (#/returns), so a reload or a menu command lands on the same page. */
export const PAGES = ['orders', 'returns', 'products', 'decide', 'requests', 'dashboard', 'data', 'settings'] as const;
export type Page = (typeof PAGES)[number];

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function currentPage(): Page {
  const name = window.location.hash.replace(/^#\/?/, '').split('?')[0] as Page;
  return PAGES.includes(name) ? name : 'orders';
}

export function usePage(): [Page, (page: Page) => void] {
  const page = useSyncExternalStore(subscribe, currentPage);
  const go = useCallback((next: Page) => {
    window.location.hash = `#/${next}`;
  }, []);
  return [page, go];
}

/** Parameters after the page in the hash (#/returns?sku=X): how one page opens another filtered. */
export function hashParams(): URLSearchParams {
  return new URLSearchParams(window.location.hash.split('?')[1] ?? '');
}
