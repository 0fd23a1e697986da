import { expect, test } from '@playwright/test';
import { CURRENT_SCHEMA_VERSION } from '../../renderer/db/schema-versions';
import { AppPage } from './pages/app-page';
import { DataPage } from './pages/data-page';
import { DesktopShell, nativeVersion, plantV1, v1 } from './pages/desktop-shell';
import { texts } from './pages/locale';

/**
 * Issue 5: in the desktop app an automatic backup is written before every import and before
 * every schema upgrade. The renderer's half runs here against a stand-in for the preload.
 */
const FIXTURES = 'tests/fixtures/import/';

test.describe('automatic backups in the desktop app', () => {
  test('every import is preceded by a backup of the ledger as it was; a failed backup imports nothing', async ({ page }) => {
    const shell = await DesktopShell.install(page);
    const app = await new AppPage(page, 'en').open();
    const data = await new DataPage(page, app.t).open();

    await shell.setFailing(true);
    await data.chooseImport(`${FIXTURES}amazon-all-orders.txt`);
    await data.setDefaultHsCode('9617001900');
    await data.expectSummary(3, 0, 0, 2);
    await page.getByRole('button', { name: app.t('data:import.confirm', { count: 3 }) }).click();
    await expect(page.getByRole('alert')).toHaveText(app.t('data:import.backupFailed', { message: 'ENOSPC: no space left on device' }));
    expect(await shell.backups()).toEqual([]);

    // Space freed: confirming the same checked file again backs up, then imports.
    await shell.setFailing(false);
    await data.confirmImport(3);
    expect(await shell.backups()).toEqual([{ schemaVersion: CURRENT_SCHEMA_VERSION, counts: expect.objectContaining({ orders: 0 }), orderNos: [] }]);

    await data.chooseImport(`${FIXTURES}shopify-orders.csv`);
    await data.setDefaultHsCode('9617001900');
    await data.confirmImport(2);
    const [, second] = await shell.backups();
    expect(second!.orderNos).toEqual(['028-0000004-0000004', '113-0000001-0000001', '113-0000002-0000002']);
    await app.orders();
    await expect(page.getByText('#1001')).toBeVisible();
  });

  test('a ledger from an older release is backed up as it was stored before it is upgraded', async ({ page }) => {
    const shell = await DesktopShell.install(page);
    await plantV1(page);
    const app = await new AppPage(page, 'en').open();
    const [backup] = await shell.backups();
    expect(backup).toEqual({
      schemaVersion: 1, counts: expect.objectContaining({ products: v1.products.length, orders: v1.orders.length, returns: v1.returns.length, decisions: 0 }),
      orderNos: v1.orders.map((o) => o.orderNo).sort(),
    });
    expect(await nativeVersion(page)).toBe(CURRENT_SCHEMA_VERSION * 10);
    await expect(page.getByText(app.t('common:table.count', { count: v1.orders.length }))).toBeVisible();
  });

  for (const lang of ['en', 'zh-CN'] as const) {
    test.describe(lang, () => {
    test.use({ locale: lang });
    test('when that backup cannot be written the ledger is left as it was until the user chooses', async ({ page }) => {
      const t = texts(lang);
      await DesktopShell.install(page, { failing: true });
      await plantV1(page);
      await page.goto('/#/orders');
      const notice = page.getByRole('alert');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('reliability:startup.backupFailed.title'));
      await expect(notice).toContainText(t('reliability:startup.backupFailed.body'));
      await expect(notice).toContainText(t('reliability:startup.backupFailed.detail', { detail: 'ENOSPC: no space left on device' }));
      await expect(page.getByRole('navigation')).toHaveCount(0);
      expect(await nativeVersion(page)).toBe(10);
      await page.screenshot({ path: `test-results/screens/upgrade-backup-failed-${lang}.png` });

      await notice.getByRole('button', { name: t('reliability:startup.backupFailed.proceed') }).click();
      await expect(page.getByRole('navigation')).toBeVisible();
      await expect(page.getByText(t('common:table.count', { count: v1.orders.length }))).toBeVisible();
      expect(await nativeVersion(page)).toBe(CURRENT_SCHEMA_VERSION * 10);
    });
    });
  }
});
