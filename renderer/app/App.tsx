import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MenuCommand } from '../../shared/bridge/desktop-api';
import type { Settings } from '../../shared/bridge/settings';
import { AutoBackup } from '../features/data/auto-backup';
import { OrdersPage } from '../features/orders/OrdersPage';
import { LanguageSelect } from './LanguageSelect';
import { lazyPage } from './lazy-page';
import { PAGES, usePage, type Page } from './router';
import { isShortcutsKey } from '../../shared/bridge/shortcuts';
import { ShortcutsOverlay } from './ShortcutsOverlay';
import { useServices } from './services';
import { hasUnsaved, leaveOrAsk } from './unsaved-guard';

type Creating = 'order' | 'return' | 'product' | null;

// Orders is the landing page and ships in the entry chunk; every other page (with its charts,
// spreadsheet and PDF code) loads on first visit, so the window opens without parsing them.
const ReturnsPage = lazyPage(() => import('../features/returns/ReturnsPage').then((m) => m.ReturnsPage));
const ProductsPage = lazyPage(() => import('../features/products/ProductsPage').then((m) => m.ProductsPage));
const DecidePage = lazyPage(() => import('../features/decide/DecidePage').then((m) => m.DecidePage));
const RequestsPage = lazyPage(() => import('../features/requests/RequestsPage').then((m) => m.RequestsPage));
const DashboardPage = lazyPage(() => import('../features/dashboard/DashboardPage').then((m) => m.DashboardPage));
const DataPage = lazyPage(() => import('../features/data/DataPage').then((m) => m.DataPage));
const SettingsPage = lazyPage(() => import('../features/settings/SettingsPage').then((m) => m.SettingsPage));

const LAZY_PAGES: Partial<Record<Page, { preload: () => Promise<unknown> }>> = {
  returns: ReturnsPage, products: ProductsPage, decide: DecidePage, requests: RequestsPage, dashboard: DashboardPage, data: DataPage, settings: SettingsPage,
};

/** Loads the code of the page the window opens on while the ledger opens, so it shows at once. */
export function preloadPage(page: Page): Promise<unknown> {
  return LAZY_PAGES[page]?.preload() ?? Promise.resolve();
}

/** The window: navigation on the left, one page at a time, menu commands routed to pages. */
export function App({ settings, onSettings }: { settings: Settings; onSettings: (next: Settings) => void }) {
  const { t } = useTranslation();
  const { desktop } = useServices();
  const [page, go, target] = usePage();
  const [creating, setCreating] = useState<Creating>(null);
  const [shortcuts, setShortcuts] = useState(false);

  useEffect(
    () =>
      desktop.onMenuCommand((command: MenuCommand) => {
        const [verb, target] = command.split(':') as [string, string];
        if (verb === 'navigate') leaveOrAsk(() => go(target as Page));
        if (verb === 'new') {
          leaveOrAsk(() => {
            go(target === 'order' ? 'orders' : target === 'return' ? 'returns' : 'products');
            setCreating(target as Creating);
          });
        }
        if (verb === 'find') document.querySelector<HTMLInputElement>('input.search')?.focus();
        if (verb === 'shortcuts') setShortcuts(true);
      }),
    [desktop, go],
  );
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const inTextField = !!target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
      if (isShortcutsKey(e, inTextField)) setShortcuts(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

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
                <a href={`#/${p}`} onClick={(e) => { if (hasUnsaved()) { e.preventDefault(); leaveOrAsk(() => go(p)); } }} aria-current={target === p ? 'page' : undefined} className={target === p ? 'active' : undefined}
                  onPointerEnter={() => void preloadPage(p).catch(() => undefined)} onFocus={() => void preloadPage(p).catch(() => undefined)}>{t(`nav.${p}`)}</a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="sidebar-foot">
          <button type="button" className="link-button shortcuts-link" onClick={() => setShortcuts(true)}>{t('shortcuts.title')} <kbd>?</kbd></button>
          <LanguageSelect settings={settings} onChange={onSettings} />
        </div>
      </aside>
      {shortcuts && <ShortcutsOverlay inBrowser={desktop.kind === 'browser'} onClose={() => setShortcuts(false)} />}
      <main className="content">
        <Suspense fallback={<p className="page-loading" role="status">{t('app.loadingPage')}</p>}>{content[page]}</Suspense>
      </main>
    </div>
  );
}
