import { Bar, CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { SavingsSummary } from '../../../shared/dashboard';
import { useFormat } from '../../i18n/format';
import { ChartCard } from './ChartCard';
import { axisTick, chartStyle, compactFen, fillOf, INK, monthLabel, patternDefs, yuan, type Swatch } from './chart-style';

const SERIES: { key: 'chosenFen' | 'baselineFen' | 'disposeFen'; swatch: Swatch }[] = [
  { key: 'chosenFen', swatch: { fill: INK.dark } },
  { key: 'baselineFen', swatch: { fill: INK.mid, pattern: 'hatch' } },
  { key: 'disposeFen', swatch: { fill: INK.light, pattern: 'dots' } },
];
const CUMULATIVE: Swatch = { fill: INK.line, dash: '6 3' };

/** Net per month of what was chosen vs the pre-reform baseline vs always disposing, with the running savings. */
export function SavingsChart({ savings, pending }: { savings: SavingsSummary; pending: boolean }) {
  const { t } = useTranslation('dashboard');
  const f = useFormat();
  const month = monthLabel(f.locale);
  const rows = savings.months;
  const label = (k: string) => t(`savings.series.${k}`);
  const best = rows.reduce<(typeof rows)[number] | undefined>((b, r) => (!b || r.savingsFen > b.savingsFen ? r : b), undefined);
  const summary = rows.length
    ? t('savings.summary', {
      from: month(rows[0]!.month), to: month(rows[rows.length - 1]!.month), total: f.fen(savings.totalSavingsFen),
      vsDispose: f.fen(savings.totalVsDisposeFen), n: f.number(savings.decisions),
      best: best ? month(best.month) : '', bestFen: best ? f.fen(best.savingsFen) : '',
    })
    : t('noDataForFilters');
  return (
    <ChartCard
      name="savings" wide title={t('savings.title')} summary={summary} empty={pending || savings.decisions === 0} emptyText={pending ? t('readingOrders') : undefined}
      legend={[...SERIES.map((s) => ({ label: label(s.key), swatch: s.swatch })), { label: label('cumulativeFen'), swatch: CUMULATIVE }]}
      table={{
        name: 'savings-per-month',
        headers: [t('table.month'), ...SERIES.map((s) => label(s.key)), t('table.savings'), label('cumulativeFen'), t('table.decisions')],
        rows: rows.map((r) => [r.month, yuan(r.chosenFen), yuan(r.baselineFen), yuan(r.disposeFen), yuan(r.savingsFen), yuan(r.cumulativeFen), r.decisions]),
      }}
    >
      <ComposedChart data={rows} style={chartStyle} responsive accessibilityLayer={false} margin={{ top: 8, right: 12, bottom: 0, left: 8 }}>
        {patternDefs()}
        <CartesianGrid stroke={INK.grid} vertical={false} />
        <XAxis dataKey="month" tickFormatter={month} tick={axisTick} />
        <YAxis tickFormatter={compactFen(f.locale)} tick={axisTick} width={72} />
        <ReferenceLine y={0} stroke={INK.axis} />
        <Tooltip formatter={(v, name) => [f.fen(Number(v)), label(String(name))]} labelFormatter={(m) => month(String(m))} />
        {SERIES.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.key} fill={fillOf(s.swatch)} stroke={INK.dark} strokeWidth={0.5} isAnimationActive={false} />
        ))}
        <Line dataKey="cumulativeFen" name="cumulativeFen" stroke={CUMULATIVE.fill} strokeWidth={2.5} strokeDasharray={CUMULATIVE.dash} dot={{ r: 3, fill: CUMULATIVE.fill }} isAnimationActive={false} />
      </ComposedChart>
    </ChartCard>
  );
}
