import { expect, type Download, type Page } from '@playwright/test';
import type { texts } from './locale';

type T = ReturnType<typeof texts>;

/** Every chart the dashboard shows, by the name on its figure. */
export const CHARTS = ['savings', 'rate-sku', 'rate-reason', 'rate-country', 'rate-platform', 'recovery', 'outcomes', 'routes', 'deadlines'] as const;

export class DashboardPage {
  constructor(readonly page: Page, readonly t: T) {}

  chart(name: (typeof CHARTS)[number]) {
    return this.page.locator(`figure[data-chart="${name}"]`);
  }

  kpi(name: 'savings' | 'vs-dispose' | 'return-rate' | 'refunds') {
    return this.page.getByTestId(`kpi-${name}`);
  }

  filter(key: 'from' | 'to' | 'platform' | 'country' | 'location') {
    // A label wrapping a <select> also reads out the chosen option ("Platform All"): match the start.
    const text = this.t(`dashboard:filters.${key}`).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.page.getByRole('group', { name: this.t('dashboard:filters.label') }).getByLabel(new RegExp(`^${text}`));
  }

  async expectEveryChart() {
    for (const name of CHARTS) {
      await expect(this.chart(name).locator('svg.recharts-surface')).toBeVisible();
    }
  }

  /** The category labels along a horizontal bar chart's axis, top to bottom. */
  barLabels(name: (typeof CHARTS)[number]) {
    return this.chart(name).locator('text.recharts-cartesian-axis-tick-value[orientation="left"]').allTextContents();
  }

  async savePng(name: (typeof CHARTS)[number]): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.chart(name).getByRole('button', { name: this.t('dashboard:savePng') }).click();
    return download;
  }
}
