import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { RateDimension, RateRow } from '../../../shared/dashboard';
import { useFormat } from '../../i18n/format';
import { ChartCard } from './ChartCard';
import { axisTick, INK, percent } from './chart-style';

/** The Returns page reads these hash parameters to open the returns behind a bar. */
const PARAM: Record<RateDimension, string> = { sku: 'sku', reason: 'reason', country: 'country', platform: 'platform' };

export function returnsLink(dimension: RateDimension, key: string): string {
  return `#/returns?${PARAM[dimension]}=${encodeURIComponent(key)}`;
}

/** The worst ten by return rate for one dimension; a click on a bar opens those returns. */
export function RateChart({ dimension, rows }: { dimension: RateDimension; rows: RateRow[] | null }) {
  const { t } = useTranslation(['dashboard', 'ledger']);
  const f = useFormat();
  const pct = percent(f.locale);
  const name = (key: string) =>
    dimension === 'reason' ? t(`ledger:reason.${key}`) : dimension === 'platform' ? t(`ledger:platform.${key}`) : dimension === 'country' ? f.country(key) : key;
  const data = (rows ?? []).map((r) => ({ ...r, label: name(r.key) }));
  const title = t(`rates.title.${dimension}`);
  const summary = data.length
    ? t('rates.summary', { list: data.slice(0, 5).map((r) => `${r.label} ${pct(r.rate)} (${f.number(r.returned)}/${f.number(r.sold)})`).join('; ') })
    : t(rows ? 'noDataForFilters' : 'readingOrders');
  return (
    <ChartCard
      name={`rate-${dimension}`} title={title} summary={summary} empty={data.length === 0} emptyText={rows ? undefined : t('readingOrders')}
      table={{
        name: `return-rate-by-${dimension}`,
        headers: [t(`rates.key.${dimension}`), t('table.returnedUnits'), t('table.soldUnits'), t('table.rate')],
        rows: data.map((r) => [r.label, r.returned, r.sold, Math.round(r.rate * 10000) / 10000]),
      }}
    >
      <BarChart data={data} layout="vertical" style={{ width: '100%', height: 40 + data.length * 26 }} responsive accessibilityLayer={false} margin={{ top: 4, right: 48, bottom: 0, left: 4 }}>
        <CartesianGrid stroke={INK.grid} horizontal={false} />
        <XAxis type="number" tickFormatter={(v: number) => pct(v)} tick={axisTick} />
        <YAxis type="category" dataKey="label" tick={axisTick} width={dimension === 'reason' ? 130 : 110} interval={0} />
        <Tooltip formatter={(v) => pct(Number(v))} />
        <Bar
          dataKey="rate" name={title} fill={INK.mid} stroke={INK.dark} strokeWidth={0.5} cursor="pointer" isAnimationActive={false}
          onClick={(entry) => {
            window.location.hash = returnsLink(dimension, (entry.payload as RateRow).key);
          }}
        >
          <LabelList dataKey="rate" position="right" formatter={(v) => pct(Number(v))} fill={INK.axis} fontSize={11} />
        </Bar>
      </BarChart>
    </ChartCard>
  );
}
