import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { selectAll, selectedCount, NO_SELECTION, type Selection } from './selection';

/**
 * Above a table while rows are selected: how many, "select all N matching", clear, and the
 * page's bulk actions (`children`).
 */
export function SelectionBar({ selection, total, onSelect, children }: { selection: Selection; total: number; onSelect: (s: Selection) => void; children: ReactNode }) {
  const { t } = useTranslation();
  const count = selectedCount(selection, total);
  if (count === 0) return null;
  return (
    <div className="selection-bar" role="region" aria-label={t('table.bulkActions')}>
      <strong data-testid="selected-count">{t('table.selected', { count })}</strong>
      {(!selection.all || selection.keys.size > 0) && count < total && (
        <button type="button" className="link-button" onClick={() => onSelect(selectAll())}>{t('table.selectAllMatching', { count: total })}</button>
      )}
      <button type="button" className="link-button" onClick={() => onSelect(NO_SELECTION)}>{t('table.clearSelection')}</button>
      <span className="selection-actions">{children}</span>
    </div>
  );
}
