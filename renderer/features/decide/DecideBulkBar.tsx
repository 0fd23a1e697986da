import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import { useToast } from '../../app/toast';
import { ErrorSummary } from '../../components/Field';
import { SelectionBar } from '../../components/table/SelectionBar';
import { resolveSelection, type Selection } from '../../components/table/selection';
import { useValidation } from '../../components/validation';
import { decideSelected } from '../../db/decide-selected';
import type { DecideRow } from './use-decide';

/**
 * Above Decide's list while returns are selected: accept each one's recommended option, priced
 * on the page's date, in one transaction whose toast has Undo (the same action as on Returns).
 */
export function DecideBulkBar({ rows, selection, onSelect, on }: { rows: readonly DecideRow[]; selection: Selection; onSelect: (s: Selection) => void; on: string }) {
  const { t } = useTranslation(['ledger', 'common']);
  const { repos } = useServices();
  const notify = useToast();
  const { errors, attempt } = useValidation();
  const decide = async () => {
    const ids = await resolveSelection(selection, () => rows.map((r) => r.ret.id));
    const undo = await attempt(() => decideSelected(repos, ids, on));
    if (!undo) return;
    onSelect({ all: false, keys: new Set(), anchor: null });
    notify(t('bulk.decided', { count: undo.decisionIds.length }), () => repos.bulk.undoDecisions(undo));
  };
  return (
    <>
      <SelectionBar selection={selection} total={rows.length} onSelect={onSelect}>
        <button type="button" onClick={() => void decide()}>{t('bulk.decide')}</button>
      </SelectionBar>
      <ErrorSummary title={t('common:errors.summary')} errors={errors} />
    </>
  );
}
