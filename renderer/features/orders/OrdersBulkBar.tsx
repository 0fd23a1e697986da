import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isIndexedSort } from '../../db/order-sort';
import type { OrderQuery } from '../../db/orders-repo';
import { useServices } from '../../app/services';
import { useToast } from '../../app/toast';
import { ErrorSummary } from '../../components/Field';
import { useValidation } from '../../components/validation';
import { SelectionBar } from '../../components/table/SelectionBar';
import { resolveSelection, NO_SELECTION, type Selection } from '../../components/table/selection';

/**
 * Bulk actions on the selected orders: export them (XLSX, as the Data page's orders export)
 * or delete them, in one transaction, with undo. "All matching" is resolved by the query,
 * through the indexes: the 100,000 records are never all held by the page.
 */
export function OrdersBulkBar({ query, shown, total, selection, onSelect }: {
  query: OrderQuery;
  /** The ids the list holds, in its order (all of them once read). */
  shown: readonly string[] | undefined;
  total: number;
  selection: Selection;
  onSelect: (s: Selection) => void;
}) {
  const { t, i18n } = useTranslation(['ledger', 'common', 'data']);
  const { repos, desktop } = useServices();
  const notify = useToast();
  const { errors, attempt } = useValidation();
  const [busy, setBusy] = useState(false);
  // The list's own ids once it holds them all; else the query, in an index's order (a column
  // without one would make the window read every order).
  const matching = () => (shown && shown.length === total ? shown : repos.orders.ids({ ...query, sort: query.sort && isIndexedSort(query.sort) ? query.sort : 'orderDate' }));
  const ids = () => resolveSelection(selection, matching);

  const exportSelected = async () => {
    setBusy(true);
    try {
      // The export code (workbook writing) loads on first use, never with the orders list.
      const { runExport } = await import('../data/run-export');
      const saved = await runExport(repos, desktop, t, {
        kind: 'orders', format: 'xlsx', delimiter: ',', filter: { from: '', to: '', platform: '', orderIds: await ids() },
        language: i18n.language === 'en' ? 'en' : 'zh-CN', withCodes: false,
      });
      if (saved) notify(t('data:export.done', saved));
    } catch (error) {
      notify(t('data:export.failed', { message: String((error as Error).message ?? error) }));
    } finally {
      setBusy(false);
    }
  };

  const deleteSelected = async () => {
    setBusy(true);
    try {
      const removed = await attempt(async () => repos.bulk.removeOrders(await ids()));
      if (!removed) return;
      onSelect(NO_SELECTION);
      notify(t('bulk.ordersDeleted', { count: removed.length }), () => repos.bulk.restoreOrders(removed));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <SelectionBar selection={selection} total={total} onSelect={onSelect}>
        {busy && <span className="muted">{t('data:export.working')}</span>}
        <button type="button" disabled={busy} onClick={() => void exportSelected()}>{t('bulk.exportSelected')}</button>
        <button type="button" className="danger" disabled={busy} onClick={() => void deleteSelected()}>{t('bulk.deleteSelected')}</button>
      </SelectionBar>
      <ErrorSummary title={t('common:errors.summary')} errors={errors} />
    </>
  );
}
