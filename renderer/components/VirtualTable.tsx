import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef, type MouseEvent, type ReactElement, type ReactNode, type UIEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnPrefs } from './table/column-prefs';
import { isSelected, selectAll, selectedCount, NO_SELECTION, type Selection } from './table/selection';
import { TableHead, type SortState } from './table/TableHead';
import { useRowActions } from './table/use-row-actions';

export type { SortState } from './table/TableHead';

export interface Column<T> {
  key: string;
  header: string;
  /** CSS grid track, e.g. "120px" or "2fr". */
  width: string;
  render: (row: T) => ReactNode;
  align?: 'end';
  /** The sort key a click on the header asks for; without it the header does not sort. */
  sort?: string;
  /** Hidden until the user shows it in the column chooser. */
  hidden?: boolean;
}

/** Rows read on demand: `at` is undefined for a row whose record has not arrived yet. */
export interface RowSource<T> {
  readonly count: number;
  /** The keys known, in order (all of them, or the first ones while the rest is read). */
  readonly ids: readonly string[];
  at(index: number): T | undefined;
}

const ROW_HEIGHT = 40;

interface Props<T> {
  rows: readonly T[] | RowSource<T>;
  columns: Column<T>[];
  rowKey: (row: T) => string;
  onOpen?: (row: T) => void;
  onRange?: (start: number, end: number) => void;
  label: string;
  empty: ReactNode;
  /** The one row marked as open, for a table without multi-select. */
  selectedKey?: string | null;
  sort?: SortState | null;
  onSort?: (sort: SortState) => void;
  /** Multi-select: the selection and where changes go (see useRowActions for the gestures). */
  selection?: Selection;
  onSelect?: (selection: Selection) => void;
  /** Remembered widths: the header's edges can be dragged. */
  prefs?: ColumnPrefs<T>;
}

/**
 * The one table of the app. Renders only the rows in view, so 100,000 orders scroll as smoothly
 * as 10. `rows` is an array, or a source that reads records as they come into view (`onRange`
 * says which rows are in view); a row not read yet is drawn empty and busy. Sorting is the
 * caller's (a header click asks for it through `onSort`): a long list sorts in its indexes or a
 * worker, never here. Selection is kept as keys, and "all matching" as a flag (selection.ts).
 */
export function VirtualTable<T>({ rows, columns, rowKey, onOpen, onRange, label, empty, selectedKey, sort, onSort, selection, onSelect, prefs }: Props<T>) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const count = isSource(rows) ? rows.count : rows.length;
  const at = (i: number) => (isSource(rows) ? rows.at(i) : rows[i]);
  const keyAt = (i: number) => {
    if (isSource(rows)) return rows.ids[i];
    const row = rows[i];
    return row === undefined ? undefined : rowKey(row);
  };
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });
  const selects = onSelect !== undefined;
  const shown = prefs?.shown ?? columns;
  const template = (selects ? '28px ' : '') + shown.map((c) => c.width).join(' ');
  // Wider than the window: the body scrolls sideways and the header follows it.
  const minWidth = minTableWidth(shown, selects);
  const head = useRef<HTMLDivElement>(null);
  const onScroll = (e: UIEvent<HTMLDivElement>) => {
    if (head.current) head.current.style.transform = `translateX(${-e.currentTarget.scrollLeft}px)`;
  };
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => onRange?.(first, last + 1), [onRange, first, last]);
  const actions = useRowActions({ count, at, keyAt, onOpen, selection, onSelect, body: scroller, scrollTo: (i) => virtualizer.scrollToIndex(i) });
  const current = selection ?? NO_SELECTION;
  const picked = selectedCount(current, count);
  return (
    <div className="vtable" role="table" aria-label={label} aria-rowcount={count + 1} aria-multiselectable={selects || undefined}>
      <TableHead ref={head} minWidth={minWidth} columns={shown} template={template} sort={sort} onSort={onSort} onResize={prefs?.setWidth}
        selectAll={selects ? { checked: count > 0 && picked === count, partly: picked > 0 && picked < count, onChange: () => onSelect(picked > 0 ? NO_SELECTION : selectAll()) } : undefined} />
      <div className="vtable-body" ref={scroller} role="rowgroup" onKeyDown={actions.onKeyDown} onScroll={onScroll}>
        {count === 0 ? (
          <div className="empty-state">{empty}</div>
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative', minWidth }}>
            {items.map((item) => {
              const row = at(item.index);
              if (row === undefined) return <PendingRow key={`#${item.index}`} index={item.index} start={item.start} />;
              const key = rowKey(row);
              return (
                <Row key={key} id={key} row={row} index={item.index} start={item.start} template={template} columns={shown}
                  onClick={actions.onRowClick} onCheck={selects ? actions.onCheck : undefined} checkLabel={t('table.selectRow')}
                  selected={selects ? isSelected(current, key) : selectedKey === undefined ? undefined : selectedKey === key} />
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}

/** The narrowest the columns can be: px tracks, the minimum of minmax() tracks, 80 px for others; gaps and padding. */
function minTableWidth<T>(columns: readonly Column<T>[], selects: boolean): number {
  const track = (w: string) => Number(/^(\d+)px$/.exec(w)?.[1] ?? /^minmax\((\d+)px/.exec(w)?.[1] ?? 80);
  const n = columns.length + (selects ? 1 : 0);
  return columns.reduce((s, c) => s + track(c.width), selects ? 28 : 0) + 12 * (n - 1) + 28;
}

function isSource<T>(rows: readonly T[] | RowSource<T>): rows is RowSource<T> {
  return !Array.isArray(rows);
}

interface RowProps<T> {
  id: string;
  row: T;
  index: number;
  start: number;
  template: string;
  columns: Column<T>[];
  onClick: (row: T, index: number, key: string, e: MouseEvent) => void;
  onCheck?: (key: string, index: number, e: MouseEvent) => void;
  checkLabel: string;
  selected: boolean | undefined;
}

/**
 * One row, drawn again only when its record, place, columns or selection change: while
 * scrolling, only the rows coming into view render (given columns that keep their identity).
 */
const Row = memo(function Row<T>({ id, row, index, start, template, columns, onClick, onCheck, checkLabel, selected }: RowProps<T>) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      tabIndex={0}
      className={`vtable-row${selected ? ' selected' : ''}`}
      aria-selected={selected}
      data-row-key={id}
      style={{ gridTemplateColumns: template, transform: `translateY(${start}px)`, height: ROW_HEIGHT }}
      onClick={(e) => onClick(row, index, id, e)}
    >
      {onCheck && (
        <div role="cell" className="vtable-check">
          <input type="checkbox" tabIndex={-1} aria-label={checkLabel} checked={selected === true} readOnly onClick={(e) => onCheck(id, index, e)} />
        </div>
      )}
      {columns.map((c) => (
        <div key={c.key} role="cell" className={c.align === 'end' ? 'align-end' : undefined}>{c.render(row)}</div>
      ))}
    </div>
  );
}) as <T>(props: RowProps<T>) => ReactElement;

function PendingRow({ index, start }: { index: number; start: number }) {
  return <div role="row" aria-rowindex={index + 2} aria-busy="true" className="vtable-row-pending" style={{ transform: `translateY(${start}px)`, height: ROW_HEIGHT }} />;
}
