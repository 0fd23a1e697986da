import { expect, test } from '@playwright/test';
import { demoProducts } from '../../shared/demo/demo-catalog';
import { AppPage } from './pages/app-page';
import type { Lang } from './pages/locale';

/**
 * Entry as a warehouse does it: an order built from scanner bursts without the mouse, typed
 * work that Escape, a click outside, navigation or closing the window does not throw away, and
 * a return dated before its order refused with the date it conflicts with.
 */
const [cup, case_, lamp] = demoProducts();

for (const lang of ['en', 'zh-CN'] as Lang[]) {
  test.describe(`scanner-first entry in ${lang}`, () => {
    test.use({ locale: lang });

    test('scanner bursts build a 3-line order without the mouse; the same barcode again adds one', async ({ page }) => {
      const app = await new AppPage(page, lang).loadDemoData();
      const { t } = app;
      const orders = await app.orders();
      await page.keyboard.press('Control+KeyN');
      await expect(orders.dialog()).toBeVisible();
      // Focus starts on the platform; Tab to the order no. and type it.
      await page.keyboard.press('Tab');
      await page.keyboard.type(`SCAN-${lang}-0001`);
      // The country picker reads "uk" as the United Kingdom (GB), searching names and codes.
      const country = orders.dialog().getByLabel(t('ledger:field.buyerCountry'), { exact: true });
      await country.fill('uk');
      await expect(page.getByRole('listbox').getByRole('option').first()).toHaveText(new RegExp(`^${new Intl.DisplayNames([lang], { type: 'region' }).of('GB')} GB`));
      await country.press('Enter');
      await expect(country).toHaveValue(new Intl.DisplayNames([lang], { type: 'region' }).of('GB')!);
      await orders.barcodeOf(0).focus();

      await orders.scanBurst(cup!.barcode);
      await expect(orders.line(0).getByLabel(t('ledger:field.sku'), { exact: true })).toHaveValue(cup!.sku);
      await expect(orders.barcodeOf(1)).toBeFocused();
      await orders.scanBurst(case_!.barcode);
      await expect(orders.line(1).getByLabel(t('ledger:field.sku'), { exact: true })).toHaveValue(case_!.sku);
      await expect(orders.barcodeOf(2)).toBeFocused();
      // The first product again: one more on its line, and the empty line stays ready.
      await orders.scanBurst(cup!.barcode);
      await expect(orders.line(0).getByLabel(t('ledger:field.qty'), { exact: true })).toHaveValue('2');
      await expect(orders.barcodeOf(2)).toBeFocused();
      await expect(orders.barcodeOf(2)).toHaveValue('');
      await orders.scanBurst(lamp!.barcode);
      await expect(orders.line(2).getByLabel(t('ledger:field.sku'), { exact: true })).toHaveValue(lamp!.sku);
      await expect(orders.barcodeOf(3)).toBeFocused();

      // Prices are typed; Ctrl+Enter saves. The empty line kept for the next scan is not saved.
      for (const i of [0, 1, 2]) await orders.fillLine(i, { unitPrice: '9.90', declaredValue: '5' });
      await page.keyboard.press('Control+Enter');
      await expect(orders.dialog()).toBeHidden();
      const row = orders.rows().filter({ hasText: `SCAN-${lang}-0001` });
      await expect(row).toContainText(`${cup!.sku}, ${case_!.sku}, ${lamp!.sku}`);
      await expect(row).toContainText(new Intl.DisplayNames([lang], { type: 'region' }).of('GB')!);
      await row.click();
      await expect(orders.dialog().locator('tr.line-row')).toHaveCount(3);
      await expect(orders.line(0).getByLabel(t('ledger:field.qty'), { exact: true })).toHaveValue('2');
    });

    test('in Returns, a scanned RMA opens its return and a scanned tracking no. starts one on that order', async ({ page }) => {
      const app = await new AppPage(page, lang).loadDemoData();
      const { t } = app;
      const orders = await app.orders();
      // A single-line order's waybill, as printed on its parcel.
      await expect(orders.rows().first()).toBeVisible();
      const [orderNos, skus, waybills] = await Promise.all([
        orders.list.column(t('ledger:field.orderNo')), orders.list.column(t('ledger:column.lines')), orders.list.column(t('ledger:field.waybillNo')),
      ]);
      const one = skus.findIndex((s) => !s.includes(','));
      const [orderNo, waybill] = [orderNos[one]!.trim(), waybills[one]!.trim()];
      const returns = await app.returns();
      await expect(returns.rows().first()).toBeVisible();
      const rma = (await returns.list.column(t('ledger:field.rmaNo')))[0]!.trim();

      await returns.scanBurst(rma);
      await expect(returns.dialog()).toHaveAccessibleName(t('ledger:returns.edit'));
      await expect(returns.dialog().getByLabel(t('ledger:field.rmaNo'), { exact: true })).toHaveValue(rma);
      await page.keyboard.press('Escape');
      await expect(returns.dialog()).toBeHidden();

      await returns.scanBurst(waybill);
      await expect(returns.dialog()).toHaveAccessibleName(t('ledger:returns.new'));
      await expect(returns.dialog().getByLabel(t('ledger:returns.findOrder'), { exact: true })).toHaveValue(orderNo);
      await expect(returns.dialog().getByRole('radio')).toBeChecked();
    });

    test('Escape, a click outside, navigation and closing the window do not lose a half-typed order', async ({ page }) => {
      const app = await new AppPage(page, lang).open('orders');
      const { t } = app;
      const orders = await app.orders();
      await orders.startNew();
      await orders.fillHeader({ orderNo: 'HALF-TYPED-1', orderDate: '2026-06-01', exportDate: '2026-06-02' });
      await orders.fillLine(0, { sku: 'SOCK-CTN-5P', nameZh: '纯棉袜子五双装' });

      await orders.escape();
      await expect(orders.unsavedQuestion()).toBeVisible();
      await orders.unsavedQuestion().getByRole('button', { name: t('unsaved.keep') }).click();
      await expect(orders.unsavedQuestion()).toBeHidden();
      // Escape while asked means "keep editing" too.
      await orders.escape();
      await orders.escape();
      await expect(orders.unsavedQuestion()).toBeHidden();
      await page.mouse.click(20, 400);
      await expect(orders.unsavedQuestion()).toBeVisible();
      await page.keyboard.press('Escape');
      await page.keyboard.press('Alt+Digit2');
      await expect(orders.unsavedQuestion()).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: t('nav.orders') })).toBeVisible();
      await orders.unsavedQuestion().getByRole('button', { name: t('unsaved.keep') }).click();

      // Closing the tab or reloading asks the browser's own question.
      const asked = new Promise<string>((resolve) => page.once('dialog', (d) => { resolve(d.type()); void d.dismiss(); }));
      await page.close({ runBeforeUnload: true });
      expect(await asked).toBe('beforeunload');
      await expect(orders.dialog().getByLabel(t('ledger:field.orderNo'), { exact: true })).toHaveValue('HALF-TYPED-1');
      await expect(orders.line(0).getByLabel(t('ledger:field.sku'), { exact: true })).toHaveValue('SOCK-CTN-5P');

      // Discarding is a choice the person makes.
      await app.escapeAndDiscard();
      await expect(orders.rows()).toHaveCount(0);
    });

    test('a return dated before its order is refused, naming the field and the order date', async ({ page }) => {
      const app = await new AppPage(page, lang).open('orders');
      const { t } = app;
      const orders = await app.orders();
      await orders.startNew();
      await orders.fillHeader({ orderNo: 'DATED-0001', orderDate: '2026-05-02', exportDate: '2026-05-04' });
      await orders.fillLine(0, { sku: 'SOCK-CTN-5P', nameZh: '纯棉袜子五双装', hsCode: '6115950000', unitWeightG: '200', qty: '2', unitPrice: '9.90', declaredValue: '5' });
      await (await orders.lineField(0, 'ledger:field.unit')).selectOption({ index: 1 });
      await orders.save();

      const returns = await app.returns();
      await returns.startNew();
      await returns.pickOrderLine('DATED-0001', 'SOCK-CTN-5P');
      await returns.fill({ rmaNo: 'RMA-EARLY', qty: '1', reason: 'size_fit', grade: 'A', requestedDate: '2026-05-01' });
      await returns.save();
      const orderDate = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date('2026-05-02T00:00:00Z'));
      await expect(app.errorSummary()).toContainText(`${t('ledger:field.requestedDate')}: ${t('errors.beforeOrderDate', { date: orderDate })}`);
      await expect(returns.dialog()).toBeVisible();
      await returns.fill({ requestedDate: '2026-05-02' });
      await returns.saveExpectingClose();
      await expect(returns.rows()).toHaveCount(1);
    });
  });
}
