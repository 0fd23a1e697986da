import { expect, type Locator, type Page } from '@playwright/test';
import type { texts } from './locale';

type T = ReturnType<typeof texts>;

/** Reads an amount as Intl printed it ("−CN¥1,234.50", "¥13,600.00") back into fen. */
export function fenOf(text: string): number {
  const negative = /[−-]/.test(text);
  const digits = text.replace(/[^\d.]/g, '');
  const [whole = '0', frac = ''] = digits.split('.');
  const fen = Number(whole) * 100 + Number(frac.padEnd(2, '0').slice(0, 2));
  return negative ? -fen : fen;
}

export class DecidePage {
  constructor(readonly page: Page, readonly t: T) {}

  /** Picks a seeded overseas location by its id and the date to decide as of. */
  async choose(locationId: string, on: string) {
    await this.page.getByRole('combobox', { name: this.t('decide:location') }).selectOption(locationId);
    await this.page.getByLabel(this.t('decide:on')).fill(on);
  }

  async open(rmaNo: string) {
    await this.page.getByRole('table', { name: this.t('decide:pending') }).getByRole('row').filter({ hasText: rmaNo }).click();
    await expect(this.decision()).toBeVisible();
  }

  decision(): Locator {
    return this.page.locator('section.decision');
  }

  recommended(): Locator {
    return this.decision().locator('.option-recommended');
  }

  /** Recovery minus every cost line, as shown, against the net shown. */
  async expectLinesAddUp(card: Locator) {
    const rows = card.locator('table.cost-lines tbody tr');
    await expect(rows.first()).toBeVisible();
    const amounts = await rows.locator('td').allTextContents();
    const [recovery, ...costs] = amounts.map(fenOf);
    const net = fenOf(await card.getByTestId('option-net').innerText());
    expect(recovery! + costs.reduce((s, c) => s + c, 0)).toBe(net);
  }

  /** What the pending list shows as each return's best option ("Liquidate", "Home …"). */
  async bestColumn(): Promise<string[]> {
    const rows = this.page.getByRole('table', { name: this.t('decide:pending') }).getByRole('row');
    await expect(rows.nth(1)).toBeVisible();
    // Found by its header, so a column added or hidden elsewhere does not move it.
    const headers = (await rows.first().getByRole('columnheader').allInnerTexts()).map((h) => h.replace(/[▲▼]/g, '').trim());
    const index = headers.indexOf(this.t('decide:column.best'));
    expect(index, 'the recommended column').toBeGreaterThanOrEqual(0);
    const texts: string[] = [];
    for (const row of (await rows.all()).slice(1)) texts.push((await row.getByRole('cell').nth(index).innerText()).trim());
    return texts;
  }

  /** An option card of the open decision, by kind. */
  option(kind: string): Locator {
    return this.decision().locator(`[data-kind="${kind}"]`).first();
  }

  /** The deadline alert for a return, and its line for one route. */
  deadline(rmaNo: string): Locator {
    return this.page.getByTestId('deadline-alert').filter({ hasText: rmaNo });
  }

  deadlineRoute(rmaNo: string, routeId: string): Locator {
    return this.deadline(rmaNo).locator(`[data-route="${routeId}"]`);
  }

  async accept() {
    await this.decision().getByRole('button', { name: this.t('decide:accept') }).click();
    await expect(this.decision().getByTestId('already-decided')).toBeVisible();
  }
}
