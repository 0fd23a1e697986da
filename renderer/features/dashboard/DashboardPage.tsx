import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { DashboardEmpty } from './DashboardEmpty';
import { FiltersBar } from './FiltersBar';
import { startEarly } from './dashboard-feed';
import { loadCharts, useCharts, useDashboard, useDashboardFilters } from './use-dashboard';

// Reading the ledger and loading the chart code start with this module, not once React shows
// the page (see startEarly): the first chart needs both.
startEarly();
loadCharts().catch(() => {
  /* useCharts reports it */
});

/** After-sales savings at a glance: what returns cost and what bringing them home saved. */
export function DashboardPage() {
  const { t } = useTranslation(['dashboard', 'common']);
  const f = useFormat();
  const [filters, setFilters] = useDashboardFilters();
  const { view, failed } = useDashboard(filters);
  const DashboardCharts = useCharts();
  // The return rate is the last headline to fill in: it shows once every chart has drawn its figures.
  const [allDrawn, setAllDrawn] = useState(false);
  const onDrawn = useCallback((withRates: boolean) => setAllDrawn((was) => was || withRates), []);

  useEffect(() => {
    // A mark the performance check reads: when the first figures are on screen.
    if (view) performance.mark('homebound:dashboard-ready');
  }, [view]);

  const header = (
    <header className="page-header">
      <h1>{t('common:nav.dashboard')}</h1>
    </header>
  );
  if (failed) return <div className="page">{header}<p className="notice" role="alert">{t('readFailed', { message: failed })}</p></div>;
  if (!view) return <div className="page">{header}<p className="muted" role="status">{t('loading')}</p></div>;
  if (view.data.ledgerEmpty) return <div className="page">{header}<DashboardEmpty /></div>;

  const { data } = view;
  const rates = allDrawn ? data.rates : null;
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
          {data.refunds && data.refunds.assumed > 0 && <span className="muted" data-testid="kpi-refunds-assumed">{t('kpi.assumed', { n: f.number(data.refunds.assumed) })}</span>}
        </div>
        <div className="dash-kpi">
          <span className="dash-kpi-label">{t('kpi.afterSales')}</span>
          <strong data-testid="kpi-after-sales">{data.refunds ? f.fen(data.refunds.fen + data.refunds.labelsFen + data.refunds.feesKeptFen) : '…'}</strong>
          {data.refunds && <span className="muted">{t('kpi.afterSalesParts', { labels: f.fen(data.refunds.labelsFen), fees: f.fen(data.refunds.feesKeptFen) })}</span>}
        </div>
        <div className="dash-kpi dash-kpi-note" data-testid="savings-how">
          <span className="dash-kpi-label">{t('kpi.howTitle')}</span>
          <span>{t('kpi.how')}</span>
        </div>
      </section>
      {DashboardCharts ? <DashboardCharts data={data} onDrawn={onDrawn} /> : <p className="muted" role="status">{t('loading')}</p>}
      {filters.locationId && <p className="hint">{t('filters.locationHint')}</p>}
    </div>
  );
}
