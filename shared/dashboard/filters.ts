import { z } from 'zod';
import { PLATFORMS } from '../codes/ledger-codes';
import { isIsoDate } from '../dates';

/**
 * What the seller narrows the dashboard to. Every field is optional ('' = all), so a stored
 * copy from an older app version, or one edited by hand, degrades to "show everything"
 * instead of breaking the page.
 */
const dateOrEmpty = z.string().refine((v) => v === '' || isIsoDate(v));

export const dashboardFilters = z.object({
  from: dateOrEmpty.catch(''),
  to: dateOrEmpty.catch(''),
  platform: z.union([z.enum(PLATFORMS), z.literal('')]).catch(''),
  country: z.string().regex(/^([A-Z]{2})?$/).catch(''),
  locationId: z.string().max(64).catch(''),
});
export type DashboardFilters = z.infer<typeof dashboardFilters>;

export const DEFAULT_FILTERS: DashboardFilters = { from: '', to: '', platform: '', country: '', locationId: '' };

/** Reads stored filters (JSON text or null); anything unreadable falls back to the defaults. */
export function parseFilters(stored: string | null): DashboardFilters {
  if (!stored) return DEFAULT_FILTERS;
  let raw: unknown;
  try {
    raw = JSON.parse(stored);
  } catch {
    return DEFAULT_FILTERS;
  }
  const parsed = dashboardFilters.safeParse(raw);
  if (!parsed.success) return DEFAULT_FILTERS;
  const f = parsed.data;
  // A range typed backwards would show nothing; swap it rather than show an empty page.
  return f.from && f.to && f.from > f.to ? { ...f, from: f.to, to: f.from } : f;
}

/** True when an ISO date (or timestamp) lies within the filter's inclusive range. */
export function inRange(date: string, f: DashboardFilters): boolean {
  const day = date.length > 10 ? date.slice(0, 10) : date;
  return (!f.from || day >= f.from) && (!f.to || day <= f.to);
}
