import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MenuCommand } from '../../shared/bridge/desktop-api';
import type { Settings } from '../../shared/bridge/settings';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { AutoBackup } from '../features/data/auto-backup';
import { DataPage } from '../features/data/DataPage';
import { DecidePage } from '../features/decide/DecidePage';
import { OrdersPage } from '../features/orders/OrdersPage';
import { ProductsPage } from '../features/products/ProductsPage';
import { RequestsPage } from '../features/requests/RequestsPage';
import { ReturnsPage } from '../features/returns/ReturnsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { LanguageSelect } from './LanguageSelect';
import { PAGES, usePage, type Page } from './router';
import { useServices } from './services';

type Creating = 'order' | 'return' | 'product' | null;

/** The window: navigation on the left, one page at a time, menu commands routed to pages. */
export function App({ settings, onSettings }: { settings: Settings; onSettings: (next: Settings) => void }) {
  const { t } = useTranslation();
  const { desktop } = useServices();
  const [page, go] = usePage();
  const [creating, setCreating] = useState<Creating>(null);

  useEffect(
    () =>
      desktop.onMenuCommand((command: MenuCommand) => {
        const [verb, target] = command.split(':') as [string, string];
        if (verb === 'navigate') go(target as Page);
        if (verb === 'new') {
          go(target === 'order' ? 'orders' : target === 'return' ? 'returns' : 'products');
          setCreating(target as Creating);
        }
        if (verb === 'find') document.querySelector<HTMLInputElement>('input.search')?.focus();
      }),
    [desktop, go],
  );

  const done = () => setCreating(null);
  const content: Record<Page, React.ReactNode> = {
    orders: <OrdersPage creating={creating === 'order'} onCreated={done} />,
    returns: <ReturnsPage creating={creating === 'return'} onCreated={done} />,
    products: <ProductsPage />,
    decide: <DecidePage />,
    requests: <RequestsPage settings={settings} />,
    dashboard: <DashboardPage />,
    data: <DataPage settings={settings} onSettings={onSettings} />,
    settings: <SettingsPage settings={settings} onChange={onSettings} />,
  };

  return (
    <div className="shell">
      <AutoBackup />
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <nav aria-label={t('nav.main')}>
          <ul>
            {PAGES.map((p) => (
              <li key={p}>
                <a href={`#/${p}`} aria-current={page === p ? 'page' : undefined} className={page === p ? 'active' : undefined}>{t(`nav.${p}`)}</a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="sidebar-foot">
          <LanguageSelect settings={settings} onChange={onSettings} />
        </div>
      </aside>
      <main className="content">{content[page]}</main>
    </div>
  );
}
