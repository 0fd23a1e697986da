import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import { aggregateDashboard, buildFacts, parseFilters, salesTable, type DashboardData, type DashboardFacts, type DashboardFilters } from '../../../shared/dashboard';
import { localToday } from '../../../shared/dates';
import { useServices } from '../../app/services';
import { DashboardLoader } from '../../db/dashboard-sources';

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
  /** Filter choices: what the ledger contains (from all orders once read, from returns until then). */
  platforms: string[];
  countries: string[];
}

/**
 * The ledger is read (again whenever it changes) and flattened into facts; figures are
 * recomputed from the facts only when a filter changes. Both steps are pure and take
 * milliseconds. Orders are the slow read, so it starts once returns and decisions are in:
 * the decision charts show first; rates, deadlines and refunds fill in when orders land.
 */
export function useDashboard(filters: DashboardFilters): DashboardView | undefined {
  const { repos } = useServices();
  const loader = useMemo(() => new DashboardLoader(repos.db), [repos]);
  const sources = useLiveQuery(() => loader.returnsSide(), [loader]);
  const ready = sources !== undefined;
  const orders = useLiveQuery(() => (ready ? loader.salesSide() : undefined), [loader, ready]);
  const facts = useMemo(() => (sources ? buildFacts(sources, orders ?? null) : undefined), [sources, orders]);
  const sales = useMemo(() => (orders ? salesTable(orders) : null), [orders]);
  const today = localToday();
  return useMemo(() => {
    if (!facts) return undefined;
    const data = aggregateDashboard(facts, filters, today, sales);
    const platforms = sales ? sales.platforms : [...new Set(facts.decisions.map((d) => d.platform))];
    const countries = sales ? sales.countries : [];
    return { facts, data, platforms: [...platforms].sort(), countries: [...countries].sort() };
  }, [facts, filters, today, sales]);
}
