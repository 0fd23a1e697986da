import { expect, test } from '@playwright/test';
import type { Lang } from './pages/locale';
import { PresetsPage } from './pages/presets-page';

/** The seeded Moscow → Hangzhou TIR route (SEED_PRESETS 'ru-tir-hgh'): 30.00 CNY per kg. */
const ROUTE = 'ru-tir-hgh';
const MOSCOW: Record<Lang, string> = { en: 'Moscow overseas warehouse', 'zh-CN': '莫斯科海外仓' };

for (const [lang, locale] of [['en', 'en-US'], ['zh-CN', 'zh-CN']] as [Lang, string][]) {
  test.describe(`cost presets in ${lang}`, () => {
    test.use({ locale });

    test('an edited route price is saved and kept across a reload', async ({ page }) => {
      const presets = new PresetsPage(page, lang);
      await presets.open();
      await expect(presets.section().getByText(presets.p('status.seeded'))).toBeVisible();
      await presets.tab('routes');
      await expect(presets.routeField(ROUTE, 'perKgMinor')).toHaveValue('30.00');

      await presets.routeField(ROUTE, 'perKgMinor').fill('28.5');
      await presets.save();
      await expect(presets.toast()).toHaveText(presets.t('toast.saved'));
      await expect(presets.routeField(ROUTE, 'perKgMinor')).toHaveValue('28.50');
      await expect(presets.errorSummary()).toHaveCount(0);

      await presets.reload();
      await expect(presets.section().getByText(presets.p('status.customised'))).toBeVisible();
      await presets.tab('routes');
      await expect(presets.routeField(ROUTE, 'perKgMinor')).toHaveValue('28.50');
    });

    test('a bad value is refused, named in the summary, and nothing is saved', async ({ page }) => {
      const presets = new PresetsPage(page, lang);
      await presets.open();
      await presets.tab('routes');

      await presets.routeField(ROUTE, 'perKgMinor').fill('abc');
      await presets.save();
      await expect(presets.errorSummary()).toContainText(presets.t('errors.summary'));
      await expect(presets.errorSummary()).toContainText(`${presets.routePath(MOSCOW[lang], '2900', 'road_tir', 'perKgMinor')}: ${presets.t('errors.amount')}`);
      await expect(presets.routeField(ROUTE, 'perKgMinor')).toHaveAttribute('aria-invalid', 'true');
      await expect(presets.toast()).toHaveCount(0);

      // An end date before the start is refused the same way, on its own field.
      await presets.routeField(ROUTE, 'perKgMinor').fill('29.00');
      await presets.routeField(ROUTE, 'validTo').fill('2023-01-01');
      await presets.save();
      await expect(presets.errorSummary()).toContainText(`${presets.routePath(MOSCOW[lang], '2900', 'road_tir', 'validTo')}: ${presets.p('errors.endBeforeStart')}`);
      await expect(presets.errorSummary()).not.toContainText(presets.p('field.perKgMinor'));

      await presets.reload();
      await expect(presets.section().getByText(presets.p('status.seeded'))).toBeVisible();
      await presets.tab('routes');
      await expect(presets.routeField(ROUTE, 'perKgMinor')).toHaveValue('30.00');
      await expect(presets.routeField(ROUTE, 'validTo')).toHaveValue('');
    });

    test('reset to defaults restores the seed after saved edits', async ({ page }) => {
      const presets = new PresetsPage(page, lang);
      await presets.open();
      await presets.tab('routes');
      await presets.routeField(ROUTE, 'perKgMinor').fill('12');
      await presets.save();
      await expect(presets.toast()).toHaveText(presets.t('toast.saved'));

      await presets.resetToDefaults();
      await expect(presets.toast()).toHaveText(presets.p('reset.done'));
      await expect(presets.routeField(ROUTE, 'perKgMinor')).toHaveValue('30.00');
      await expect(presets.section().getByText(presets.p('status.seeded'))).toBeVisible();

      await presets.reload();
      await presets.tab('routes');
      await expect(presets.routeField(ROUTE, 'perKgMinor')).toHaveValue('30.00');
    });
  });
}
