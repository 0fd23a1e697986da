import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { aggregateDashboard, parseFilters, type DashboardData, type DashboardFacts, type DashboardFilters } from '../../../shared/dashboard';
import { localToday } from '../../../shared/dates';
import { useServices } from '../../app/services';
import { DashboardLoader } from '../../db/dashboard-sources';
import { takeFeed } from './dashboard-feed';

type Charts = typeof import('./DashboardCharts')['DashboardCharts'];
let charts: Promise<Charts> | undefined;
let chartsLoaded: Charts | undefined;

/** The chart components and their library (the bulk of the page's code), loaded once. */
export function loadCharts(): Promise<Charts> {
  charts ??= import('./DashboardCharts').then(
    (m) => (chartsLoaded = m.DashboardCharts),
    (error: unknown) => {
      // Not kept: the next visit tries again (a chunk may fail to load once).
      charts = undefined;
      throw error;
    },
  );
  return charts;
}

/**
 * The chart components once loaded. Not React.lazy: a Suspense boundary that has shown its
 * fallback holds the content back for 300 ms more, and the charts are what this page is for.
 */
export function useCharts(): Charts | undefined {
  const [loaded, setLoaded] = useState(() => chartsLoaded);
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    if (loaded) return;
    let live = true;
    loadCharts().then((c) => live && setLoaded(() => c), (e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [loaded]);
  // As React.lazy would: the error boundary above says the page could not load.
  if (error) throw error;
  return loaded;
}

/** Where the filters are remembered between runs (per user profile: the app's own storage). */
export const FILTERS_KEY = 'homebound.dashboard.filters';

function readFilters(): DashboardFilters {
  try {
    return parseFilters(window.localStorage.getItem(FILTERS_KEY));
  } catch {
    // Storage can be disabled or full; the dashboard still works, it just forgets.
    return parseFilters(null);
  }
}

export function useDashboardFilters(): [DashboardFilters, (next: DashboardFilters) => void] {
  const [filters, setFilters] = useState(readFilters);
  const update = useCallback((next: DashboardFilters) => {
    setFilters(next);
    try {
      window.localStorage.setItem(FILTERS_KEY, JSON.stringify(next));
    } catch {
      /* not remembered: see readFilters */
    }
  }, []);
  return [filters, update];
}

export interface DashboardView {
  facts: DashboardFacts;
  data: DashboardData;
  /** Filter choices: what the ledger contains (from all orders once read, from decisions until then). */
  platforms: string[];
  countries: string[];
}

export type DashboardState = { view: DashboardView; failed?: undefined } | { view?: undefined; failed: string } | { view?: undefined; failed?: undefined };

/**
 * The ledger is read by the dashboard's worker (again whenever it changes) and arrives here
 * as facts: first from the decisions alone (or the copy kept from the last visit), then with
 * orders and returns. Figures are recomputed from the facts on this thread when a filter
 * changes, which takes milliseconds.
 */
export function useDashboard(filters: DashboardFilters): DashboardState {
  const { repos } = useServices();
  const [facts, setFacts] = useState<DashboardFacts>();
  const [failed, setFailed] = useState<string>();
  // A layout effect: facts that arrived before React showed the page are drawn in its first frame.
  useLayoutEffect(() => {
    const feed = takeFeed(repos.db.name);
    const loader = new DashboardLoader(repos.db);
    feed.glanceHere(() => loader.glance());
    feed.subscribe((m) => (m.type === 'facts' ? setFacts(m.facts) : setFailed(m.message)));
    return () => feed.close();
  }, [repos]);
  const today = localToday();
  const view = useMemo(() => {
    if (!facts) return undefined;
    const data = aggregateDashboard(facts, filters, today);
    const sales = facts.sales;
    const platforms = sales ? sales.platforms : [...new Set(facts.decisions.map((d) => d.platform))];
    const countries = sales ? sales.countries : [];
    return { facts, data, platforms: [...platforms].sort(), countries: [...countries].sort() };
  }, [facts, filters, today]);
  if (view) return { view };
  return failed ? { failed } : {};
}
