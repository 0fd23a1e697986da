import { expect, type Page } from '@playwright/test';
import type { texts } from './locale';
import { TablePart } from './table-part';

type T = ReturnType<typeof texts>;

export interface LineFields {
  barcode?: string;
  sku?: string;
  nameZh?: string;
  hsCode?: string;
  unitWeightG?: string;
  qty?: string;
  unitPrice?: string;
  declaredValue?: string;
}

const LINE_LABELS: Record<keyof LineFields, string> = {
  barcode: 'ledger:field.barcode', sku: 'ledger:field.sku', nameZh: 'ledger:field.nameZh', hsCode: 'ledger:field.hsCode',
  unitWeightG: 'ledger:field.unitWeightG', qty: 'ledger:field.qty', unitPrice: 'ledger:field.unitPriceMinor', declaredValue: 'ledger:field.declaredValueMinor',
};

export class OrdersPage {
  readonly list: TablePart;

  constructor(readonly page: Page, readonly t: T) {
    this.list = new TablePart(page, t, t('ledger:orders.title'));
  }

  async search(text: string) {
    await this.page.getByRole('searchbox', { name: this.t('actions.search') }).fill(text);
  }

  dialog() {
    return this.page.getByRole('dialog');
  }

  async startNew() {
    await this.page.getByRole('button', { name: this.t('ledger:orders.new') }).click();
    await expect(this.dialog()).toBeVisible();
  }

  async fillHeader(fields: { orderNo: string; orderDate: string; exportDate: string; waybillNo?: string; declarationNo?: string }) {
    const d = this.dialog();
    await d.getByLabel(this.t('ledger:field.orderNo'), { exact: true }).fill(fields.orderNo);
    await d.getByLabel(this.t('ledger:field.orderDate'), { exact: true }).fill(fields.orderDate);
    await d.getByLabel(this.t('ledger:field.exportDate'), { exact: true }).fill(fields.exportDate);
    if (fields.waybillNo) await d.getByLabel(this.t('ledger:field.waybillNo'), { exact: true }).fill(fields.waybillNo);
    if (fields.declarationNo) await d.getByLabel(this.t('ledger:field.declarationNo'), { exact: true }).fill(fields.declarationNo);
  }

  /** A line of the compact table: its row and, when open, its row of declaration details. */
  line(index: number) {
    return this.dialog().locator(`[data-testid="line-${index}"], [data-testid="line-${index}-detail"]`);
  }

  /** A line's input by its label; the declaration details (HS code, unit, weight …) are opened first if closed. */
  async lineField(index: number, labelKey: string) {
    const field = this.line(index).getByLabel(this.t(labelKey), { exact: true });
    if ((await field.count()) === 0) {
      await this.dialog().getByTestId(`line-${index}`).getByRole('button', { name: this.t('ledger:orders.lineDetailsOf', { n: index + 1 }) }).click();
    }
    return field;
  }

  /** Types the barcode and Enter, as a scanner does, then waits for the catalog to fill the line. */
  async scanIntoLine(index: number, barcode: string, expectSku: string) {
    const field = this.line(index).getByLabel(this.t('ledger:field.barcode'), { exact: true });
    await field.fill(barcode);
    await field.press('Enter');
    await expect(this.line(index).getByLabel(this.t('ledger:field.sku'), { exact: true })).toHaveValue(expectSku);
  }

  /** A real scanner: the code's keys a few ms apart, then Enter, into whatever has the focus. */
  async scanBurst(code: string) {
    await this.page.keyboard.type(code, { delay: 6 });
    await this.page.keyboard.press('Enter');
  }

  barcodeOf(index: number) {
    return this.dialog().getByTestId(`line-${index}`).getByLabel(this.t('ledger:field.barcode'), { exact: true });
  }

  async fillLine(index: number, fields: LineFields) {
    for (const [key, value] of Object.entries(fields) as [keyof LineFields, string][]) {
      await (await this.lineField(index, LINE_LABELS[key])).fill(value);
    }
  }

  /** Closes the drawer with Escape; with typed work in it, the drawer asks first. */
  async escape() {
    await this.page.keyboard.press('Escape');
  }

  unsavedQuestion() {
    return this.page.getByRole('alertdialog', { name: this.t('unsaved.question') });
  }

  async addLine() {
    await this.dialog().getByRole('button', { name: this.t('actions.addLine') }).click();
  }

  async save() {
    await this.dialog().getByRole('button', { name: this.t('actions.save'), exact: true }).click();
    await expect(this.dialog()).toBeHidden();
  }

  rows() {
    return this.page.getByRole('table').getByRole('row').filter({ has: this.page.getByRole('cell') });
  }
}
