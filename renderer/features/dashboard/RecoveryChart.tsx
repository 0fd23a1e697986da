import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { RecoveryMonth } from '../../../shared/dashboard';
import { useFormat } from '../../i18n/format';
import { ChartCard } from './ChartCard';
import { axisTick, chartStyle, compactFen, fillOf, INK, monthLabel, patternDefs, yuan, type Swatch } from './chart-style';

const SERIES: { key: 'recoveredFen' | 'writtenOffFen'; swatch: Swatch }[] = [
  { key: 'recoveredFen', swatch: { fill: INK.dark } },
  { key: 'writtenOffFen', swatch: { fill: INK.light, pattern: 'hatch' } },
];

/** Per month: value the chosen outcomes recovered vs goods cost written off. */
export function RecoveryChart({ rows, pending }: { rows: RecoveryMonth[]; pending: boolean }) {
  const { t } = useTranslation('dashboard');
  const f = useFormat();
  const month = monthLabel(f.locale);
  const label = (k: string) => t(`recovery.series.${k}`);
  const recovered = rows.reduce((n, r) => n + r.recoveredFen, 0);
  const writtenOff = rows.reduce((n, r) => n + r.writtenOffFen, 0);
  const empty = recovered === 0 && writtenOff === 0;
  return (
    <ChartCard
      name="recovery" title={t('recovery.title')} empty={pending || empty} emptyText={pending ? t('readingOrders') : undefined}
      summary={empty ? t('noDataForFilters') : t('recovery.summary', { recovered: f.fen(recovered), writtenOff: f.fen(writtenOff) })}
      legend={SERIES.map((s) => ({ label: label(s.key), swatch: s.swatch }))}
      table={{ name: 'recovered-vs-written-off', headers: [t('table.month'), ...SERIES.map((s) => label(s.key))], rows: rows.map((r) => [r.month, yuan(r.recoveredFen), yuan(r.writtenOffFen)]) }}
    >
      <BarChart data={rows} style={chartStyle} responsive accessibilityLayer={false} margin={{ top: 8, right: 12, bottom: 0, left: 8 }}>
        {patternDefs()}
        <CartesianGrid stroke={INK.grid} vertical={false} />
        <XAxis dataKey="month" tickFormatter={month} tick={axisTick} />
        <YAxis tickFormatter={compactFen(f.locale)} tick={axisTick} width={72} />
        <Tooltip formatter={(v, name) => [f.fen(Number(v)), label(String(name))]} labelFormatter={(m) => month(String(m))} />
        {SERIES.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.key} fill={fillOf(s.swatch)} stroke={INK.dark} strokeWidth={0.5} isAnimationActive={false} />
        ))}
      </BarChart>
    </ChartCard>
  );
}
