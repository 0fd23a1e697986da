import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { OutcomeSlice } from '../../../shared/dashboard';
import { useFormat } from '../../i18n/format';
import { ChartCard } from './ChartCard';
import { axisTick, chartStyle, fillOf, INK, patternDefs, yuan, type Swatch } from './chart-style';

/** Stay-overseas outcomes light, bring-home outcomes dark: the split reads in grey print too. */
const SWATCH: Record<OutcomeSlice['kind'], Swatch> = {
  keep: { fill: INK.light }, dispose: { fill: INK.light, pattern: 'dots' }, liquidate: { fill: INK.light, pattern: 'hatch' },
  relist: { fill: INK.mid }, home_original: { fill: INK.dark }, home_other: { fill: INK.dark },
};

/** How many returns ended each way: kept by buyer, disposed, liquidated, relisted, home (original / other district). */
export function OutcomeChart({ slices, pending }: { slices: OutcomeSlice[]; pending: boolean }) {
  const { t } = useTranslation(['dashboard', 'decide']);
  const f = useFormat();
  const data = slices.map((s) => ({ ...s, label: t(`decide:kindShort.${s.kind}`) }));
  const total = slices.reduce((n, s) => n + s.returns, 0);
  const share = (n: number) => new Intl.NumberFormat(f.locale, { style: 'percent', maximumFractionDigits: 0 }).format(total ? n / total : 0);
  return (
    <ChartCard
      name="outcomes" title={t('outcomes.title')} empty={pending || total === 0} emptyText={pending ? t('readingOrders') : undefined}
      summary={total ? t('outcomes.summary', { total: f.number(total), list: data.filter((d) => d.returns).map((d) => `${d.label} ${f.number(d.returns)} (${share(d.returns)})`).join('; ') }) : t('noDataForFilters')}
      table={{
        name: 'outcome-mix', headers: [t('table.outcome'), t('table.returns'), t('table.units'), t('table.netCny')],
        rows: data.map((d) => [d.label, d.returns, d.units, yuan(d.netFen)]),
      }}
    >
      <BarChart data={data} layout="vertical" style={chartStyle} responsive accessibilityLayer={false} margin={{ top: 4, right: 36, bottom: 0, left: 4 }}>
        {patternDefs()}
        <CartesianGrid stroke={INK.grid} horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={axisTick} />
        <YAxis type="category" dataKey="label" tick={axisTick} width={130} interval={0} />
        <Tooltip formatter={(v) => f.number(Number(v))} />
        <Bar dataKey="returns" name={t('table.returns')} stroke={INK.dark} strokeWidth={0.5} isAnimationActive={false}>
          {data.map((d) => <Cell key={d.kind} fill={fillOf(SWATCH[d.kind])} />)}
          <LabelList dataKey="returns" position="right" fill={INK.axis} fontSize={11} />
        </Bar>
      </BarChart>
    </ChartCard>
  );
}
