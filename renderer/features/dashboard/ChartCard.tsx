import { createContext, useContext, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import { useToast } from '../../app/toast';
import { chartPng, type PngLegendItem } from './chart-png';
import { fillOf, INK } from './chart-style';
import { chartDataFile, type ChartTable } from './export-chart-data';

interface Props {
  /** Stable name for files and test ids, e.g. "savings". */
  name: string;
  title: string;
  /** What the chart shows, in words, for screen readers (and the PNG's alt text). */
  summary: string;
  legend?: readonly PngLegendItem[];
  table: ChartTable;
  /** Nothing to draw for these filters: the chart is replaced by a short note. */
  empty?: boolean;
  /** What to say instead of the chart when empty; defaults to "nothing for these filters". */
  emptyText?: string;
  wide?: boolean;
  children: ReactNode;
  /** Extra content under the chart (e.g. a small table). */
  after?: ReactNode;
  /** Controls beside the actions (e.g. a choice of view). */
  tools?: ReactNode;
}

/**
 * True while charts wait their turn to draw: the first chart paints alone, the others the
 * frame after (drawing all of them is one long task that would hold the first one back).
 */
export const ChartsHeld = createContext(false);

/**
 * One chart as a figure: a caption that names it, a text summary screen readers announce,
 * an on-screen legend that matches the print patterns, and Save as PNG / Export data.
 */
export function ChartCard({ name, title, summary, legend = [], table, empty, emptyText, wide, children, after, tools }: Props) {
  const { t } = useTranslation('dashboard');
  const { desktop } = useServices();
  const notify = useToast();
  const id = useId();
  const plot = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  const held = useContext(ChartsHeld);

  const save = async (make: () => Promise<Parameters<typeof desktop.saveFile>[0]>) => {
    setBusy(true);
    try {
      const result = await desktop.saveFile(await make());
      if (result.saved) notify(t('saved', { name: result.path }));
    } catch {
      notify(t('saveFailed'));
    } finally {
      setBusy(false);
    }
  };
  const savePng = () =>
    save(() => {
      const svg = plot.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
      if (!svg) return Promise.reject(new Error('no chart'));
      return chartPng(svg, title, legend, table.name);
    });

  return (
    <figure className={`card dash-card${wide ? ' dash-wide' : ''}`} aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`} data-chart={name}>
      <div className="dash-card-head">
        <figcaption id={`${id}-title`}>{title}</figcaption>
        <div className="dash-card-actions">
          {tools}
          <button type="button" onClick={savePng} disabled={busy || empty || held}>{t('savePng')}</button>
          <button type="button" onClick={() => save(async () => chartDataFile(table))} disabled={busy}>{t('exportData')}</button>
        </div>
      </div>
      <p id={`${id}-summary`} className="sr-only">{summary}</p>
      {held && !empty ? (
        <p className="muted dash-no-data" role="status">{t('loading')}</p>
      ) : empty ? (
        <p className="muted dash-no-data" role="status">{emptyText ?? t('noDataForFilters')}</p>
      ) : (
        <div ref={plot} className="dash-plot" aria-hidden="true">{children}</div>
      )}
      {!empty && !held && legend.length > 0 && (
        <ul className="dash-legend" aria-hidden="true">
          {legend.map((item) => (
            <li key={item.label}>
              <svg width="14" height="14" viewBox="0 0 14 14">
                {item.swatch.dash ? (
                  <line x1="0" y1="7" x2="14" y2="7" stroke={item.swatch.fill} strokeWidth="2.5" strokeDasharray={item.swatch.dash} />
                ) : (
                  <rect x="0.5" y="0.5" width="13" height="13" fill={fillOf(item.swatch)} stroke={INK.dark} />
                )}
              </svg>
              {item.label}
            </li>
          ))}
        </ul>
      )}
      {!held && after}
    </figure>
  );
}
