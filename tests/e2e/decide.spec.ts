import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { DecidePage } from './pages/decide-page';
import type { Lang } from './pages/locale';

/**
 * The reform at work on the demo's Moscow lots: a 9610 lot that left via Khorgos comes home by
 * TIR into Hangzhou, near the seller; a 9810 lot may only use its original district.
 */
for (const lang of ['en', 'zh-CN'] as Lang[]) {
  test.describe(`decide in ${lang}`, () => {
    test.use({ locale: lang });

    test('Moscow: TIR via Hangzhou for the 9610 lot, the original district for the 9810 lot; accepting moves the status', async ({ page }) => {
      const app = await new AppPage(page, lang).open('settings');
      const { t } = app;
      await app.loadDemoData();

      await app.open('decide');
      const decide = new DecidePage(page, t);
      await decide.choose('ru-moscow', '2026-11-20');

      await decide.open('RMA-MSK-9610');
      const best = decide.recommended();
      await expect(best).toHaveAttribute('data-kind', 'home_other');
      await expect(best).toContainText(t('decide:kind.home_other'));
      await expect(best).toContainText(lang === 'en' ? 'Hangzhou' : '杭州关区');
      await expect(best).toContainText(t('decide:transport.road_tir'));
      await decide.expectLinesAddUp(best);
      await decide.accept();

      await decide.open('RMA-MSK-9810');
      await expect(decide.recommended()).toHaveAttribute('data-kind', 'home_original');
      await expect(decide.recommended()).toContainText(lang === 'en' ? 'Urumqi' : '乌鲁木齐关区');
      const crossDistrict = decide.decision().locator('[data-kind="home_other"]');
      await expect(crossDistrict.first()).toContainText(t('decide:notAllowed'));
      await expect(crossDistrict.first()).toContainText(t('decide:reason.crossDistrictMode', { mode: '9810' }));

      const returns = await app.returns();
      await expect(returns.rows().filter({ hasText: 'RMA-MSK-9610' })).toContainText(t('ledger:status.decided'));
      await expect(returns.rows().filter({ hasText: 'RMA-MSK-9810' })).toContainText(t('ledger:status.received_overseas'));
    });
  });
}
