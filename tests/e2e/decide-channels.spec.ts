import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { DecidePage } from './pages/decide-page';
import type { Lang } from './pages/locale';
import { PresetsPage } from './pages/presets-page';

/**
 * Issue 14 end to end: a channel a location lacks is never recommended, and a deadline alert
 * names the last day to ship on each route.
 */
for (const lang of ['en', 'zh-CN'] as Lang[]) {
  test.describe(`decide channels and deadlines in ${lang}`, () => {
    test.use({ locale: lang });

    test('a location set to "no liquidation" never shows liquidate as recommended', async ({ page }) => {
      const app = await new AppPage(page, lang).open('settings');
      const { t } = app;
      await app.loadDemoData();
      const presets = new PresetsPage(page, lang);
      const decide = new DecidePage(page, t);
      const liquidate = t('decide:kindShort.liquidate');

      // A liquidator paying 90% of goods cost makes liquidation the best choice for some returns…
      await presets.open();
      await presets.tab('locations');
      await presets.locationField('us-amazon', 'liquidationRateBp').fill('90');
      await presets.save();
      await expect(presets.toast()).toHaveText(presets.t('toast.saved'));
      await app.open('decide');
      await decide.choose('us-amazon', '2026-11-20');
      const before = await decide.bestColumn();
      expect(before).toContain(liquidate);
      // The RMA no. is the row's bold cell (the first cell is the row's select box).
      const rma = (await page.getByRole('table', { name: t('decide:pending') }).getByRole('row').filter({ hasText: liquidate }).first()
        .locator('strong').first().innerText()).trim();

      // …until the location says it has none.
      await presets.open();
      await presets.tab('locations');
      await expect(presets.channel('us-amazon', 'liquidate')).toBeChecked();
      await presets.channel('us-amazon', 'liquidate').uncheck();
      await presets.save();
      await expect(presets.toast()).toHaveText(presets.t('toast.saved'));
      await presets.reload();
      await presets.tab('locations');
      await expect(presets.channel('us-amazon', 'liquidate')).not.toBeChecked();

      await app.open('decide');
      await decide.choose('us-amazon', '2026-11-20');
      const after = await decide.bestColumn();
      expect(after).toHaveLength(before.length);
      expect(after).not.toContain(liquidate);
      await decide.open(rma);
      await expect(decide.recommended()).not.toHaveAttribute('data-kind', 'liquidate');
      await expect(decide.option('liquidate')).toContainText(t('decide:notHere'));
      await expect(decide.option('liquidate')).toContainText(t('decide:reason.notAtLocation', { location: lang === 'en' ? 'Amazon US return address (FBA)' : '亚马逊美国退货地址 (FBA)' }));
    });

    test('a deadline alert names the last ship date per route', async ({ page }) => {
      const app = await new AppPage(page, lang).open('settings');
      const { t } = app;
      await app.loadDemoData();
      await app.open('decide');
      const decide = new DecidePage(page, t);
      // RMA-MSK-9610 left China 2026-06-15: tax-free if declared by 2026-12-15. On 2026-12-01,
      // air to Urumqi (5 days) must leave by 12-10, air to Hangzhou (6) by 12-09, TIR to
      // Urumqi (12) by 12-03; TIR to Hangzhou (18) had to leave by 11-27.
      await decide.choose('ru-moscow', '2026-12-01');
      const date = (iso: string) => new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
      const alert = decide.deadline('RMA-MSK-9610');
      await expect(alert).toContainText(t('decide:deadline.exemption', { date: date('2026-12-15') }));
      await expect(alert).toContainText(t('decide:daysToShip', { count: 9 }));
      for (const [route, day] of [['ru-air-urc', '2026-12-10'], ['ru-air-hgh', '2026-12-09'], ['ru-tir-urc', '2026-12-03']] as const) {
        await expect(decide.deadlineRoute('RMA-MSK-9610', route)).toContainText(t('decide:deadline.shipByTaxFree', { date: date(day) }));
      }
      await expect(decide.deadlineRoute('RMA-MSK-9610', 'ru-tir-hgh')).toContainText(t('decide:deadline.missed', { date: date('2026-11-27') }));
      await expect(decide.deadlineRoute('RMA-MSK-9610', 'ru-tir-hgh')).toContainText(t('decide:transport.road_tir'));
    });
  });
}
