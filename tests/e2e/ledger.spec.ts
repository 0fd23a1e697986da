import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import type { Lang } from './pages/locale';

/**
 * The ledger as a seller uses it, in both languages: a product by barcode, an order with two
 * lines, a return moved through its life, edit, delete and undo, and a reload keeps it all.
 */
for (const lang of ['en', 'zh-CN'] as Lang[]) {
  test.describe(`ledger in ${lang}`, () => {
    test.use({ locale: lang });

    test('product by barcode, order with two lines, a return through three statuses, undo, reload', async ({ page }) => {
      const app = await new AppPage(page, lang).open('products');
      const { t } = app;

      // A scan of an unknown barcode starts a product with that barcode.
      const products = await app.products();
      const dialog = await products.scan('6901234567892');
      await expect(dialog.getByLabel(t('ledger:field.barcode'), { exact: true })).toHaveValue('6901234567892');
      await products.fill({ sku: 'CUP-THM-500', nameZh: '保温杯 500 毫升', nameEn: 'Thermal cup 500 ml', hsCode: '9617001900', unitWeightG: '380', goodsCost: '26' });
      await products.save();
      await expect(dialog).toBeHidden();
      await products.expectRow('CUP-THM-500');

      // An order: line 1 filled by scanning the barcode, line 2 typed by hand.
      const orders = await app.orders();
      await orders.startNew();
      await orders.fillHeader({ orderNo: '113-5550001-0000001', orderDate: '2026-05-02', exportDate: '2026-05-04', waybillNo: 'LP00555000100001' });
      await orders.scanIntoLine(0, '6901234567892', 'CUP-THM-500');
      await expect(await orders.lineField(0, 'ledger:field.hsCode')).toHaveValue('9617001900');
      await orders.fillLine(0, { qty: '3', unitPrice: '19.99', declaredValue: '12' });
      // The scan left the next line ready; it is typed by hand.
      await orders.fillLine(1, { sku: 'LED-STRIP-5M', nameZh: 'LED 灯带 5 米', hsCode: '9405420000', unitWeightG: '420', qty: '1', unitPrice: '24.50', declaredValue: '15' });
      await (await orders.lineField(1, 'ledger:field.unit')).selectOption({ index: 1 });
      await orders.save();
      await expect(orders.rows()).toHaveCount(1);
      await expect(orders.rows().first()).toContainText('CUP-THM-500, LED-STRIP-5M');
      // The list finds it by waybill and SKU prefix in any case, and says so when nothing matches.
      const search = page.getByRole('searchbox', { name: t('actions.search') });
      for (const typed of ['lp00555', 'led-strip', '113-5550001']) {
        await search.fill(typed);
        await expect(orders.rows()).toHaveCount(1);
      }
      await search.fill('NO-SUCH-ORDER');
      await expect(page.getByText(t('table.noMatch'))).toBeVisible();
      await expect(orders.rows()).toHaveCount(0);
      await search.fill('');
      await expect(orders.rows()).toHaveCount(1);

      // A return of two of the three cups, moved through three statuses.
      const returns = await app.returns();
      await returns.startNew();
      await returns.pickOrderLine('113-5550001-0000001', 'CUP-THM-500');
      await returns.fill({ rmaNo: 'RMA-E2E-1', qty: '2', reason: 'defective', grade: 'B' });
      await returns.saveExpectingClose();
      await expect(returns.rows()).toHaveCount(1);
      await returns.open('RMA-E2E-1');
      await returns.moveTo('received_overseas');
      await returns.moveTo('decided');
      await returns.moveTo('in_batch');
      await expect(returns.dialog().locator('.history li')).toHaveCount(4);

      // Edit keeps the history; delete, then undo, brings it back.
      await returns.fill({ notes: 'box dented' });
      await returns.saveExpectingClose();
      await returns.open('RMA-E2E-1');
      await returns.delete();
      await expect(returns.rows()).toHaveCount(0);
      await app.toast().getByRole('button', { name: t('actions.undo') }).click();
      await expect(returns.rows()).toHaveCount(1);

      // Everything survives a reload.
      await app.reload();
      await expect(returns.rows().filter({ hasText: 'RMA-E2E-1' })).toContainText(t('ledger:status.in_batch'));
      await returns.open('RMA-E2E-1');
      await expect(returns.dialog().getByLabel(t('ledger:field.notes'), { exact: true })).toHaveValue('box dented');
      await expect(returns.dialog().locator('.history li')).toHaveCount(4);
      await page.keyboard.press('Escape');
      const ordersAgain = await app.orders();
      await expect(ordersAgain.rows()).toHaveCount(1);
      await expect((await app.products()).rows()).toHaveCount(1);
    });

    test('a bad barcode and an over-quantity return are refused, naming the field, and nothing is saved', async ({ page }) => {
      const app = await new AppPage(page, lang).open('products');
      const { t } = app;
      const products = await app.products();
      await products.scan('6901234567893'); // check digit should be 2
      await products.fill({ sku: 'CUP-BAD', nameZh: '保温杯', hsCode: '9617001900', unitWeightG: '380', goodsCost: '26' });
      await products.save();
      await expect(app.errorSummary()).toContainText(`${t('ledger:field.barcode')}: ${t('errors.gtin')}`);
      await app.escapeAndDiscard();
      await expect(products.rows()).toHaveCount(0);

      const orders = await app.orders();
      await orders.startNew();
      await orders.fillHeader({ orderNo: 'TE000000000001', orderDate: '2026-06-01', exportDate: '2026-06-02' });
      await orders.fillLine(0, { sku: 'SOCK-CTN-5P', nameZh: '纯棉袜子五双装', hsCode: '6115950000', unitWeightG: '200', qty: '2', unitPrice: '9.90', declaredValue: '5' });
      await (await orders.lineField(0, 'ledger:field.unit')).selectOption({ index: 1 });
      await orders.save();

      const returns = await app.returns();
      await returns.startNew();
      await returns.pickOrderLine('TE000000000001', 'SOCK-CTN-5P');
      await returns.fill({ rmaNo: 'RMA-OVER', qty: '3', reason: 'size_fit', grade: 'A' });
      await returns.dialog().getByRole('button', { name: t('actions.save'), exact: true }).click();
      await expect(app.errorSummary()).toContainText(`${t('ledger:field.qty')}: ${t('errors.overQuantity', { sold: 2, returned: 0, max: 2 })}`);
      await app.escapeAndDiscard();
      await expect(returns.rows()).toHaveCount(0);
    });

    test('"39,99" as a unit price is refused with both readings, never saved as 3,999; full-width digits are read', async ({ page }) => {
      const app = await new AppPage(page, lang).open();
      const { t } = app;
      const orders = await app.orders();
      await orders.startNew();
      await orders.fillHeader({ orderNo: 'TE000000003999', orderDate: '2026-06-01', exportDate: '2026-06-02' });
      await orders.fillLine(0, { sku: 'SOCK-CTN-5P', nameZh: '纯棉袜子五双装', hsCode: '6115950000', unitWeightG: '２００', qty: '２', unitPrice: '39,99', declaredValue: '5' });
      await orders.line(0).getByLabel(t('ledger:field.unit'), { exact: true }).selectOption({ index: 1 });
      await orders.dialog().getByRole('button', { name: t('actions.save'), exact: true }).click();
      await expect(app.errorSummary()).toContainText(`${t('ledger:field.unitPriceMinor')}: ${t('errors.ambiguousComma', { point: '39.99', joined: '3999' })}`);
      await orders.fillLine(0, { unitPrice: '３９.９９' });
      await orders.save();
      await expect(orders.rows().filter({ hasText: 'TE000000003999' })).toHaveCount(1);
    });
  });
}
