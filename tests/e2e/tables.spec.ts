import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import type { Lang } from './pages/locale';

const zhOrder = (list: string[]) => [...list].sort((a, b) => a.localeCompare(b, 'zh-CN', { numeric: true }));
const count = (app: AppPage, n: number) => app.t('table.count', { count: n });

for (const lang of ['en', 'zh-CN'] as Lang[]) {
  test.describe(lang, () => {
    test.use({ locale: lang });

    test('orders sort by a header click (indexed and not), search by product name and pinyin, and remember hidden columns', async ({ page }) => {
      const app = await new AppPage(page, lang).loadDemoData();
      const orders = await app.orders();
      const { list, t } = orders;
      const orderNo = t('ledger:field.orderNo');
      await expect(list.rows().first()).toBeVisible();

      await list.sortBy(orderNo);
      await expect(list.header(orderNo)).toHaveAttribute('aria-sort', 'ascending');
      await expect.poll(async () => { const v = await list.column(orderNo); return v.length > 5 && v.join() === [...v].sort().join(); }).toBe(true);
      await list.sortBy(orderNo);
      await expect(list.header(orderNo)).toHaveAttribute('aria-sort', 'descending');
      await expect.poll(async () => { const v = await list.column(orderNo); return v.length > 5 && v.join() === [...v].sort().reverse().join(); }).toBe(true);

      // Product has no index: the sort worker reads every order.
      const product = t('ledger:column.product');
      await list.sortBy(product);
      await expect(list.header(product)).toHaveAttribute('aria-sort', 'ascending');
      await expect.poll(async () => {
        const firsts = (await list.column(product)).map((p) => p.split('、')[0]!);
        return firsts.length > 5 && firsts.join() === zhOrder(firsts).join();
      }).toBe(true);
      await expect(page).toHaveURL(/sort=product&dir=asc/);

      await orders.search('蓝牙');
      await expect.poll(async () => { const names = await list.column(product); return names.length > 0 && names.every((n) => n.includes('蓝牙')); }).toBe(true);
      const muted = page.locator('.toolbar .muted').first();
      const byName = await muted.textContent();
      await orders.search('lyej');
      await expect(muted).toHaveText(byName!);

      await list.chooseColumns(t('ledger:field.waybillNo'));
      await expect(list.header(t('ledger:field.waybillNo'))).toBeHidden();
      const platform = t('ledger:field.platform');
      const narrow = await list.width(platform);
      const wide = await list.resize(platform, 60);
      expect(wide).toBeGreaterThanOrEqual(narrow + 50);
      await app.reload();
      expect(await list.width(platform)).toBe(wide);
      await expect(list.header(product)).toHaveAttribute('aria-sort', 'ascending');
      await expect(page.getByRole('searchbox', { name: t('actions.search') })).toHaveValue('lyej');
      await expect(list.header(t('ledger:field.waybillNo'))).toBeHidden();
      await expect(list.header(orderNo)).toBeVisible();
    });

    test('a search shows its first rows while the rest is counted, then the count', async ({ page }, info) => {
      // Reads of the SKU index answer late, as a SKU a tenth of a million orders share does
      // (most of a second); only once the test turns it on.
      await page.addInitScript(() => {
        const read = IDBIndex.prototype.getAllKeys;
        IDBIndex.prototype.getAllKeys = function (this: IDBIndex, ...args: Parameters<typeof read>) {
          const request = read.apply(this, args);
          const ms = (window as { slowSkuReadMs?: number }).slowSkuReadMs ?? 0;
          if (this.name !== 'skus' || ms === 0) return request;
          let handler: IDBRequest['onsuccess'] = null;
          Object.defineProperty(request, 'onsuccess', { configurable: true, get: () => handler, set: (h: IDBRequest['onsuccess']) => { handler = h; } });
          request.addEventListener('success', (event) => setTimeout(() => handler?.call(request, event), ms));
          return request;
        };
      });
      const app = await new AppPage(page, lang).loadDemoData();
      const orders = await app.orders();
      const { list, t } = orders;
      const product = t('ledger:column.product');
      const status = page.locator('.toolbar [data-counted]');
      await expect(list.rows().first()).toBeVisible();
      for (const [width, height] of [[1366, 768], [1920, 1080]] as const) {
        await page.setViewportSize({ width, height });
        await page.evaluate(() => { (window as { slowSkuReadMs?: number }).slowSkuReadMs = 3000; });
        await orders.search('蓝牙');
        // The newest matching orders at once, "N+ rows, counting…"; every row shown matches.
        await expect(status).toHaveAttribute('data-counted', 'false');
        const shown = await list.column(product);
        expect(shown.length).toBeGreaterThan(0);
        expect(shown.every((n) => n.includes('蓝牙'))).toBe(true);
        await expect(status).toHaveText(app.t('table.counting', { count: await list.rowCount() }));
        await page.screenshot({ path: info.outputPath(`orders-counting-${lang}-${width}.png`) });
        // Then the count, and the list as before.
        await expect(status).toHaveAttribute('data-counted', 'true', { timeout: 15_000 });
        await page.evaluate(() => { (window as { slowSkuReadMs?: number }).slowSkuReadMs = 0; });
        const counted = await status.textContent();
        await orders.search('');
        await orders.search('蓝牙');
        await expect(status).toHaveText(counted!);
        await orders.search('');
      }
    });

    test('orders: export the selected rows; deleting a selection that has returns is refused, naming them, and deletes nothing', async ({ page }) => {
      const app = await new AppPage(page, lang).loadDemoData();
      const orders = await app.orders();
      const { list, t } = orders;
      await expect(list.rows().first()).toBeVisible();
      await list.click(0);
      await page.getByRole('dialog').getByRole('button', { name: t('actions.close') }).click();
      await list.click(2, ['Shift']);
      await list.expectSelected(3);
      const download = page.waitForEvent('download');
      await list.bar().getByRole('button', { name: t('ledger:bulk.exportSelected') }).click();
      expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
      // "3 rows exported to …" up to the file's name, which carries the date.
      await expect(app.toast()).toContainText(t('data:export.done', { rows: 3, file: '@' }).split('@')[0]!);

      const muted = page.locator('.toolbar .muted').first();
      const all = await muted.textContent();
      await list.row(0).focus();
      await page.keyboard.press('ControlOrMeta+a');
      await list.expectSelected(Number(all!.replace(/\D/g, '')));
      await list.bar().getByRole('button', { name: t('ledger:bulk.deleteSelected') }).click();
      await expect(page.getByRole('alert')).toContainText(t('ledger:field.orderNo'));
      await expect(muted).toHaveText(all!);
    });

    test('Shift-select 30 returns and move them to another location in one action, then undo it; keys select and open', async ({ page }) => {
      const app = await new AppPage(page, lang).loadDemoData();
      const returns = await app.returns();
      const { list, t } = returns;
      // Locations are named in the screen's language (the seeded names, shared/decide/presets-seed.ts).
      const [us, de] = lang === 'en' ? ['Amazon US return address (FBA)', 'Amazon DE return address'] : ['亚马逊美国退货地址 (FBA)', '亚马逊德国退货地址'];
      await returns.filter(t('ledger:field.locationId'), us);
      await list.sortBy(t('ledger:field.rmaNo'));
      // The re-sorted list replaces the one on screen once read: click only in the new order.
      await expect.poll(async () => {
        const rma = await list.column(t('ledger:field.rmaNo'));
        return rma.length > 1 && rma.every((r, i) => i === 0 || rma[i - 1]! <= r);
      }).toBe(true);
      const muted = page.locator('.toolbar .muted').first();
      const before = Number((await muted.textContent())!.replace(/\D/g, ''));
      expect(before).toBeGreaterThan(30);

      await list.click(0);
      await expect(returns.dialog()).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(returns.dialog()).toBeHidden();
      await list.scrollTo(29);
      await list.click(29, ['Shift']);
      await list.expectSelected(30);

      await returns.bulk('ledger:bulk.setLocation', de);
      await expect(app.toast()).toContainText(t('ledger:bulk.changed', { count: 30 }));
      await expect(muted).toHaveText(count(app, before - 30));

      await app.toast().getByRole('button', { name: t('actions.undo') }).click();
      await expect(muted).toHaveText(count(app, before));

      // Keys: Space adds a row, Ctrl/⌘+A takes every matching row, Enter opens the focused one.
      // The 30 stay selected after the undo.
      await list.expectSelected(30);
      await list.clearSelection();
      await list.scrollTo(0);
      await list.click(0, ['ControlOrMeta']);
      await list.expectSelected(1);
      await page.keyboard.press('ArrowDown');
      await expect(list.row(1)).toBeFocused();
      await page.keyboard.press('Space');
      await list.expectSelected(2);
      await expect(list.row(1)).toBeFocused();
      await page.keyboard.press('ControlOrMeta+a');
      await list.expectSelected(before);
      await expect(list.row(1)).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(returns.dialog()).toBeVisible();
    });

    test('return filters live in the URL: they survive a reload, and "returns without a location" is a link', async ({ page }) => {
      const app = await new AppPage(page, lang).loadDemoData();
      const returns = await app.returns();
      const { t } = returns;
      await returns.filter(t('ledger:field.status'), t('ledger:status.received_overseas'));
      await returns.filter(t('ledger:field.reason'), t('ledger:reason.damaged'));
      await expect.poll(async () => { const r = await returns.list.column(t('ledger:field.reason')); return r.length > 0 && r.every((x) => x === t('ledger:reason.damaged')); }).toBe(true);
      const muted = page.locator('.toolbar .muted').first();
      const shown = await muted.textContent();
      await expect(page).toHaveURL(/#\/returns\?.*status=received_overseas.*reason=damaged/);
      await app.reload();
      await expect(page.getByRole('group', { name: t('table.filter') }).getByRole('combobox', { name: t('ledger:field.status'), exact: true })).toHaveValue('received_overseas');
      await expect(muted).toHaveText(shown!);
      for (const status of await returns.list.column(t('ledger:field.status'))) expect(status).toBe(t('ledger:status.received_overseas'));

      await app.open('returns?location=none');
      await expect(page.getByRole('group', { name: t('table.filter') }).getByRole('combobox', { name: t('ledger:field.locationId'), exact: true })).toHaveValue('none');
      const locations = await returns.list.column(t('ledger:field.locationId'));
      expect(locations.length).toBeGreaterThan(0);
      for (const l of locations) expect(l).toBe('');
    });
  });
}
