/**
 * Which rows of a table are selected, as keys, never as records: a list of 100,000 orders is
 * a window over the ledger, so "all matching the filter" is kept as a flag (with the rows taken
 * out of it since) and turned into ids by the query only when an action runs.
 */
export interface Selection {
  /** Every row matching the current filter, less `keys`; otherwise exactly `keys`. */
  readonly all: boolean;
  readonly keys: ReadonlySet<string>;
  /** The row a Shift-click or Shift+arrow extends from. */
  readonly anchor: number | null;
}

export const NO_SELECTION: Selection = { all: false, keys: new Set(), anchor: null };

export function isSelected(s: Selection, key: string): boolean {
  return s.all !== s.keys.has(key);
}

/** How many rows are selected out of `total` matching. */
export function selectedCount(s: Selection, total: number): number {
  return s.all ? Math.max(0, total - s.keys.size) : s.keys.size;
}

/** A plain click: that row alone. */
export function selectOnly(key: string, index: number): Selection {
  return { all: false, keys: new Set([key]), anchor: index };
}

/** Ctrl/⌘-click or Space: the row in or out, the rest kept. */
export function toggle(s: Selection, key: string, index: number): Selection {
  const keys = new Set(s.keys);
  if (keys.has(key)) keys.delete(key);
  else keys.add(key);
  return { all: s.all, keys, anchor: index };
}

/**
 * Shift-click: every row from the anchor to this one; with `add` (Ctrl/⌘ held too) on top of
 * what was selected. `keyAt` gives the key at a position, undefined where it is not known yet.
 */
export function selectRange(s: Selection, index: number, keyAt: (i: number) => string | undefined, add = false): Selection {
  const from = s.anchor ?? index;
  const [lo, hi] = from <= index ? [from, index] : [index, from];
  const keys = new Set(add && !s.all ? s.keys : []);
  for (let i = lo; i <= hi; i++) {
    const key = keyAt(i);
    if (key !== undefined) keys.add(key);
  }
  return { all: false, keys, anchor: from };
}

/** Ctrl/⌘+A or "select all matching": a flag, not a list. */
export function selectAll(): Selection {
  return { all: true, keys: new Set(), anchor: null };
}

/**
 * The selected ids, in the list's order: `matching` reads every id the filter matches (a query
 * for a long list), called only when everything matching is selected.
 */
export async function resolveSelection(s: Selection, matching: () => Promise<readonly string[]> | readonly string[]): Promise<string[]> {
  if (!s.all) return [...s.keys];
  const ids = await matching();
  return s.keys.size === 0 ? [...ids] : ids.filter((id) => !s.keys.has(id));
}
