import { useState } from 'react';
import { Bar, CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { SavingsMonth, SavingsSummary } from '../../../shared/dashboard';
import { useFormat } from '../../i18n/format';
import { ChartCard } from './ChartCard';
import { axisTick, chartStyle, compactFen, fillOf, INK, monthLabel, patternDefs, yuan, type Swatch } from './chart-style';

type View = 'savings' | 'nets';
type SeriesKey = keyof Pick<SavingsMonth, 'savingsFen' | 'vsDisposeFen' | 'chosenFen' | 'baselineFen' | 'disposeFen'>;

/** What each view draws as bars; the savings view adds the cumulative line. */
const BARS: Record<View, { key: SeriesKey; swatch: Swatch }[]> = {
  savings: [
    { key: 'savingsFen', swatch: { fill: INK.dark } },
    { key: 'vsDisposeFen', swatch: { fill: INK.mid, pattern: 'hatch' } },
  ],
  nets: [
    { key: 'chosenFen', swatch: { fill: INK.dark } },
    { key: 'baselineFen', swatch: { fill: INK.mid, pattern: 'hatch' } },
    { key: 'disposeFen', swatch: { fill: INK.light, pattern: 'dots' } },
  ],
};
const CUMULATIVE: Swatch = { fill: INK.line, dash: '6 3' };

/**
 * Savings per month — against the pre-reform baseline and against always disposing — with the
 * running savings; a second view shows the nets they come from. The data export has both.
 */
export function SavingsChart({ savings, pending }: { savings: SavingsSummary; pending: boolean }) {
  const { t } = useTranslation('dashboard');
  const f = useFormat();
  const [view, setView] = useState<View>('savings');
  const month = monthLabel(f.locale);
  const rows = savings.months;
  const label = (k: string) => t(`savings.series.${k}`);
  const bars = BARS[view];
  const best = rows.reduce<(typeof rows)[number] | undefined>((b, r) => (!b || r.savingsFen > b.savingsFen ? r : b), undefined);
  const summary = rows.length
    ? t('savings.summary', {
      from: month(rows[0]!.month), to: month(rows[rows.length - 1]!.month), total: f.fen(savings.totalSavingsFen),
      vsDispose: f.fen(savings.totalVsDisposeFen), n: f.number(savings.decisions),
      best: best ? month(best.month) : '', bestFen: best ? f.fen(best.savingsFen) : '',
    })
    : t('noDataForFilters');
  const legend = bars.map((s) => ({ label: label(s.key), swatch: s.swatch }));
  if (view === 'savings') legend.push({ label: label('cumulativeFen'), swatch: CUMULATIVE });
  const columns: SeriesKey[] = ['savingsFen', 'vsDisposeFen'];
  const nets: SeriesKey[] = ['chosenFen', 'baselineFen', 'disposeFen'];
  const tools = (
    <div className="dash-views" role="group" aria-label={t('savings.viewLabel')}>
      {(['savings', 'nets'] as const).map((v) => (
        <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>{t(`savings.view.${v}`)}</button>
      ))}
    </div>
  );
  return (
    <ChartCard
      name="savings" wide title={t(view === 'savings' ? 'savings.title' : 'savings.netsTitle')} summary={summary} tools={tools}
      empty={pending || savings.decisions === 0} emptyText={pending ? t('readingOrders') : undefined}
      legend={legend}
      table={{
        name: 'savings-per-month',
        headers: [t('table.month'), ...columns.map(label), label('cumulativeFen'), ...nets.map(label), t('table.decisions')],
        rows: rows.map((r) => [r.month, yuan(r.savingsFen), yuan(r.vsDisposeFen), yuan(r.cumulativeFen), yuan(r.chosenFen), yuan(r.baselineFen), yuan(r.disposeFen), r.decisions]),
      }}
    >
      <ComposedChart data={rows} style={chartStyle} responsive accessibilityLayer={false} margin={{ top: 8, right: 12, bottom: 0, left: 8 }}>
        {patternDefs()}
        <CartesianGrid stroke={INK.grid} vertical={false} />
        <XAxis dataKey="month" tickFormatter={month} tick={axisTick} />
        <YAxis tickFormatter={compactFen(f.locale)} tick={axisTick} width={72} />
        <ReferenceLine y={0} stroke={INK.axis} />
        <Tooltip formatter={(v, name) => [f.fen(Number(v)), label(String(name))]} labelFormatter={(m) => month(String(m))} />
        {bars.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.key} fill={fillOf(s.swatch)} stroke={INK.dark} strokeWidth={0.5} isAnimationActive={false} />
        ))}
        {view === 'savings' && (
          <Line dataKey="cumulativeFen" name="cumulativeFen" stroke={CUMULATIVE.fill} strokeWidth={2.5} strokeDasharray={CUMULATIVE.dash} dot={{ r: 3, fill: CUMULATIVE.fill }} isAnimationActive={false} />
        )}
      </ComposedChart>
    </ChartCard>
  );
}
