import { expect, test } from '@playwright/test';
import { CURRENT_SCHEMA_VERSION } from '../../renderer/db/schema-versions';
import { AppPage } from './pages/app-page';
import { nativeVersion, plantV1, v1 } from './pages/desktop-shell';
import { ReliabilityPage } from './pages/reliability-page';

for (const lang of ['en', 'zh-CN'] as const) {
  test.describe(`reliability in ${lang}`, () => {
    test.use({ locale: lang });

    test('a ledger saved by a newer Homebound is refused with a clear screen and left untouched', async ({ page }) => {
      await new AppPage(page, lang).open('orders');
      const reliability = new ReliabilityPage(page, lang);
      const planted = await reliability.plantFutureDatabase();
      expect(planted.version).toBe(990);
      expect(planted.future).toEqual([{ id: 'f1', amountFen: 4_200, by: 'Homebound 99' }]);

      await reliability.reload();
      const t = reliability.t;
      await expect(reliability.refusal()).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('reliability:startup.newer.title'));
      await expect(reliability.refusal()).toContainText(t('reliability:startup.newer.body', { stored: 99, supported: CURRENT_SCHEMA_VERSION }));
      await expect(reliability.refusal()).toContainText(t('reliability:startup.newer.action'));
      // The ledger itself never rendered, so nothing could have written to it.
      await expect(page.getByRole('navigation')).toHaveCount(0);
      await expect(page.locator('body')).not.toContainText('[missing text:');

      // Reloading again changes nothing either: same version, same stores, same record.
      await reliability.reload();
      await expect(reliability.refusal()).toBeVisible();
      expect(await reliability.snapshot()).toEqual(planted);
    });

    test('a ledger from an older release says it is being updated while the upgrade runs, then opens', async ({ page }, info) => {
      await plantV1(page);
      // The upgrade of a few orders is instant: the app's open is held back 3 s to see the screen.
      await new ReliabilityPage(page, lang).holdAppOpen(3000);
      const app = new AppPage(page, lang);
      await page.goto('/#/orders');
      const status = page.getByRole('status').filter({ hasText: app.t('reliability:startup.upgrading') });
      await expect(status).toBeVisible();
      await expect(status).toContainText(app.t('reliability:startup.upgradingHint'));
      for (const [width, height] of [[1366, 768], [1920, 1080]] as const) {
        await page.setViewportSize({ width, height });
        await page.screenshot({ path: info.outputPath(`upgrading-${lang}-${width}.png`) });
      }
      await expect(page.getByRole('navigation')).toBeVisible({ timeout: 15_000 });
      expect(await nativeVersion(page)).toBe(CURRENT_SCHEMA_VERSION * 10);
      await expect(page.getByText(app.t('common:table.count', { count: v1.orders.length }))).toBeVisible();
    });

    test('Settings shows how much storage is used and whether it is protected', async ({ page }) => {
      const app = await new AppPage(page, lang).open('settings');
      const reliability = new ReliabilityPage(page, lang);
      const card = reliability.storageCard();
      await expect(card.getByRole('heading', { level: 2 })).toHaveText(app.t('reliability:storage.title'));
      await expect(card.getByTestId('storage-usage')).toHaveText(reliability.pattern('reliability:storage.used'));
      const persistence = await card.getByTestId('storage-persistence').innerText();
      expect([app.t('reliability:storage.persistent'), app.t('reliability:storage.notPersistent')]).toContain(persistence);
      // Chromium reports a real quota, so the meter is there too.
      await expect(card.getByRole('meter', { name: app.t('reliability:storage.meter') })).toBeVisible();
      await card.getByRole('button', { name: app.t('reliability:storage.refresh') }).click();
      await expect(card.getByTestId('storage-usage')).toHaveText(reliability.pattern('reliability:storage.used'));
    });
  });
}

test.describe('another window holding the ledger', () => {
  test.use({ locale: 'en' });

  test('says so while it waits, and opens by itself once the other window lets go', async ({ context, page }) => {
    // A same-origin page that is not the app (the preview server would answer with the app).
    const stale = await context.newPage();
    await stale.route('**/stale.html', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>stale</title>' }));
    await stale.goto('/stale.html');
    await ReliabilityPage.holdOldConnection(stale);

    await page.goto('/#/orders');
    const reliability = new ReliabilityPage(page, 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(reliability.t('reliability:startup.blocked.title'));
    await expect(reliability.refusal()).toContainText(reliability.t('reliability:startup.blocked.body'));
    await expect(page.getByRole('navigation')).toHaveCount(0);

    await ReliabilityPage.release(stale);
    await expect(page.locator('html[data-ready="true"]')).toBeAttached();
    await expect(page.getByRole('navigation')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(reliability.t('ledger:orders.title'));
  });
});
