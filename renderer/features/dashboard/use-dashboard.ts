import { useCallback, useLayoutEffect, useMemo, useState } from 'react';
import { aggregateDashboard, parseFilters, type DashboardData, type DashboardFacts, type DashboardFilters } from '../../../shared/dashboard';
import { localToday } from '../../../shared/dates';
import { useServices } from '../../app/services';
import type { DashboardWorkerIn, DashboardWorkerOut } from './dashboard-messages';

let charts: Promise<typeof import('./DashboardCharts')> | undefined;
/** The chart components and their library, loaded once. */
export const loadCharts = () => (charts ??= import('./DashboardCharts'));

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
 * as facts: first from the decisions alone, then with orders and returns. Figures are
 * recomputed from the facts on this thread when a filter changes, which takes milliseconds.
 */
export function useDashboard(filters: DashboardFilters): DashboardState {
  const { repos } = useServices();
  const [facts, setFacts] = useState<DashboardFacts>();
  const [failed, setFailed] = useState<string>();
  // A layout effect: the worker starts as the page mounts, before the chart code evaluates.
  useLayoutEffect(() => {
    const worker = new Worker(new URL('./dashboard.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<DashboardWorkerOut>) => {
      if (e.data.type === 'facts') setFacts(e.data.facts);
      else setFailed(e.data.message);
    };
    worker.onerror = (e) => setFailed(e.message);
    worker.postMessage({ type: 'start', dbName: repos.db.name } satisfies DashboardWorkerIn);
    // Evaluating the chart library takes a while: the worker is on its way first.
    void loadCharts();
    return () => worker.terminate();
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
