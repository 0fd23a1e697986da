import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLATFORMS } from '../../../shared/codes/ledger-codes';
import { EXPORT_KINDS, EXPORT_LANGUAGES, type CsvDelimiter, type ExportKind, type ExportLanguage } from '../../../shared/export';
import { useServices } from '../../app/services';
import { useToast } from '../../app/toast';
import { Field } from '../../components/Field';
import { CodeSelect } from '../../components/Select';
import type { ExportFilter } from '../../db/export-sources';
import { runExportWorker, TooManyRows } from '../../workers/run-workers';
import { runExport } from './run-export';
import { saveBytes } from './save-file';

/**
 * Bookkeeping files, filtered by date and platform; built in a worker, saved through the bridge.
 * A workbook leaves the worker in chunks of rows as the ledger is read (the rows sent so far
 * are shown): the desktop app streams each to disk from the main process, the browser keeps
 * them and writes the file in another worker — up to BROWSER_WORKBOOK_ROWS rows a sheet.
 */
export function ExportPanel() {
  const { t, i18n } = useTranslation(['data', 'ledger']);
  const { repos, desktop } = useServices();
  const notify = useToast();
  const [kind, setKind] = useState<ExportKind>('orders');
  const [filter, setFilter] = useState<ExportFilter>({ from: '', to: '', platform: '' });
  const [delimiter, setDelimiter] = useState<CsvDelimiter>(',');
  const [language, setLanguage] = useState<ExportLanguage>(i18n.language === 'en' ? 'en' : 'zh-CN');
  const [withCodes, setWithCodes] = useState(false);
  const [busy, setBusy] = useState(false);
  const [written, setWritten] = useState(0);
  const count = (n: number) => new Intl.NumberFormat(i18n.language).format(n);

  const run = async (format: 'xlsx' | 'csv') => {
    setBusy(true);
    setWritten(0);
    try {
      const saved = await runExport(repos, desktop, t, { kind, format, delimiter, filter, language, withCodes }, setWritten);
      if (saved) notify(t('export.done', saved));
    } catch (error) {
      if (error instanceof TooManyRows) notify(t(desktop.kind === 'browser' ? 'export.tooManyRowsBrowser' : 'export.tooManyRows', { limit: count(error.limit) }));
      else notify(t('export.failed', { message: String((error as Error).message ?? error) }));
    } finally {
      setBusy(false);
    }
  };

  const workbook = async () => {
    setBusy(true);
    try {
      const done = await runExportWorker({ type: 'workbook', dbName: repos.db.name, filter, language }).promise;
      const saved = done?.file.format === 'bytes' ? await saveBytes(desktop, 'after-sales-workbook', 'xlsx', done.file.bytes) : null;
      if (saved) notify(t('export.done', { rows: done!.rows, file: saved }));
    } catch (error) {
      notify(t('export.failed', { message: String((error as Error).message ?? error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card data-export">
      <h2>{t('export.title')}</h2>
      <p className="muted">{t('export.hint')}</p>
      <div className="form-grid">
        <Field label={t('export.what')}><CodeSelect values={EXPORT_KINDS} value={kind} label={(k) => t(`export.kind.${k}`)} onChange={(v) => v && setKind(v)} /></Field>
        <Field label={t('export.from')}><input type="date" value={filter.from} onChange={(e) => setFilter((f) => ({ ...f, from: e.target.value }))} /></Field>
        <Field label={t('export.to')}><input type="date" value={filter.to} onChange={(e) => setFilter((f) => ({ ...f, to: e.target.value }))} /></Field>
        <Field label={t('export.platform')}>
          <CodeSelect values={PLATFORMS} value={filter.platform as (typeof PLATFORMS)[number] | ''} allowEmpty emptyLabel={t('export.allPlatforms')}
            label={(p) => t(`ledger:platform.${p}`)} onChange={(v) => setFilter((f) => ({ ...f, platform: v }))} />
        </Field>
        <Field label={t('export.delimiter')}>
          <select value={delimiter} onChange={(e) => setDelimiter(e.target.value as CsvDelimiter)}>
            <option value=",">{t('export.comma')}</option>
            <option value=";">{t('export.semicolon')}</option>
          </select>
        </Field>
        <Field label={t('export.language')}>
          <CodeSelect values={EXPORT_LANGUAGES} value={language} label={(l) => t(`export.languages.${l}`)} onChange={(v) => v && setLanguage(v)} />
        </Field>
        <label className="check-field field-wide"><input type="checkbox" checked={withCodes} onChange={(e) => setWithCodes(e.target.checked)} /> {t('export.withCodes')}</label>
      </div>
      <div className="form-actions">
        {busy && <span className="muted">{written > 0 ? t('export.progress', { rows: count(written) }) : t('export.working')}</span>}
        <span className="spacer" />
        <button type="button" disabled={busy} onClick={() => void run('csv')}>{t('export.csv')}</button>
        <button type="button" className="primary" disabled={busy} onClick={() => void run('xlsx')}>{t('export.xlsx')}</button>
      </div>
      <div className="form-actions">
        <span className="muted">{t('export.workbookHint')}</span>
        <span className="spacer" />
        <button type="button" disabled={busy} onClick={() => void workbook()}>{t('export.workbook')}</button>
      </div>
    </section>
  );
}
