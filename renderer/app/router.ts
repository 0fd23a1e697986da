import { startTransition, useCallback, useEffect, useState, useSyncExternalStore } from 'react';

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

/**
 * `[shown, go, target]`: `target` is the page the URL names, at once (for the navigation);
 * `shown` follows it in a transition, so a page whose code is still loading does not replace
 * the one on screen with a loading line — which React would then hold for 300 ms at least
 * (its Suspense reveal throttle) although the code takes a tenth of that.
 */
export function usePage(): [Page, (page: Page) => void, Page] {
  const target = useSyncExternalStore(subscribe, currentPage);
  const [shown, setShown] = useState(target);
  useEffect(() => {
    if (shown !== target) startTransition(() => setShown(target));
  }, [shown, target]);
  const go = useCallback((next: Page) => {
    window.location.hash = `#/${next}`;
  }, []);
  return [shown, go, target];
}

/** Parameters after the page in the hash (#/returns?sku=X): how one page opens another filtered. */
export function hashParams(): URLSearchParams {
  return new URLSearchParams(window.location.hash.split('?')[1] ?? '');
}
