import { useEffect, useState, useSyncExternalStore } from 'react';
import type { WindowView } from './key-window';
import type { ListFeed } from './list-feed';

export interface ListView<T> {
  /** Undefined until the list's first rows can be shown. */
  view: WindowView<T> | undefined;
  /** Tells the list which rows are in view. */
  onRange: (start: number, end: number) => void;
}

/**
 * A long list as its page shows it (see ListFeed): the feed is made once, follows writes while
 * the page is open and reads `query` whenever it changes (keep it stable between renders);
 * `close` runs with the page. A failed read is thrown to the page's error boundary.
 */
export function useListFeed<T extends { id: string }, Q, S>(make: (onError: (error: Error) => void) => { feed: ListFeed<T, Q, S>; close?: () => void }, query: Q): ListView<T> {
  const [failure, setFailure] = useState<Error>();
  const [made] = useState(() => make((error) => setFailure(error)));
  const { feed } = made;
  useEffect(() => {
    const stop = feed.watch();
    return () => {
      stop();
      made.close?.();
    };
  }, [feed, made]);
  useEffect(() => feed.setQuery(query), [feed, query]);
  const view = useSyncExternalStore(feed.window.subscribe, feed.window.snapshot);
  if (failure) throw failure;
  return { view, onRange: feed.window.setRange };
}
