import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Download, type Page } from '@playwright/test';
import { texts, type Lang } from './locale';

type Tree = { [key: string]: string | Tree };

/** texts(lang) plus the requests namespace, which locale.ts does not load. */
export function requestTexts(lang: Lang) {
  const common = texts(lang);
  const tree = JSON.parse(readFileSync(fileURLToPath(new URL(`../../../shared/locales/${lang}/requests.json`, import.meta.url)), 'utf8')) as Tree;
  return (key: string, params: Record<string, string | number> = {}) => {
    if (!key.startsWith('requests:')) return common(key, params);
    let node: string | Tree | undefined = tree;
    for (const part of key.slice('requests:'.length).split('.')) node = typeof node === 'object' ? node[part] : undefined;
    if (typeof node !== 'string') throw new Error(`missing ${lang} text ${key}`);
    return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
  };
}

export interface SellerFields {
  companyZh: string;
  companyEn: string;
  uscc: string;
  customsCode: string;
  address: string;
}

export interface SiteFields {
  name: string;
  nameEn: string;
  /** A district code, e.g. 2200. */
  districtCode: string;
  operator: string;
  contact: string;
  phone: string;
  address: string;
}

export interface BatchFields {
  locationName: string;
  routeIndex?: number;
  supervisedSite?: string;
  carrier?: string;
  masterWaybill?: string;
}

/** Settings as the Requests flow needs it: demo data and the seller profile. */
export class SettingsForRequests {
  constructor(readonly page: Page, readonly t: ReturnType<typeof requestTexts>) {}

  async loadDemo() {
    await this.page.getByRole('button', { name: this.t('actions.loadDemo') }).click();
    await expect(this.page.locator('.toast')).toBeVisible({ timeout: 30_000 });
  }

  async fillSeller(fields: SellerFields) {
    await this.submitSeller(fields);
    await expect(this.page.locator('.toast')).toContainText(this.t('toast.saved'));
  }

  /** Types the profile and presses its Save, without assuming it is accepted. */
  async submitSeller(fields: Partial<SellerFields>) {
    for (const [key, value] of Object.entries(fields)) await this.page.getByLabel(this.t(`ledger:settings.${key}`), { exact: true }).fill(value);
    await this.sellerForm().getByRole('button', { name: this.t('actions.save'), exact: true }).click();
  }

  /** The customs broker, who is the consignee (TO) on every label. */
  async fillBroker(fields: Partial<Record<'name' | 'contact' | 'phone' | 'address', string>>) {
    const form = this.page.locator('form').filter({ has: this.page.getByLabel(this.t('ledger:settings.brokerFields.name'), { exact: true }) });
    for (const [key, value] of Object.entries(fields)) await form.getByLabel(this.t(`ledger:settings.brokerFields.${key}`), { exact: true }).fill(value);
    await form.getByRole('button', { name: this.t('actions.save'), exact: true }).click();
    await expect(this.page.locator('.toast').last()).toContainText(this.t('toast.saved'));
  }

  /** Settings → supervised sites: adds one (or, given `editing`, changes that one) and saves. */
  async saveSite(fields: Partial<SiteFields>, editing?: string) {
    const card = this.sitesCard();
    await card.getByRole('button', editing ? { name: `${this.t('actions.edit')} · ${editing}`, exact: true } : { name: this.t('ledger:settings.addSite'), exact: true }).click();
    const form = card.getByRole('form');
    for (const [key, value] of Object.entries(fields)) {
      const input = form.getByLabel(this.t(`ledger:settings.siteFields.${key}`), { exact: true });
      if (key === 'districtCode') await input.selectOption(value);
      else await input.fill(value);
    }
    await form.getByRole('button', { name: this.t('actions.save'), exact: true }).click();
    await expect(this.page.locator('.toast').last()).toContainText(this.t('toast.saved'));
    await expect(card.getByRole('row').filter({ hasText: fields.name ?? editing ?? '' })).toBeVisible();
  }

