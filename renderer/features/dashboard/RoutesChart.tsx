import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { districtByCode } from '../../../shared/codes/districts';
import type { RouteMix } from '../../../shared/dashboard';
import { useFormat } from '../../i18n/format';
import { ChartCard } from './ChartCard';
import { axisTick, chartStyle, INK, yuan } from './chart-style';

/** What came home, by route (kg per route), with cost per kg and transit days per district beneath. */
export function RoutesChart({ mix, pending }: { mix: RouteMix; pending: boolean }) {
  const { t, i18n } = useTranslation(['dashboard', 'decide']);
  const f = useFormat();
  const district = (code: string) => {
    const d = districtByCode(code);
    return d ? (i18n.language.startsWith('zh') ? d.zh : d.en) : code || '—';
  };
  const days = (n: number | null) => (n === null ? '—' : new Intl.NumberFormat(f.locale, { maximumFractionDigits: 1 }).format(n));
  const perKg = (fen: number | null) => (fen === null ? '—' : f.fen(fen));
  const data = mix.byRoute.map((r) => ({
    ...r, kg: r.weightG / 1000,
    label: `${district(r.districtCode)} · ${r.mode ? t(`decide:transport.${r.mode}`) : r.routeId}`,
  }));
  const empty = data.length === 0;
  return (
    <ChartCard
      name="routes" title={t('routes.title')} empty={pending || empty} emptyText={pending ? t('readingOrders') : undefined}
      summary={empty ? t('noDataForFilters') : t('routes.summary', {
        list: mix.byDistrict.map((d) => t('routes.districtLine', { district: district(d.districtCode), returns: f.number(d.returns), kg: f.kg(d.weightG), perKg: perKg(d.costPerKgFen), days: days(d.avgTransitDays) })).join('; '),
      })}
      table={{
        name: 'route-and-district-mix',
        headers: [t('table.route'), t('table.district'), t('table.returns'), t('table.units'), t('table.kg'), t('table.costCny'), t('table.costPerKg'), t('table.transitDays')],
        rows: data.map((r) => [r.routeId, district(r.districtCode), r.returns, r.units, r.kg, yuan(r.costFen), r.costPerKgFen === null ? '' : yuan(r.costPerKgFen), r.avgTransitDays ?? '']),
      }}
      after={!empty && !pending && (
        <table className="dash-table">
          <thead>
            <tr><th scope="col">{t('table.district')}</th><th scope="col">{t('table.returns')}</th><th scope="col">{t('table.kg')}</th><th scope="col">{t('table.costPerKg')}</th><th scope="col">{t('table.transitDays')}</th></tr>
          </thead>
          <tbody>
            {mix.byDistrict.map((d) => (
              <tr key={d.districtCode}>
                <th scope="row">{district(d.districtCode)}</th>
                <td>{t('routes.viaSplit', { original: f.number(d.viaOriginal), other: f.number(d.viaOther) })}</td>
                <td>{f.kg(d.weightG)}</td>
                <td>{perKg(d.costPerKgFen)}</td>
                <td>{days(d.avgTransitDays)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    >
      <BarChart data={data} layout="vertical" style={{ ...chartStyle, height: Math.max(120, 40 + data.length * 28) }} responsive accessibilityLayer={false} margin={{ top: 4, right: 16, bottom: 0, left: 4 }}>
        <CartesianGrid stroke={INK.grid} horizontal={false} />
        <XAxis type="number" tick={axisTick} tickFormatter={(v: number) => `${f.number(v)} kg`} />
        <YAxis type="category" dataKey="label" tick={axisTick} width={170} interval={0} />
        <Tooltip formatter={(v) => `${f.number(Number(v))} kg`} />
        <Bar dataKey="kg" name={t('table.kg')} fill={INK.dark} isAnimationActive={false} />
      </BarChart>
    </ChartCard>
  );
}
