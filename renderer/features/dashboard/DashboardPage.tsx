import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { RATE_DIMENSIONS } from '../../../shared/dashboard';
import { useFormat } from '../../i18n/format';
import { DashboardEmpty } from './DashboardEmpty';
import { DeadlinesChart } from './DeadlinesChart';
import { FiltersBar } from './FiltersBar';
import { OutcomeChart } from './OutcomeChart';
import { RateChart } from './RateChart';
import { RecoveryChart } from './RecoveryChart';
import { RoutesChart } from './RoutesChart';
import { SavingsChart } from './SavingsChart';
import { useDashboard, useDashboardFilters } from './use-dashboard';

/** After-sales savings at a glance: what returns cost and what bringing them home saved. */
export function DashboardPage() {
  const { t } = useTranslation(['dashboard', 'common']);
  const f = useFormat();
  const [filters, setFilters] = useDashboardFilters();
  const view = useDashboard(filters);

  useEffect(() => {
    // A mark the performance check reads: when the first figures are on screen.
    if (view) performance.mark('homebound:dashboard-ready');
  }, [view]);

  const header = (
    <header className="page-header">
      <h1>{t('common:nav.dashboard')}</h1>
    </header>
  );
  if (!view) return <div className="page">{header}<p className="muted" role="status">{t('loading')}</p></div>;
  if (view.data.ledgerEmpty) return <div className="page">{header}<DashboardEmpty /></div>;

  const { data } = view;
  const rates = data.rates;
  const rate = rates?.soldUnits ? rates.returnedUnits / rates.soldUnits : 0;
  return (
    <div className="page page-scroll dash-page">
      {header}
      <FiltersBar filters={filters} onChange={setFilters} platforms={view.platforms} countries={view.countries} locations={view.facts.presets.locations} />
      <section className="dash-kpis" aria-label={t('kpi.label')}>
        <div className="dash-kpi dash-kpi-main">
          <span className="dash-kpi-label">{t('kpi.savings')}</span>
          <strong data-testid="kpi-savings">{f.fen(data.savings.totalSavingsFen)}</strong>
          <span className="muted">{t('kpi.decisions', { n: f.number(data.savings.decisions) })}</span>
        </div>
        <div className="dash-kpi">
          <span className="dash-kpi-label">{t('kpi.vsDispose')}</span>
          <strong data-testid="kpi-vs-dispose">{f.fen(data.savings.totalVsDisposeFen)}</strong>
        </div>
        <div className="dash-kpi">
          <span className="dash-kpi-label">{t('kpi.returnRate')}</span>
          <strong data-testid="kpi-return-rate">{rates ? new Intl.NumberFormat(f.locale, { style: 'percent', maximumFractionDigits: 1 }).format(rate) : '…'}</strong>
          <span className="muted">{rates ? t('kpi.units', { returned: f.number(rates.returnedUnits), sold: f.number(rates.soldUnits) }) : t('readingOrders')}</span>
        </div>
        <div className="dash-kpi">
          <span className="dash-kpi-label">{t('kpi.refunds')}</span>
          <strong data-testid="kpi-refunds">{data.refunds ? f.fen(data.refunds.fen) : '…'}</strong>
          {data.refunds && data.refunds.unconverted > 0 && <span className="muted">{t('kpi.unconverted', { n: f.number(data.refunds.unconverted), currencies: view.facts.missingRates.join(', ') })}</span>}
        </div>
      </section>
      <div className="dash-grid">
        <SavingsChart savings={data.savings} pending={data.decisionsPending} />
        {RATE_DIMENSIONS.map((d) => <RateChart key={d} dimension={d} rows={rates ? rates.by[d] : null} />)}
        <RecoveryChart rows={data.recovery} pending={data.decisionsPending} />
        <OutcomeChart slices={data.outcomes} pending={data.decisionsPending} />
        <RoutesChart mix={data.routes} pending={data.decisionsPending} />
        <DeadlinesChart deadlines={data.deadlines} />
      </div>
      {filters.locationId && <p className="hint">{t('filters.locationHint')}</p>}
    </div>
  );
}
