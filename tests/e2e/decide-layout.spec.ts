import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import type { Lang } from './pages/locale';
import { TablePart } from './pages/table-part';

/**
 * Decide on the commonest laptop screen, 1366×768: every column of the pending list is inside
 * the window and no cell is cut; the options are read with the page's scroll, not a box inside
 * a box; the list shows each return's status and starts with the undecided; the banner opens
 * exactly the returns it counts.
 */
for (const lang of ['en', 'zh-CN'] as Lang[]) {
  test.describe(`decide at 1366×768 in ${lang}`, () => {
    test.use({ locale: lang, viewport: { width: 1366, height: 768 } });

    test('no clipped column, no nested scroll box, status filter, banner links to its returns', async ({ page }) => {
      const app = await new AppPage(page, lang).loadDemoData();
      const { t } = app;
      await app.open('decide');
      const list = page.getByRole('table', { name: t('decide:pending') });
      const rows = list.getByRole('row').filter({ has: page.getByRole('cell') });
      await expect(rows.first()).toBeVisible();

      const headers = await list.getByRole('columnheader').allTextContents();
      expect(headers).toContain(t('decide:column.net'));
      expect(headers).toContain(t('decide:column.savings'));
      expect(headers).toContain(t('ledger:field.status'));
      // Inside the window and inside the list's own box (which clipped Net and Savings before).
      const frame = (await page.locator('.decide-list').boundingBox())!;
      for (const cell of [...(await list.getByRole('columnheader').all()), ...(await rows.first().getByRole('cell').all())]) {
        const box = (await cell.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(Math.min(1366, frame.x + frame.width));
        // Nothing cut off inside the cell either ("-CN¥12.85" shown whole).
        expect(await cell.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
      }

      // Undecided first: every listed return waits for a decision; "Decided" shows the others.
      await expect(rows.filter({ hasText: t('ledger:status.decided') })).toHaveCount(0);
      const status = page.getByLabel(t('ledger:field.status'), { exact: true });
      await status.selectOption({ label: t('decide:show.decided') });
      const decidedCount = await rows.count();
      for (const row of await rows.all()) await expect(row).toContainText(t('ledger:status.decided'));
      expect(decidedCount).toBeGreaterThan(0);
      await status.selectOption({ label: t('decide:show.undecided') });

      // The options of a return: the page scrolls, the detail box does not.
      await rows.first().click();
      const detail = page.locator('.decide-detail');
      await expect(detail.locator('.option-card').first()).toBeVisible();
      expect(await detail.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);

      // "9 returns … have no location" opens those nine in Returns.
      const banner = page.locator('.notice-inline a').first();
      const count = Number((await banner.innerText()).match(/\d+/)![0]);
      await banner.click();
      await expect(page.getByRole('heading', { level: 1, name: t('nav.returns') })).toBeVisible();
      const filters = page.getByRole('group', { name: t('table.filter') });
      await expect(filters.getByRole('combobox', { name: t('ledger:field.locationId'), exact: true })).toHaveValue('none');
      await expect(filters.getByRole('combobox', { name: t('ledger:field.status'), exact: true })).toHaveValue('pending');
      await expect(page.getByRole('table').getByRole('row').filter({ has: page.getByRole('cell') })).toHaveCount(count);
    });

    test('the list sorts by a header, and a Shift-selected range is decided in one action, with undo', async ({ page }) => {
      const app = await new AppPage(page, lang).loadDemoData();
      const { t } = app;
      await app.open('decide');
      const list = new TablePart(page, t, t('decide:pending'));
      await expect(list.rows().first()).toBeVisible();
      await list.sortBy(t('decide:column.rma'));
      await expect(list.header(t('decide:column.rma'))).toHaveAttribute('aria-sort', 'ascending');
      const rmas = await list.column(t('decide:column.rma'));
      expect(rmas).toEqual([...rmas].sort((a, b) => a.localeCompare(b, 'zh-CN', { numeric: true })));
      const count = page.locator('.toolbar .muted').first();
      const before = Number((await count.innerText()).replace(/\D/g, ''));

      await list.click(0);
      await list.click(2, ['Shift']);
      await list.expectSelected(3);
      await list.bar().getByRole('button', { name: t('ledger:bulk.decide') }).click();
      await expect(app.toast()).toContainText(t('ledger:bulk.decided', { count: 3 }));
      // Decided now: they leave the undecided list; Undo brings them back.
      await expect(count).toHaveText(t('decide:pendingCount', { count: before - 3 }));
      await app.toast().getByRole('button', { name: t('actions.undo') }).click();
      await expect(count).toHaveText(t('decide:pendingCount', { count: before }));
    });
  });
}
