import { expect, type Page } from '@playwright/test';
import type { texts } from './locale';

type T = ReturnType<typeof texts>;

export interface ProductFields {
  sku: string;
  nameZh: string;
  nameEn: string;
  hsCode: string;
  unitWeightG: string;
  goodsCost: string;
}

export class ProductsPage {
  constructor(readonly page: Page, readonly t: T) {}

  /** A barcode scanner types the digits and presses Enter in the search field. */
  async scan(code: string) {
    const search = this.page.getByRole('searchbox', { name: this.t('actions.search') });
    await search.fill(code);
    await search.press('Enter');
    return this.dialog();
  }

  dialog() {
    return this.page.getByRole('dialog');
  }

  async fill(fields: Partial<ProductFields> & { barcode?: string }) {
    const d = this.dialog();
    const labels: Record<string, string> = {
      sku: 'ledger:field.sku', barcode: 'ledger:field.barcode', nameZh: 'ledger:field.nameZh', nameEn: 'ledger:field.nameEn',
      hsCode: 'ledger:field.hsCode', unitWeightG: 'ledger:field.unitWeightG', goodsCost: 'ledger:field.goodsCostFen',
    };
    for (const [key, value] of Object.entries(fields)) await d.getByLabel(this.t(labels[key]!), { exact: true }).fill(value);
  }

  async save() {
    await this.dialog().getByRole('button', { name: this.t('actions.save'), exact: true }).click();
  }

  rows() {
    return this.page.getByRole('table').getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  async expectRow(text: string) {
    await expect(this.rows().filter({ hasText: text })).toHaveCount(1);
  }
}
