import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { texts } from './pages/locale';

test.describe('on a Chinese system', () => {
  test.use({ locale: 'zh-CN' });

  test('follows a Chinese system by default; a chosen language is remembered across reloads', async ({ page }) => {
    const zh = texts('zh-CN');
    const en = texts('en');
    const app = await new AppPage(page, 'zh-CN').open('orders');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh('ledger:orders.title'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

    await page.getByRole('combobox', { name: zh('language.label') }).first().selectOption('en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('ledger:orders.title'));
    await expect(page.getByRole('navigation').getByRole('link', { name: en('nav.returns') })).toBeVisible();

    await app.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('ledger:orders.title'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

});

test.describe('on an English system', () => {
  test.use({ locale: 'en-US' });

  test('shows every page in English with no missing text, and says plainly what is not built yet', async ({ page }) => {
    const en = texts('en');
    const app = await new AppPage(page, 'en').open('decide');
    await expect(page.getByText(en('notBuilt.title', { page: en('nav.decide') }))).toBeVisible();
    for (const hash of ['orders', 'returns', 'products', 'requests', 'dashboard', 'settings']) {
      await app.open(hash);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('body')).not.toContainText('[missing text:');
    }
  });
});
