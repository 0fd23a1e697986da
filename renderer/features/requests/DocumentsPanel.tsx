import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LABEL_SIZES, type Settings } from '../../../shared/bridge/settings';
import { loadBatchDoc } from '../../db/batch-docs';
import { useServices } from '../../app/services';
import { useToast } from '../../app/toast';
import { ErrorSummary } from '../../components/Field';
import { CodeSelect } from '../../components/Select';
import { DOC_KINDS, makeDocument, type DocKind } from './make-documents';
import { printPdf } from './print-sheet';
import { SITES_LINK } from '../settings/sites-link';
import { useBatchErrors } from './use-batch-errors';

/** Save or print each document of the batch; a seller profile the broker would reject is refused here. */
export function DocumentsPanel({ batchId, defaultLabelSize, draft }: { batchId: string; defaultLabelSize: Settings['labelSize']; draft: boolean }) {
  const { t } = useTranslation(['requests', 'common']);
  const { repos, desktop } = useServices();
  const notify = useToast();
  const { errors, attempt, show } = useBatchErrors();
  const [labelSize, setLabelSize] = useState(defaultLabelSize);
  const [busy, setBusy] = useState<string | null>(null);

  const run = async (kind: DocKind, action: 'save' | 'print') => {
    setBusy(`${kind}-${action}`);
    try {
      await attempt(async () => {
        // Read now, not at mount: the user may have just fixed the profile in Settings.
        const { seller, broker, sites } = await desktop.getSettings();
        const doc = await loadBatchDoc(repos, batchId, seller, broker, sites);
        const made = await makeDocument(kind, doc, labelSize);
        if (action === 'print' && made.pageSize) {
          notify(t('docs.printing', { count: await printPdf(desktop, made.bytes, made.pageSize) }));
        } else {
          // The builders return bytes on a fresh ArrayBuffer, never a shared one.
          const result = await desktop.saveFile({ suggestedName: made.fileName, mimeType: made.mimeType, bytes: made.bytes as Uint8Array<ArrayBuffer> });
          if (result.saved) notify(t('docs.saved', { name: made.fileName }));
        }
      });
    } catch (error) {
      show([{ field: '', key: 'requests:docs.failed', params: { message: error instanceof Error ? error.message : String(error) } }]);
    } finally {
      setBusy(null);
    }
  };

  const needsProfile = errors.some((e) => e.field.startsWith('applicant'));
  const needsLocation = errors.some((e) => e.field.startsWith('fromLocation'));
  const needsBroker = errors.some((e) => e.field.startsWith('toSite'));
  const needsSite = errors.some((e) => e.field.startsWith('site.'));
  return (
    <section className="card docs-panel" aria-labelledby="docs-title">
      <h3 id="docs-title">{t('docs.title')}</h3>
      <ErrorSummary title={t('docs.refused')} errors={errors} />
      {needsProfile && <p className="docs-fix"><a href="#/settings">{t('docs.fixInSettings')}</a></p>}
      {needsLocation && <p className="docs-fix"><a href="#/settings">{t('docs.fixLocation')}</a></p>}
      {needsBroker && <p className="docs-fix"><a href="#/settings">{t('docs.fixBroker')}</a></p>}
      {needsSite && <p className="docs-fix"><a href={SITES_LINK}>{t('docs.fixSite')}</a></p>}
      {draft && <p className="muted docs-draft">{t('docs.draftNote')}</p>}
      <ul className="docs-list">
        {DOC_KINDS.map((kind) => (
          <li key={kind} className="docs-row">
            <span className="docs-name">{t(`docs.${kind}`)}</span>
            {kind === 'labels' && (
              <CodeSelect aria-label={t('docs.labelSize')} values={LABEL_SIZES} value={labelSize} label={(s) => t(`docs.sizes.${s}`)} onChange={(s) => s && setLabelSize(s)} />
            )}
            <span className="spacer" />
            <button type="button" disabled={busy !== null} aria-label={`${t('docs.save')} · ${t(`docs.${kind}`)}`} onClick={() => run(kind, 'save')}>{t('docs.save')}</button>
            {kind !== 'xlsx' && (
              <button type="button" disabled={busy !== null} aria-label={`${t('docs.print')} · ${t(`docs.${kind}`)}`} onClick={() => run(kind, 'print')}>{t('docs.print')}</button>
            )}
          </li>
        ))}
      </ul>
      {busy && <p className="muted" role="status">{t('docs.working')}</p>}
    </section>
  );
}