  sitesCard() {
    return this.page.getByRole('region', { name: this.t('ledger:settings.sites'), exact: true });
  }

  /** The Settings page has other forms (broker, presets) with their own Save. */
  sellerForm() {
    return this.page.locator('form').filter({ has: this.page.getByLabel(this.t('ledger:settings.uscc'), { exact: true }) });
  }
}

export class RequestsPage {
  constructor(readonly page: Page, readonly t: ReturnType<typeof requestTexts>) {}

  dialog() {
    return this.page.getByRole('dialog');
  }

  rows() {
    return this.page.getByRole('table', { name: this.t('requests:title') }).getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  /** Creates a batch from every decided return at the location; returns the RMA nos. it took. */
  async createBatch(fields: BatchFields): Promise<{ requestNo: string; rmaNos: string[] }> {
    await this.page.getByRole('button', { name: this.t('requests:new'), exact: true }).click();
    const d = this.dialog();
    await d.getByLabel(this.t('requests:field.locationId'), { exact: true }).selectOption({ label: fields.locationName });
    await d.getByLabel(this.t('requests:field.routeId'), { exact: true }).selectOption({ index: fields.routeIndex ?? 1 });
    const picks = d.getByRole('checkbox', { name: new RegExp(this.t('requests:pick.rowLabel', { rmaNo: '' }).trim()) });
    await expect(picks.first()).toBeVisible();
    await d.getByRole('checkbox', { name: this.t('requests:pick.selectAll') }).check();
    const rmaNos = (await d.locator('.pick-table tbody tr td:nth-child(2)').allTextContents()).map((s) => s.trim());
    const requestNo = d.getByLabel(this.t('requests:field.requestNo'), { exact: true });
    await expect(requestNo).toHaveValue(/^RR-\d{4}-\d{4}$/);
    if (fields.supervisedSite) await d.getByLabel(this.t('requests:field.supervisedSite'), { exact: true }).fill(fields.supervisedSite);
    if (fields.carrier) await d.getByLabel(this.t('requests:field.carrier'), { exact: true }).fill(fields.carrier);
    if (fields.masterWaybill) await d.getByLabel(this.t('requests:field.masterWaybill'), { exact: true }).fill(fields.masterWaybill);
    const no = await requestNo.inputValue();
    await d.getByRole('button', { name: this.t('actions.save'), exact: true }).click();
    await expect(d.getByRole('heading', { name: this.t('requests:detail', { requestNo: no }) })).toBeVisible();
    return { requestNo: no, rmaNos };
  }

  async open(requestNo: string) {
    await this.rows().filter({ hasText: requestNo }).click();
    await expect(this.dialog()).toBeVisible();
  }

  async moveTo(status: 'submitted' | 'cleared' | 'received') {
    await this.dialog().getByRole('button', { name: this.t(`requests:move.${status}`) }).click();
    await expect(this.dialog().getByTestId('batch-status')).toHaveText(this.t(`requests:status.${status}`));
  }

  private docButton(action: 'save' | 'print', kind: 'request' | 'xlsx' | 'labels' | 'manifest') {
    return this.dialog().getByRole('button', { name: `${this.t(`requests:docs.${action}`)} · ${this.t(`requests:docs.${kind}`)}`, exact: true });
  }

  async chooseLabelSize(size: '100x150' | 'a4x4') {
    await this.dialog().getByLabel(this.t('requests:docs.labelSize'), { exact: true }).selectOption(size);
  }

  async download(kind: 'request' | 'xlsx' | 'labels' | 'manifest'): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download', { timeout: 30_000 }), this.docButton('save', kind).click()]);
    return download;
  }

  async print(kind: 'request' | 'labels' | 'manifest') {
    await this.docButton('print', kind).click();
  }

  async close() {
    await this.dialog().getByRole('button', { name: this.t('actions.close') }).first().click();
    await expect(this.dialog()).toBeHidden();
  }

  printSheet() {
    return this.page.getByTestId('print-sheet');
  }
}
