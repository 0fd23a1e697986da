import { createContext, useContext, type ReactNode } from 'react';
import type { DesktopApi } from '../../shared/bridge/desktop-api';
import type { Repositories } from '../db/repositories';

/** What every page needs from outside React: the ledger's repositories and the desktop bridge. */
export interface Services {
  repos: Repositories;
  desktop: DesktopApi;
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}
