import { useCallback, useMemo, useState } from 'react';
import type { Column } from '../VirtualTable';

/** What a user chose for one table's columns, kept in this profile's localStorage per table. */
interface Stored {
  /** Absent until the user first chooses: then the columns' own defaults (Column.hidden) apply. */
  hidden?: string[];
  widths: Record<string, number>;
}

export interface ColumnPrefs<T> {
  /** Every column, for the chooser. */
  readonly all: readonly Column<T>[];
  /** The columns shown, in order, each with the width the user dragged it to (px) if any. */
  readonly shown: Column<T>[];
  readonly hidden: ReadonlySet<string>;
  toggle(key: string): void;
  setWidth(key: string, px: number): void;
  reset(): void;
}

export const MIN_WIDTH = 48;
const storageKey = (id: string) => `homebound.table.${id}`;

function read(id: string): Stored {
  try {
    const raw = JSON.parse(localStorage.getItem(storageKey(id)) ?? 'null') as Partial<Stored> | null;
    const widths: Record<string, number> = {};
    for (const [k, v] of Object.entries(raw?.widths ?? {})) if (typeof v === 'number' && v >= MIN_WIDTH && v < 2000) widths[k] = Math.round(v);
    return { hidden: Array.isArray(raw?.hidden) ? raw.hidden.filter((k): k is string => typeof k === 'string') : undefined, widths };
  } catch {
    // A value another version wrote, or storage turned off: the table's own defaults.
    return { widths: {} };
  }
}

function write(id: string, value: Stored): void {
  try {
    localStorage.setItem(storageKey(id), JSON.stringify(value));
  } catch {
    // Storage full or off: the choice holds until the window closes.
  }
}

/**
 * Column visibility and widths for the table `id`, remembered across reloads. At least one
 * column always stays shown; until the user chooses, columns marked `hidden` start hidden.
 * `columns` should keep its identity between renders.
 */
export function useColumnPrefs<T>(id: string, columns: readonly Column<T>[]): ColumnPrefs<T> {
  const [stored, setStored] = useState(() => read(id));
  const update = useCallback((next: (s: Stored) => Stored) => setStored((s) => {
    const value = next(s);
    write(id, value);
    return value;
  }), [id]);
  const defaults = useMemo(() => columns.filter((c) => c.hidden).map((c) => c.key), [columns]);
  const toggle = useCallback((key: string) => update((s) => {
    const hidden = s.hidden ?? defaults;
    if (hidden.includes(key)) return { ...s, hidden: hidden.filter((k) => k !== key) };
    return columns.length - hidden.length > 1 ? { ...s, hidden: [...hidden, key] } : s;
  }), [update, columns.length, defaults]);
  const setWidth = useCallback((key: string, px: number) => update((s) => ({ ...s, widths: { ...s.widths, [key]: Math.max(MIN_WIDTH, Math.round(px)) } })), [update]);
  const reset = useCallback(() => update(() => ({ widths: {} })), [update]);
  return useMemo(() => {
    const hidden = new Set(stored.hidden ?? defaults);
    const shown = columns.filter((c) => !hidden.has(c.key)).map((c) => {
      const px = stored.widths[c.key];
      return px === undefined ? c : { ...c, width: `${px}px` };
    });
    return { all: columns, shown, hidden, toggle, setWidth, reset };
  }, [columns, defaults, stored, toggle, setWidth, reset]);
}
