import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page } from '@playwright/test';
import { districtByCode } from '../../../shared/codes/districts';
import { texts, type Lang } from './locale';

type Tree = { [key: string]: string | Tree };

/** Strings of the 'presets' namespace, which locale.ts does not load. */
export function presetsTexts(lang: Lang) {
  const tree = JSON.parse(readFileSync(fileURLToPath(new URL(`../../../shared/locales/${lang}/presets.json`, import.meta.url)), 'utf8')) as Tree;
  return (key: string, params: Record<string, string | number> = {}) => {
    let node: string | Tree | undefined = tree;
    for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    if (typeof node !== 'string') throw new Error(`missing ${lang} text presets:${key}`);
    return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
  };
}

/** The cost-presets card in Settings, as a seller uses it. */
export class PresetsPage {
  readonly t: ReturnType<typeof texts>;
  readonly p: ReturnType<typeof presetsTexts>;

  constructor(readonly page: Page, readonly lang: Lang) {
    this.t = texts(lang);
    this.p = presetsTexts(lang);
  }

  section(): Locator {
    return this.page.locator('section.card').filter({ has: this.page.getByRole('heading', { level: 2, name: this.p('title'), exact: true }) });
  }

  async open() {
    await this.page.goto('/#/settings');
    await expect(this.page.locator('html[data-ready="true"]')).toBeAttached();
    await expect(this.section().getByRole('tablist')).toBeVisible();
  }

  async reload() {
    await this.page.reload();
    await expect(this.page.locator('html[data-ready="true"]')).toBeAttached();
    await expect(this.section().getByRole('tablist')).toBeVisible();
  }

  async tab(id: 'rates' | 'locations' | 'routes' | 'fees' | 'grades' | 'rules') {
    await this.section().getByRole('tab', { name: this.p(`tab.${id}`) }).click();
  }

  route(id: string): Locator {
    return this.section().getByTestId(`route-${id}`);
  }

  routeField(id: string, field: 'perKgMinor' | 'validFrom' | 'validTo' | 'fixedMinor'): Locator {
    return this.route(id).getByLabel(this.p(`field.${field}`), { exact: true });
  }

  /** How an error names a route's field: "Routes · Moscow … → 2900 Hangzhou · Road (TIR) · Per kg". */
  routePath(location: string, districtCode: string, mode: string, field: string) {
    const d = districtByCode(districtCode);
    const district = d ? `${d.code} ${this.lang === 'en' ? d.en : d.zh}` : districtCode;
    return [this.p('field.routes'), `${location} → ${district}`, this.p(`mode.${mode}`), this.p(`field.${field}`)].join(' · ');
  }

  location(id: string): Locator {
    return this.section().getByTestId(`location-${id}`);
  }

  /** A stay-overseas channel's checkbox on a location's card. */
  channel(locationId: string, channel: 'returnless' | 'dispose' | 'liquidate' | 'relist'): Locator {
    return this.location(locationId).getByRole('checkbox', { name: this.p(`channel.${channel}`), exact: true });
  }

  locationField(id: string, field: 'liquidationRateBp' | 'handlingMinor'): Locator {
    return this.location(id).getByLabel(this.p(`field.${field}`), { exact: true });
  }

  async save() {
    await this.section().getByRole('button', { name: this.t('actions.save'), exact: true }).click();
  }

  async resetToDefaults() {
    this.page.once('dialog', (dialog) => {
      expect(dialog.message()).toBe(this.p('reset.confirm'));
      void dialog.accept();
    });
    await this.section().getByRole('button', { name: this.p('reset.button'), exact: true }).click();
  }

  errorSummary(): Locator {
    return this.section().getByRole('alert');
  }

  toast(): Locator {
    return this.page.locator('.toast');
  }
}
