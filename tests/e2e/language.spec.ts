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

for (const lang of ['en', 'zh-CN'] as const) {
  test.describe(`every page in ${lang}`, () => {
    test.use({ locale: lang });

    test('has a heading and no missing text', async ({ page }) => {
      const app = await new AppPage(page, lang).open('orders');
      for (const hash of ['orders', 'returns', 'products', 'decide', 'requests', 'dashboard', 'data', 'settings']) {
        await app.open(hash);
        await expect(page.locator('h1')).toBeVisible();
        await expect(page.locator('body')).not.toContainText('[missing text:');
      }
    });
  });
}
