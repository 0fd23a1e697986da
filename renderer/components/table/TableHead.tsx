import { useRef, type PointerEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Column } from '../VirtualTable';
import { MIN_WIDTH } from './column-prefs';

/** A table's sort: the column's sort key and its direction. */
export interface SortState {
  key: string;
  desc: boolean;
}

/** The next sort after a click on a header: the same column turns around, another starts ascending. */
export function nextSort(current: SortState | null | undefined, key: string): SortState {
  return current?.key === key ? { key, desc: !current.desc } : { key, desc: false };
}

interface HeadProps<T> {
  ref?: Ref<HTMLDivElement>;
  /** The columns' narrowest total (px): wider than the table, the header scrolls with the body. */
  minWidth: number;
  columns: Column<T>[];
  template: string;
  sort?: SortState | null;
  onSort?: (sort: SortState) => void;
  onResize?: (key: string, px: number) => void;
  /** The select-all box, when the table selects. */
  selectAll?: { checked: boolean; partly: boolean; onChange: () => void };
}

/** Header cells: a sortable one is a button showing its direction; a drag handle on each edge resizes. */
export function TableHead<T>({ ref, minWidth, columns, template, sort, onSort, onResize, selectAll }: HeadProps<T>) {
  const { t } = useTranslation();
  return (
    <div ref={ref} className="vtable-head" role="row" style={{ gridTemplateColumns: template, minWidth }}>
      {selectAll && (
        <div role="columnheader" className="vtable-check">
          <input type="checkbox" aria-label={t('table.selectAll')} checked={selectAll.checked}
            ref={(el) => { if (el) el.indeterminate = selectAll.partly; }} onChange={selectAll.onChange} />
        </div>
      )}
      {columns.map((c) => {
        const sorted = c.sort !== undefined && sort?.key === c.sort;
        const ariaSort = c.sort === undefined ? undefined : sorted ? (sort!.desc ? 'descending' : 'ascending') : 'none';
        return (
          <div key={c.key} role="columnheader" aria-sort={ariaSort} data-column={c.key} className={`vtable-th${c.align === 'end' ? ' align-end' : ''}`}>
            {c.sort !== undefined && onSort ? (
              <button type="button" className="th-sort" onClick={() => onSort(nextSort(sort, c.sort!))}>
                <span>{c.header}</span>
                <span className="sort-mark" aria-hidden="true">{sorted ? (sort!.desc ? '▼' : '▲') : ''}</span>
              </button>
            ) : c.header}
            {onResize && <ResizeHandle onResize={(px) => onResize(c.key, px)} />}
          </div>
        );
      })}
    </div>
  );
}

/**
 * Dragging sets the column's width live; the last width is what the preferences keep. A pointer
 * control only (hidden from the accessibility tree, so the header's name stays its title).
 */
function ResizeHandle({ onResize }: { onResize: (px: number) => void }) {
  const drag = useRef<{ x: number; width: number } | null>(null);
  const down = (e: PointerEvent<HTMLSpanElement>) => {
    const cell = e.currentTarget.parentElement;
    if (!cell) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { x: e.clientX, width: cell.getBoundingClientRect().width };
  };
  const move = (e: PointerEvent<HTMLSpanElement>) => {
    if (drag.current) onResize(Math.max(MIN_WIDTH, drag.current.width + e.clientX - drag.current.x));
  };
  return (
    <span className="col-resize" aria-hidden="true" data-testid="col-resize"
      onPointerDown={down} onPointerMove={move} onPointerUp={() => { drag.current = null; }} onClick={(e) => e.stopPropagation()} />
  );
}
