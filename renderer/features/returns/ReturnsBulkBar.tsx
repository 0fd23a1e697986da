import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { locationName, locationNameById } from '../../../shared/decide/location-name';
import { GRADES, WHEREABOUTS } from '../../../shared/codes/ledger-codes';
import type { DecidePresets } from '../../../shared/decide';
import { namedList } from '../../../shared/errors';
import { handSteps, RETURN_STATUSES, type ReturnStatus } from '../../../shared/ledger/return-status';
import type { ReturnRecord } from '../../../shared/schemas/return';
import type { ReturnPatch } from '../../db/bulk-repo';
import { NO_LOCATION, type ReturnQuery } from '../../db/returns-query';
import { useServices } from '../../app/services';
import { useToast } from '../../app/toast';
import { ErrorSummary } from '../../components/Field';
import { useValidation } from '../../components/validation';
import { SelectionBar } from '../../components/table/SelectionBar';
import { resolveSelection, selectedCount, type Selection } from '../../components/table/selection';
import { decideSelected } from '../../db/decide-selected';

/** The steps open to every selected return; the others, each with the RMA nos. that block it. */
export function commonSteps(selected: readonly ReturnRecord[]): { open: ReturnStatus[]; blocked: { status: ReturnStatus; rmaNos: string[] }[] } {
  const open: ReturnStatus[] = [];
  const blocked: { status: ReturnStatus; rmaNos: string[] }[] = [];
  for (const status of RETURN_STATUSES) {
    const takers = selected.filter((r) => handSteps(r).includes(status));
    if (takers.length === 0) continue;
    if (takers.length === selected.length) open.push(status);
    else blocked.push({ status, rmaNos: selected.filter((r) => !handSteps(r).includes(status)).map((r) => r.rmaNo) });
  }
  return { open, blocked };
}

/** Every step a hand can take from some status: offered when too many are selected to read. */
const ANY_STEP = RETURN_STATUSES.filter((to) => RETURN_STATUSES.some((from) => handSteps({ status: from, batchId: null }).includes(to)));
/** Up to this many returns selected, their records are read to offer only the steps open to all. */
const READ_SELECTED = 2000;

/**
 * Bulk actions on the selected returns: set location, condition or whereabouts, or one status
 * step. Each is one transaction, and its toast undoes it. "All matching" is resolved by the
 * query: the list's records are never all held. Past READ_SELECTED selected, every step is
 * offered and the step itself names the returns it cannot move.
 */
export function ReturnsBulkBar({ query, shown, total, selection, onSelect, presets }: {
  query: ReturnQuery;
  /** The ids the list holds, in its order (all of them once read). */
  shown: readonly string[] | undefined;
  total: number;
  selection: Selection;
  onSelect: (s: Selection) => void;
  presets: DecidePresets | undefined;
}) {
  const { t, i18n } = useTranslation(['ledger', 'common']);
  const { repos } = useServices();
  const notify = useToast();
  const { errors, attempt } = useValidation();
  const drafts = useLiveQuery(async () => (await repos.batches.list()).filter((b) => b.status === 'draft'), [repos]) ?? [];
  const matching = () => (shown && shown.length === total ? shown : repos.returns.ids(query));
  const selectedIds = () => resolveSelection(selection, matching);
  const selected = useLiveQuery(async () => (selectedCount(selection, total) > READ_SELECTED ? null : repos.returns.byIds(await selectedIds())),
    [repos, selection, total, shown, query]);
  const steps = selected === null ? { open: ANY_STEP, blocked: [] } : commonSteps(selected ?? []);

  const run = async (work: (ids: string[]) => Promise<ReturnRecord[]>) => {
    const ids = await selectedIds();
    const before = await attempt(() => work(ids));
    if (before) notify(t('bulk.changed', { count: before.length }), () => repos.bulk.restoreReturns(before));
  };
  const decide = async () => {
    const ids = await selectedIds();
    const undo = await attempt(() => decideSelected(repos, ids));
    if (undo) notify(t('bulk.decided', { count: undo.decisionIds.length }), () => repos.bulk.undoDecisions(undo));
  };
  const addToBatch = async (batchId: string) => {
    const ids = await selectedIds();
    const done = await attempt(() => repos.batches.addReturns(batchId, ids));
    if (!done) return;
    const { id: _id, status: _s, history: _h, createdAt: _c, updatedAt: _u, ...input } = done.before;
    notify(t('bulk.addedToBatch', { count: done.after.returnIds.length - done.before.returnIds.length, requestNo: done.before.requestNo }),
      async () => { await repos.batches.update(batchId, input); });
  };
  const set = (patch: ReturnPatch) => run((ids) => repos.bulk.setReturns(ids, patch));
  const move = (to: ReturnStatus) => run((ids) => repos.bulk.moveReturns(ids, to));

  return (
    <>
      <SelectionBar selection={selection} total={total} onSelect={onSelect}>
        <select aria-label={t('bulk.setLocation')} value="" onChange={(e) => void set({ locationId: e.target.value === NO_LOCATION ? null : e.target.value })}>
          <option value="" disabled>{t('bulk.setLocation')}</option>
          {(presets?.locations ?? []).map((l) => <option key={l.id} value={l.id}>{locationName(l, i18n.language)}</option>)}
          <option value={NO_LOCATION}>{t('returns.noLocation')}</option>
        </select>
        <select aria-label={t('bulk.setGrade')} value="" onChange={(e) => void set({ grade: e.target.value as ReturnPatch['grade'] })}>
          <option value="" disabled>{t('bulk.setGrade')}</option>
          {GRADES.map((g) => <option key={g} value={g}>{t(`grade.${g}`)}</option>)}
        </select>
        <select aria-label={t('bulk.setWhereabouts')} value="" onChange={(e) => void set({ whereabouts: e.target.value as ReturnPatch['whereabouts'] })}>
          <option value="" disabled>{t('bulk.setWhereabouts')}</option>
          {WHEREABOUTS.map((w) => <option key={w} value={w}>{t(`whereabouts.${w}`)}</option>)}
        </select>
        <select aria-label={t('bulk.advance')} value="" onChange={(e) => void move(e.target.value as ReturnStatus)}>
          <option value="" disabled>{t('bulk.advance')}</option>
          {steps.open.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
          {steps.blocked.map((b) => (
            <option key={b.status} value={b.status} disabled>{t('bulk.notForAll', { status: t(`status.${b.status}`), list: namedList(b.rmaNos, 3) })}</option>
          ))}
        </select>
        <button type="button" onClick={() => void decide()}>{t('bulk.decide')}</button>
        <select aria-label={t('bulk.addToBatch')} value="" onChange={(e) => void addToBatch(e.target.value)}>
          <option value="" disabled>{t('bulk.addToBatch')}</option>
          {drafts.map((b) => <option key={b.id} value={b.id}>{`${b.requestNo} · ${locationNameById(presets?.locations, b.locationId, i18n.language)}`}</option>)}
        </select>
      </SelectionBar>
      <ErrorSummary title={t('common:errors.summary')} errors={errors} />
    </>
  );
}
