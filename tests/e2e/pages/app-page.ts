import { expect, type Page } from '@playwright/test';
import { texts, type Lang } from './locale';
import { OrdersPage } from './orders-page';
import { ProductsPage } from './products-page';
import { ReturnsPage } from './returns-page';

/** The window as a user sees it; each navigation returns the page object it lands on. */
export class AppPage {
  readonly t: ReturnType<typeof texts>;

  constructor(readonly page: Page, readonly lang: Lang) {
    this.t = texts(lang);
  }

  async open(hash = 'orders'): Promise<this> {
    await this.page.goto(`/#/${hash}`);
    await expect(this.page.locator('html[data-ready="true"]')).toBeAttached();
    await expect(this.page.getByRole('navigation')).toBeVisible();
    return this;
  }

  async reload(): Promise<this> {
    await this.page.reload();
    await expect(this.page.locator('html[data-ready="true"]')).toBeAttached();
    return this;
  }

  private async nav(key: string) {
    await this.page.getByRole('navigation').getByRole('link', { name: this.t(`nav.${key}`), exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: this.t(`nav.${key}`) })).toBeVisible();
  }

  async products(): Promise<ProductsPage> {
    await this.nav('products');
    return new ProductsPage(this.page, this.t);
  }

  async orders(): Promise<OrdersPage> {
    await this.nav('orders');
    return new OrdersPage(this.page, this.t);
  }

  async returns(): Promise<ReturnsPage> {
    await this.nav('returns');
    return new ReturnsPage(this.page, this.t);
  }

  /** Settings → Load demo data, waiting for its confirmation. */
  async loadDemoData(): Promise<this> {
    await this.open('settings');
    await this.page.getByRole('button', { name: this.t('actions.loadDemo') }).click();
    await expect(this.toast()).toBeVisible({ timeout: 30_000 });
    return this;
  }

  /** Deletes the whole ledger as a user clearing the browser's data would, then reopens the app. */
  async wipeDatabase(): Promise<this> {
    await this.page.evaluate(() => new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase('homebound');
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    }));
    return this.reload();
  }

  /** Escape on a drawer holding typed work: it asks first, and the person discards. */
  async escapeAndDiscard() {
    await this.page.keyboard.press('Escape');
    await this.page.getByRole('alertdialog', { name: this.t('unsaved.question') }).getByRole('button', { name: this.t('unsaved.discard') }).click();
    await expect(this.page.getByRole('dialog')).toBeHidden();
  }

  toast() {
    return this.page.locator('.toast');
  }

  errorSummary() {
    return this.page.getByRole('alert');
  }
}
