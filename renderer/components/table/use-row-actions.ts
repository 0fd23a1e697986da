import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import { isSelected, selectAll, selectOnly, selectRange, toggle, NO_SELECTION, type Selection } from './selection';

interface Options<T> {
  count: number;
  at: (index: number) => T | undefined;
  keyAt: (index: number) => string | undefined;
  onOpen?: (row: T) => void;
  selection?: Selection;
  onSelect?: (selection: Selection) => void;
  scrollTo: (index: number) => void;
  body: RefObject<HTMLDivElement | null>;
}

/**
 * What clicks and keys do to a table's rows. A click opens the row and makes it the selection;
 * Shift-click selects the range from the last row clicked, Ctrl/⌘-click adds or removes one.
 * With focus in the table: ↑/↓ move (Shift extends), Enter opens, Space selects, Ctrl/⌘+A
 * selects everything matching, Escape clears the selection.
 *
 * The returned handlers keep their identity, so the rows (memoised) never draw again for them.
 */
export function useRowActions<T>(options: Options<T>) {
  const latest = useRef(options);
  latest.current = options;
  // The row an arrow key moved to: focused once drawn (the virtualizer may still be scrolling to it).
  const pendingFocus = useRef<number | null>(null);
  const [, redraw] = useState(0);
  useEffect(() => {
    if (pendingFocus.current === null) return;
    const el = options.body.current?.querySelector<HTMLElement>(`[aria-rowindex="${pendingFocus.current + 2}"]`);
    if (!el) return;
    el.focus({ preventScroll: true });
    pendingFocus.current = null;
  });

  const select = (next: Selection) => latest.current.onSelect?.(next);

  const onRowClick = useCallback((row: T, index: number, key: string, e: MouseEvent) => {
    const { selection = NO_SELECTION, onSelect, onOpen, keyAt } = latest.current;
    if (onSelect && e.shiftKey) return select(selectRange(selection, index, keyAt, e.ctrlKey || e.metaKey));
    if (onSelect && (e.ctrlKey || e.metaKey)) return select(toggle(selection, key, index));
    if (onSelect) select(selectOnly(key, index));
    onOpen?.(row);
  }, []);

  const onCheck = useCallback((key: string, index: number, e: MouseEvent) => {
    e.stopPropagation();
    // Keys go on working from the row, not the box.
    (e.currentTarget as HTMLElement).closest<HTMLElement>('[role="row"]')?.focus();
    const { selection = NO_SELECTION, keyAt } = latest.current;
    select(e.shiftKey ? selectRange(selection, index, keyAt, true) : toggle(selection, key, index));
  }, []);

  const onKeyDown = useCallback((e: KeyboardEvent<HTMLDivElement>) => {
    const { count, at, keyAt, onOpen, selection = NO_SELECTION, onSelect, scrollTo } = latest.current;
    const rowEl = (e.target as HTMLElement).closest<HTMLElement>('[aria-rowindex]');
    if (!rowEl || (e.target as HTMLElement).tagName === 'INPUT') return;
    const index = Number(rowEl.getAttribute('aria-rowindex')) - 2;
    const key = keyAt(index);
    const mod = e.ctrlKey || e.metaKey;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = Math.min(count - 1, Math.max(0, index + (e.key === 'ArrowDown' ? 1 : -1)));
      scrollTo(next);
      pendingFocus.current = next;
      redraw((n) => n + 1);
      if (onSelect && e.shiftKey) select(selectRange(selection.anchor === null ? { ...selection, anchor: index } : selection, next, keyAt, true));
    } else if (e.key === 'Enter') {
      // Else the Enter would go on to press whatever the opened drawer focuses.
      e.preventDefault();
      const row = at(index);
      if (row) onOpen?.(row);
    } else if (e.key === ' ' && onSelect && key !== undefined) {
      e.preventDefault();
      select(e.shiftKey ? selectRange(selection, index, keyAt, true) : toggle(selection, key, index));
    } else if (mod && e.key.toLowerCase() === 'a' && onSelect) {
      e.preventDefault();
      select(selectAll());
    } else if (e.key === 'Escape' && onSelect && (selection.all || selection.keys.size > 0)) {
      e.stopPropagation();
      select(NO_SELECTION);
    }
  }, []);

  return { onRowClick, onCheck, onKeyDown, isSelected };
}
