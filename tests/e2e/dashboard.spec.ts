import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { CHARTS, DashboardPage } from './pages/dashboard-page';
import { ReturnsPage } from './pages/returns-page';

/** PNG signature, then the IHDR chunk: width and height as big-endian 32-bit integers. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.use({ locale: 'en' });

test('a new user is told what to do; with demo data every chart shows, filters change the figures, PNGs are images, bars open returns', async ({ page }) => {
  const app = await new AppPage(page, 'en').open('dashboard');
  const { t } = app;
  const dash = new DashboardPage(page, t);

  await test.step('empty state offers the demo data', async () => {
    await expect(page.getByRole('heading', { name: t('dashboard:empty.title') })).toBeVisible();
    await expect(page.getByRole('link', { name: t('dashboard:empty.goOrders') })).toHaveAttribute('href', '#/orders');
    await page.getByRole('button', { name: t('actions.loadDemo') }).click();
    await expect(app.toast()).toBeVisible({ timeout: 30_000 });
  });

  await test.step('every chart, with accessible titles and summaries', async () => {
    await dash.expectEveryChart();
    for (const name of CHARTS) {
      const fig = dash.chart(name);
      await expect(fig).toHaveAccessibleName(/.+/);
      await expect(fig).toHaveAccessibleDescription(/.{20,}/);
    }
    await expect(page.locator('body')).not.toContainText('[missing text:');
    expect((await dash.barLabels('rate-platform')).length).toBeGreaterThan(3);
  });

  await test.step('a platform filter narrows the figures, and is remembered', async () => {
    const allSavings = await dash.kpi('savings').textContent();
    const allRefunds = await dash.kpi('refunds').textContent();
    await dash.filter('platform').selectOption('ozon');
    await expect.poll(() => dash.barLabels('rate-platform')).toEqual([t('ledger:platform.ozon')]);
    expect(await dash.barLabels('rate-country')).toEqual(['Russia']);
    await expect(dash.kpi('refunds')).not.toHaveText(allRefunds ?? '');
    await expect(dash.kpi('savings')).not.toHaveText(allSavings ?? '');
    await app.reload();
    await expect(dash.filter('platform')).toHaveValue('ozon');
    await dash.filter('platform').selectOption('');
    await expect(dash.kpi('savings')).toHaveText(allSavings ?? '');
  });

  await test.step('Save as PNG gives a real image of the chart', async () => {
    const svgBox = await dash.chart('savings').locator('svg.recharts-surface').boundingBox();
    const download = await dash.savePng('savings');
    expect(download.suggestedFilename()).toBe('savings-per-month.png');
    const bytes = readFileSync((await download.path())!);
    const { width, height } = pngSize(bytes);
    // Drawn at 2× with a title above and the legend below the chart.
    expect(width).toBe(2 * (Math.round(svgBox!.width) + 24));
    expect(height).toBeGreaterThan(2 * Math.round(svgBox!.height));
    expect(bytes.length).toBeGreaterThan(10_000);
  });

  await test.step('a return deleted in another window changes the open dashboard’s figures', async () => {
    // The dashboard's worker reads only the return the other window wrote (Dexie's storagemutated).
    const before = await dash.kpi('refunds').textContent();
    const other = await page.context().newPage();
    const otherApp = await new AppPage(other, 'en').open('returns');
    const returns = new ReturnsPage(other, otherApp.t);
    await returns.rows().first().click();
    await expect(returns.dialog()).toBeVisible();
    await returns.delete();
    await expect(dash.kpi('refunds')).not.toHaveText(before ?? '');
    await other.close();
  });

  await test.step('clicking a SKU bar opens that SKU’s returns', async () => {
    const sku = (await dash.barLabels('rate-sku'))[0]!;
    await dash.chart('rate-sku').locator('.recharts-bar-rectangle').first().click();
    await expect(page).toHaveURL(new RegExp(`#/returns\\?sku=${encodeURIComponent(sku)}$`));
    await expect(page.getByRole('heading', { level: 1, name: t('ledger:returns.title') })).toBeVisible();
    await expect(page.getByTestId('linked-filter')).toContainText(sku);
    const returns = new ReturnsPage(page, t);
    await expect(returns.rows().first()).toBeVisible();
    for (const cell of await returns.list.column(t('ledger:field.sku'))) expect(cell).toBe(sku);
  });
});
