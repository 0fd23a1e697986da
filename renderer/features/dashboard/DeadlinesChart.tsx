import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { DEADLINE_HORIZON_DAYS, type Deadlines } from '../../../shared/dashboard';
import { useFormat } from '../../i18n/format';
import { ChartCard } from './ChartCard';
import { axisTick, chartStyle, fillOf, INK, patternDefs, type Swatch } from './chart-style';

const SERIES: { key: 'taxExemption' | 'returnRight'; swatch: Swatch }[] = [
  { key: 'taxExemption', swatch: { fill: INK.dark } },
  { key: 'returnRight', swatch: { fill: INK.light, pattern: 'hatch' } },
];

/** Returns still abroad whose tax exemption or 1-year right of return runs out within 30 days. */
export function DeadlinesChart({ deadlines: loaded }: { deadlines: Deadlines | null }) {
  const { t } = useTranslation('dashboard');
  const f = useFormat();
  const label = (k: string) => t(`deadlines.series.${k}`);
  const deadlines = loaded ?? { buckets: [], soonest: [], total: 0 };
  const data = deadlines.buckets.map((b) => ({ ...b, label: t('deadlines.bucket', { from: b.from, to: b.to }) }));
  const empty = deadlines.total === 0;
  return (
    <ChartCard
      name="deadlines" title={t('deadlines.title', { days: DEADLINE_HORIZON_DAYS })} empty={!loaded} emptyText={t('readingOrders')}
      summary={!loaded ? t('readingOrders') : empty ? t('deadlines.none', { days: DEADLINE_HORIZON_DAYS }) : t('deadlines.summary', {
        n: f.number(deadlines.total), list: deadlines.soonest.map((d) => `${d.rmaNo} ${label(d.kind)} ${f.date(d.lastDay)}`).join('; '),
      })}
      legend={SERIES.map((s) => ({ label: label(s.key), swatch: s.swatch }))}
      table={{
        name: 'deadlines', headers: [t('table.rma'), t('table.sku'), t('table.deadline'), t('table.lastDay'), t('table.daysLeft')],
        rows: deadlines.soonest.map((d) => [d.rmaNo, d.sku, label(d.kind), d.lastDay, d.daysLeft]),
      }}
      after={
        !loaded ? null : empty ? <p className="muted">{t('deadlines.none', { days: DEADLINE_HORIZON_DAYS })}</p> : (
          <ul className="dash-deadlines">
            {deadlines.soonest.map((d) => (
              <li key={`${d.returnId}-${d.kind}`} className={d.daysLeft <= 7 ? 'urgent' : undefined}>
                <strong>{d.rmaNo}</strong> <span className="muted">{d.sku}</span> · {label(d.kind)} · {f.date(d.lastDay)} · {t('deadlines.daysLeft', { days: d.daysLeft })}
              </li>
            ))}
          </ul>
        )
      }
    >
      <BarChart data={data} style={chartStyle} responsive accessibilityLayer={false} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
        {patternDefs()}
        <CartesianGrid stroke={INK.grid} vertical={false} />
        <XAxis dataKey="label" tick={axisTick} interval={0} />
        <YAxis allowDecimals={false} tick={axisTick} width={40} />
        <Tooltip formatter={(v, name) => [f.number(Number(v)), label(String(name))]} />
        {SERIES.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.key} stackId="d" fill={fillOf(s.swatch)} stroke={INK.dark} strokeWidth={0.5} isAnimationActive={false} />
        ))}
      </BarChart>
    </ChartCard>
  );
}
