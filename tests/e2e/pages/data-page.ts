import { expect, type Download, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { texts } from './locale';

type T = ReturnType<typeof texts>;

/** The Import & export page as a user works it: choose files, read summaries, download. */
export class DataPage {
  constructor(readonly page: Page, readonly t: T) {}

  async open() {
    await this.page.goto('/#/data');
    await expect(this.page.getByRole('heading', { level: 1, name: this.t('nav.data') })).toBeVisible();
    return this;
  }

  async chooseImport(path: string) {
    await this.page.getByLabel(this.t('data:import.choose')).setInputFiles(path);
  }

  summary() {
    return this.page.getByTestId('import-summary');
  }

  async expectSummary(added: number, updated: number, unchanged: number, rejected: number) {
    await expect(this.summary()).toHaveText(this.t('data:import.summary', { added, updated, unchanged, rejected }));
  }

  /** The mapping screen as proposed: its field → column choices, read back from the selects. */
  async proposedMapping(): Promise<Record<string, string>> {
    const form = this.page.locator('.data-mapping');
    await expect(form).toBeVisible();
    const out: Record<string, string> = {};
    for (const field of ['orderNo', 'orderDate', 'sku', 'qty', 'unitPrice', 'currency', 'buyerCountry', 'platform', 'shop']) {
      const value = await form.getByLabel(this.t(`data:mapping.field.${field}`), { exact: true }).inputValue();
      if (value) out[field] = value;
    }
    return out;
  }

  mappingNotes() {
    return this.page.getByTestId('mapping-notes');
  }

  async applyMapping() {
    await this.page.getByRole('button', { name: this.t('data:mapping.apply') }).click();
    await expect(this.summary()).toBeVisible();
  }

  /** Answers one unknown value in the review ("火星 — 1 rows — Buyer country") and checks again. */
  async resolveValue(value: string, rows: number, field: string, column: string, optionValue: string) {
    const box = this.page.getByTestId('import-unresolved');
    const label = this.t('data:import.unresolved.line', { value, rows, field: `${this.t(`data:mapping.field.${field}`)} · ${column}` });
    await box.getByLabel(label).selectOption(optionValue);
    await box.getByRole('button', { name: this.t('data:import.unresolved.apply') }).click();
  }

  /** The import defaults a one-country shop's file needs (Shopee's has no country or currency column). */
  async setDefaults(values: { hsCode: string; buyerCountry?: string; currency?: string }) {
    const box = this.page.locator('.data-defaults-box');
    await box.getByLabel(this.t('data:defaults.hsCode')).fill(values.hsCode);
    if (values.buyerCountry) await box.getByLabel(this.t('data:defaults.buyerCountry')).selectOption(values.buyerCountry);
    if (values.currency) await box.getByLabel(this.t('data:defaults.currency')).selectOption(values.currency);
    await box.getByRole('button', { name: this.t('data:defaults.apply') }).click();
  }

  async setDefaultHsCode(hsCode: string) {
    const box = this.page.locator('.data-defaults-box');
    await box.getByLabel(this.t('data:defaults.hsCode')).fill(hsCode);
    await box.getByRole('button', { name: this.t('data:defaults.apply') }).click();
  }

  async confirmImport(count: number) {
    await this.page.getByRole('button', { name: this.t('data:import.confirm', { count }) }).click();
    await expect(this.page.locator('.data-done')).toBeVisible();
  }

  async export(kind: string, format: 'xlsx' | 'csv', delimiter: ',' | ';' = ','): Promise<Buffer> {
    const card = this.page.locator('.data-export');
    await card.getByLabel(this.t('data:export.what')).selectOption(kind);
    await card.getByLabel(this.t('data:export.delimiter')).selectOption(delimiter);
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      card.getByRole('button', { name: this.t(`data:export.${format}`) }).click(),
    ]);
    return readFileSync(await (download as Download).path());
  }

  /** The accountant's workbook in the file language chosen on the card. */
  async workbook(): Promise<Buffer> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.locator('.data-export').getByRole('button', { name: this.t('data:export.workbook') }).click(),
    ]);
    return readFileSync(await (download as Download).path());
  }

  async backup(): Promise<string> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: this.t('data:backup.create') }).click(),
    ]);
    return (await download.path())!;
  }

  async chooseRestore(path: string) {
    await this.page.getByLabel(this.t('data:backup.choose')).setInputFiles(path);
    await expect(this.page.getByTestId('restore-preview')).toBeVisible();
  }

  /** The preview's rows: table name → [in the file, in the app now]. */
  async restoreCounts(): Promise<Record<string, [string, string]>> {
    const rows = this.page.getByTestId('restore-preview').locator('tbody tr');
    const out: Record<string, [string, string]> = {};
    for (const row of await rows.all()) {
      const cells = await row.locator('th, td').allTextContents();
      out[cells[0]!] = [cells[1]!, cells[2]!];
    }
    return out;
  }
}
