import { expect, type Page } from '@playwright/test';
import type { texts } from './locale';
import { TablePart } from './table-part';

type T = ReturnType<typeof texts>;

export class ReturnsPage {
  readonly list: TablePart;

  constructor(readonly page: Page, readonly t: T) {
    this.list = new TablePart(page, t, t('ledger:returns.title'));
  }

  /** Picks a filter by its label; `value` is the option's visible text. */
  async filter(label: string, option: string) {
    await this.page.getByRole('group', { name: this.t('table.filter') }).getByRole('combobox', { name: label, exact: true }).selectOption({ label: option });
  }

  async search(text: string) {
    await this.page.getByRole('searchbox', { name: this.t('actions.search') }).fill(text);
  }

  /** A bulk action from the selection bar: one of its pickers (set location, condition…), by the option's text. */
  async bulk(picker: string, option: string) {
    await this.list.bar().getByRole('combobox', { name: this.t(picker), exact: true }).selectOption({ label: option });
  }

  dialog() {
    return this.page.getByRole('dialog');
  }

  rows() {
    return this.page.getByRole('table').getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  /** A real scanner on the page: the code's keys a few ms apart, then Enter. */
  async scanBurst(code: string) {
    await this.page.keyboard.type(code, { delay: 6 });
    await this.page.keyboard.press('Enter');
  }

  async startNew() {
    await this.page.getByRole('button', { name: this.t('ledger:returns.new') }).click();
    await expect(this.dialog()).toBeVisible();
  }

  /** Finds the order by number, picks it, then picks the line whose SKU is given. */
  async pickOrderLine(orderNo: string, sku: string) {
    const d = this.dialog();
    await d.getByLabel(this.t('ledger:returns.findOrder'), { exact: true }).fill(orderNo);
    await d.getByRole('button', { name: new RegExp(`^${orderNo.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ·`) }).click();
    await d.getByRole('radio', { name: new RegExp(sku) }).check();
  }

  async fill(fields: { rmaNo?: string; qty?: string; reason?: string; grade?: string; notes?: string; requestedDate?: string }) {
    const d = this.dialog();
    if (fields.rmaNo !== undefined) await d.getByLabel(this.t('ledger:field.rmaNo'), { exact: true }).fill(fields.rmaNo);
    if (fields.qty !== undefined) await d.getByLabel(this.t('ledger:field.qty'), { exact: true }).fill(fields.qty);
    if (fields.reason) await d.getByLabel(this.t('ledger:field.reason'), { exact: true }).selectOption({ label: this.t(`ledger:reason.${fields.reason}`) });
    if (fields.grade) await d.getByLabel(this.t('ledger:field.grade'), { exact: true }).selectOption({ label: this.t(`ledger:grade.${fields.grade}`) });
    if (fields.notes !== undefined) await d.getByLabel(this.t('ledger:field.notes'), { exact: true }).fill(fields.notes);
    if (fields.requestedDate !== undefined) await d.getByLabel(this.t('ledger:field.requestedDate'), { exact: true }).fill(fields.requestedDate);
  }

  async save() {
    await this.dialog().getByRole('button', { name: this.t('actions.save'), exact: true }).click();
  }

  async saveExpectingClose() {
    await this.dialog().getByRole('button', { name: this.t('actions.save'), exact: true }).click();
    await expect(this.dialog()).toBeHidden();
  }

  async open(rmaNo: string) {
    await this.rows().filter({ hasText: rmaNo }).click();
    await expect(this.dialog()).toBeVisible();
  }

  async moveTo(status: string) {
    await this.dialog().getByRole('group', { name: this.t('ledger:returns.move') }).getByRole('button', { name: this.t(`ledger:status.${status}`), exact: true }).click();
    await expect(this.dialog().getByTestId('current-status')).toHaveText(this.t(`ledger:status.${status}`));
  }

  async delete() {
    await this.dialog().getByRole('button', { name: this.t('actions.delete'), exact: true }).click();
    await expect(this.dialog()).toBeHidden();
  }
}
