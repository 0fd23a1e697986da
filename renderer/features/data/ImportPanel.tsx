import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rejection } from '../../../shared/import/cells';
import { writableCount } from '../../../shared/import/review';
import { useServices } from '../../app/services';
import { useToast } from '../../app/toast';
import { ImportDefaultsForm } from './ImportDefaultsForm';
import { ImportReview } from './ImportReview';
import { MappingForm } from './MappingForm';
import { UnresolvedValues } from './UnresolvedValues';
import { rejectionsCsv, saveBytes } from './save-file';
import { useImport } from './use-import';

/** Choose a file → check it in a worker → review → confirm; cancel at any step, even mid-write, changes nothing. */
export function ImportPanel() {
  const { t } = useTranslation(['data', 'ledger', 'common']);
  const { desktop } = useServices();
  const notify = useToast();
  const { state, defaults, setDefaults, open, check, confirm, cancel, resolve, rejections } = useImport();
  const { review, stage, progress } = state;

  const describe = useCallback((r: Rejection) => ({
    field: r.field ? t(`data:mapping.field.${r.field}`, { defaultValue: t(`ledger:field.${r.field}`, { defaultValue: r.field }) }) : '',
    reason: t(r.key.startsWith('errors.') ? `common:${r.key}` : r.key, r.params ?? {}),
  }), [t]);

  const busy = stage === 'parsing' || stage === 'writing';
  const writable = review ? writableCount(review) : 0;
  const insp = review?.inspection;

  return (
    <section className="card data-import">
      <h2>{t('import.title')}</h2>
      <p className="muted">{t('import.hint')}</p>
      <label className="data-file">
        <span>{t('import.choose')}</span>
        <input type="file" accept=".csv,.tsv,.txt,.xlsx,text/csv,text/tab-separated-values" disabled={busy}
          onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) void open(f); }} />
      </label>
      {state.error && <p className="notice" role="alert">{state.error === 'cancelled' ? t('import.cancelled') : t('import.failed', { message: state.error })}</p>}
      {busy && (
        <div className="data-progress">
          <progress max={progress?.total || 1} value={progress?.done ?? 0} />
          <span>{!progress ? t('import.reading') : progress.phase === 'backup' ? t('import.phase.backup')
            : t('import.progress', { phase: t(`import.phase.${progress.phase}`), done: progress.done, total: progress.total })}</span>
          <button type="button" onClick={cancel}>{t('import.cancel')}</button>
        </div>
      )}
      {insp && stage !== 'idle' && (
        <p className="data-detected">
          <strong>{state.fileName}</strong> · {t('import.detected', { format: t(insp.format === 'custom' && stage !== 'mapping' ? 'import.format.mapped' : `import.format.${insp.format}`), encoding: insp.encoding, rows: insp.rowCount })}
          {review?.dayOrder && <> · {t(`import.dates.${review.dayOrder}`)}</>}
          {review?.decimalComma && <> · {t('import.decimalComma')}</>}
          {state.presetName && <> · {t('mapping.presetApplied', { name: state.presetName })}</>}
        </p>
      )}
      {stage === 'mapping' && insp && <MappingForm inspection={insp} onApply={(mapping, kind) => void check(mapping, kind, defaults)} />}
      {(stage === 'review' || stage === 'done') && review && (
        <>
          {review.kind === 'orders' && stage === 'review' && (
            <details className="data-defaults-box" open={review.usedDefaults || review.missingHsCode}>
              <summary>{t('defaults.title')}</summary>
              <p className="muted">{t('defaults.hint')}</p>
              <ImportDefaultsForm value={defaults} busy={busy} onApply={(next) => {
                setDefaults(next);
                void check(state.mapping, state.kind, next, state.presetName, state.resolutions);
              }} />
            </details>
          )}
          {stage === 'review' && review.unresolved.length > 0 && insp && (
            <UnresolvedValues key={review.unresolved.map((u) => u.value).join('\u0000')} unresolved={review.unresolved} mapping={insp.mapping} busy={busy} onResolve={(a) => void resolve(a)} />
          )}
          <ImportReview review={review} describe={describe} />
          <div className="form-actions">
            {rejections.length > 0 && (
              <button type="button" onClick={() => void saveBytes(desktop, 'rejected-rows', 'csv', rejectionsCsv(rejections, describe, (k) => t(`import.col.${k}`)))}>
                {t('import.downloadRejected')}
              </button>
            )}
            <span className="spacer" />
            {stage === 'review' && <button type="button" onClick={cancel}>{t('import.discard')}</button>}
            {stage === 'review' && (
              <button type="button" className="primary" disabled={writable === 0} onClick={async () => {
                const done = await confirm();
                if (done) notify(t('import.done', { added: done.added, updated: done.updated, unchanged: done.unchanged }));
              }}>{t('import.confirm', { count: writable })}</button>
            )}
          </div>
          {/* Beside the button that was pressed: the review above can be thousands of rows long. */}
          {state.backupError && <p className="notice" role="alert">{t('import.backupFailed', { message: state.backupError })}</p>}
          {stage === 'review' && writable === 0 && <p className="muted">{t('import.nothing')}</p>}
          {stage === 'done' && <p className="data-done" role="status">{t('import.done', { added: review.added, updated: review.updated, unchanged: review.unchanged })}</p>}
        </>
      )}
    </section>
  );
}
