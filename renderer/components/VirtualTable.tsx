import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef, type ReactElement, type ReactNode } from 'react';

export interface Column<T> {
  key: string;
  header: string;
  /** CSS grid track, e.g. "120px" or "2fr". */
  width: string;
  render: (row: T) => ReactNode;
  align?: 'end';
}

/** Rows read on demand: `at` is undefined for a row whose record has not arrived yet. */
export interface RowSource<T> {
  readonly count: number;
  at(index: number): T | undefined;
}

const ROW_HEIGHT = 40;

/**
 * Renders only the rows in view, so 100,000 orders scroll as smoothly as 10. Rows are buttons
 * in the tab order, opened with Enter as well as a click. `rows` is an array, or a source that
 * reads records as they come into view (`onRange` says which rows are in view); a row not read
 * yet is drawn empty and busy.
 */
export function VirtualTable<T>({ rows, columns, rowKey, onOpen, onRange, label, empty, selectedKey }: {
  rows: readonly T[] | RowSource<T>;
  selectedKey?: string | null;
  columns: Column<T>[];
  rowKey: (row: T) => string;
  onOpen?: (row: T) => void;
  onRange?: (start: number, end: number) => void;
  label: string;
  empty: ReactNode;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const count = isSource(rows) ? rows.count : rows.length;
  const at = (i: number) => (isSource(rows) ? rows.at(i) : rows[i]);
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });
  const template = columns.map((c) => c.width).join(' ');
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => onRange?.(first, last + 1), [onRange, first, last]);
  return (
    <div className="vtable" role="table" aria-label={label} aria-rowcount={count + 1}>
      <div className="vtable-head" role="row" style={{ gridTemplateColumns: template }}>
        {columns.map((c) => (
          <div key={c.key} role="columnheader" className={c.align === 'end' ? 'align-end' : undefined}>{c.header}</div>
        ))}
      </div>
      <div className="vtable-body" ref={scroller} role="rowgroup">
        {count === 0 ? (
          <div className="empty-state">{empty}</div>
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const row = at(item.index);
              if (row === undefined) return <PendingRow key={`#${item.index}`} index={item.index} start={item.start} />;
              const key = rowKey(row);
              return (
                <Row key={key} id={key} row={row} index={item.index} start={item.start} template={template} columns={columns} onOpen={onOpen}
                  selected={selectedKey === undefined ? undefined : selectedKey === key} />
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
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
  onOpen?: (row: T) => void;
  selected: boolean | undefined;
}

/**
 * One row, drawn again only when its record, place or columns change: while scrolling, only
 * the rows coming into view render (given columns and onOpen that keep their identity).
 */
const Row = memo(function Row<T>({ id, row, index, start, template, columns, onOpen, selected }: RowProps<T>) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      tabIndex={0}
      className={`vtable-row${selected ? ' selected' : ''}`}
      aria-selected={selected}
      data-row-key={id}
      style={{ gridTemplateColumns: template, transform: `translateY(${start}px)`, height: ROW_HEIGHT }}
      onClick={() => onOpen?.(row)}
      onKeyDown={(e) => e.key === 'Enter' && onOpen?.(row)}
    >
      {columns.map((c) => (
        <div key={c.key} role="cell" className={c.align === 'end' ? 'align-end' : undefined}>{c.render(row)}</div>
      ))}
    </div>
  );
}) as <T>(props: RowProps<T>) => ReactElement;

function PendingRow({ index, start }: { index: number; start: number }) {
  return <div role="row" aria-rowindex={index + 2} aria-busy="true" className="vtable-row-pending" style={{ transform: `translateY(${start}px)`, height: ROW_HEIGHT }} />;
}
