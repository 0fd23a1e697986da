import { expect, type Locator, type Page } from '@playwright/test';
import type { texts } from './locale';

type T = ReturnType<typeof texts>;

/** A list page's table as a user works it: header sort, row clicks with modifiers, keys, the selection bar. */
export class TablePart {
  constructor(readonly page: Page, readonly t: T, readonly name: string) {}

  table(): Locator {
    return this.page.getByRole('table', { name: this.name });
  }

  /** How many rows the table says it has (known so far, while a long list is read). */
  async rowCount(): Promise<number> {
    return Number(await this.table().getAttribute('aria-rowcount')) - 1;
  }

  rows(): Locator {
    return this.table().locator('.vtable-row');
  }

  row(index: number): Locator {
    return this.table().locator(`.vtable-row[aria-rowindex="${index + 2}"]`);
  }

  header(label: string): Locator {
    return this.table().getByRole('columnheader', { name: label, exact: true });
  }

  async sortBy(label: string): Promise<void> {
    await this.header(label).getByRole('button').click();
  }

  /** The cell texts of one column over the rows drawn, top to bottom. */
  async column(label: string): Promise<string[]> {
    const headers = await this.table().getByRole('columnheader').allTextContents();
    const index = headers.findIndex((h) => h.replace(/[▲▼]/g, '') === label);
    expect(index, `column ${label}`).toBeGreaterThanOrEqual(0);
    return this.rows().evaluateAll((rows, i) => rows
      .map((r) => ({ y: Number(r.getAttribute('aria-rowindex')), text: r.querySelectorAll('[role="cell"]')[i]?.textContent ?? '' }))
      .sort((a, b) => a.y - b.y).map((r) => r.text), index);
  }

  /** Scrolls the list so the row at `index` is drawn (the table draws only the rows in view). */
  async scrollTo(index: number): Promise<void> {
    await this.table().locator('.vtable-body').evaluate((el, i) => { el.scrollTop = Math.max(0, i * 40 - el.clientHeight / 2); }, index);
    await expect(this.row(index)).toBeVisible();
  }

  async click(index: number, modifiers: ('Shift' | 'ControlOrMeta')[] = []): Promise<void> {
    await this.row(index).click({ modifiers, position: { x: 200, y: 20 } });
  }

  bar(): Locator {
    return this.page.getByRole('region', { name: this.t('table.bulkActions') });
  }

  async expectSelected(count: number): Promise<void> {
    if (count === 0) await expect(this.bar()).toBeHidden();
    else await expect(this.bar().getByTestId('selected-count')).toHaveText(this.t('table.selected', { count }));
  }

  /** Drags the right edge of a column's header by `dx` pixels; resolves with the header's width after. */
  async resize(label: string, dx: number): Promise<number> {
    const handle = this.header(label).getByTestId('col-resize');
    const box = (await handle.boundingBox())!;
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + box.width / 2 + dx, box.y + box.height / 2, { steps: 5 });
    await this.page.mouse.up();
    return this.width(label);
  }

  async width(label: string): Promise<number> {
    return Math.round((await this.header(label).boundingBox())!.width);
  }

  async clearSelection(): Promise<void> {
    await this.bar().getByRole('button', { name: this.t('table.clearSelection') }).click();
    await this.expectSelected(0);
  }

  async chooseColumns(label: string): Promise<void> {
    await this.page.getByText(this.t('table.columns'), { exact: true }).click();
    await this.page.getByRole('group', { name: this.t('table.columns') }).getByLabel(label, { exact: true }).click();
  }
}
