/**
 * Installed in every page before its own scripts (addInitScript): records, on the page's clock
 * (ms since navigation start), the moments the bench measures, by watching the DOM as a user
 * would see it — no hooks in the app. Runs in the browser, so it must stay self-contained.
 */
export interface Probe {
  marks: Record<string, number>;
  longTasks: { start: number; duration: number }[];
  progressSeen: boolean;
}

export function installProbe(expectedRows: number): void {
  const w = window as unknown as { hbProbe: Probe };
  const probe: Probe = { marks: {}, longTasks: [], progressSeen: false };
  w.hbProbe = probe;
  const mark = (name: string) => { probe.marks[name] ??= performance.now(); };
  /** After the frame that shows the change: the next animation frame, then a fresh task. */
  const painted = (name: string) => requestAnimationFrame(() => setTimeout(() => mark(name), 0));
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('change', (e) => { if ((e.target as HTMLInputElement).type === 'file') probe.marks.fileChosen = performance.now(); }, true);
  document.addEventListener('click', () => { probe.marks.click = performance.now(); }, true);
  const check = () => {
    const q = (s: string) => document.querySelector(s);
    if (probe.marks.appReady === undefined && document.documentElement.dataset.ready === 'true') mark('appReady');
    if (!probe.progressSeen && q('.data-progress progress')) probe.progressSeen = true;
    if (probe.marks.summary === undefined && q('[data-testid="import-summary"]')) mark('summary');
    if (probe.marks.done === undefined && q('.data-done')) mark('done');
    if (probe.marks.chart === undefined && q('.dash-plot svg.recharts-surface')) { mark('chart'); painted('chartPainted'); }
    const rate = q('[data-testid="kpi-return-rate"]')?.textContent;
    if (probe.marks.dashFull === undefined && rate && rate !== '…') { mark('dashFull'); painted('dashFullPainted'); }
    if (probe.marks.rows === undefined && q('.vtable-row') && q(`[role="table"][aria-rowcount="${expectedRows + 1}"]`)) { mark('rows'); painted('interactive'); }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-rowcount', 'data-ready'] });
  (window as unknown as { hbProbeObserver: MutationObserver }).hbProbeObserver = observer;
}

export interface ScrollResult { worst: number; p95: number; frames: number; scrolledRows: number; longestTask: number }

/**
 * Scrolls the orders list by `px` every frame for `frames` frames, timing every frame (the gap
 * between animation frames). 400 px (10 rows) a frame is a fast wheel or fling, 24,000 px/s;
 * 1,200 px is dragging the scrollbar, every row new in every frame.
 */
export function scrollList([frames, px]: readonly [number, number]): Promise<ScrollResult> {
  const w = window as unknown as { hbProbe: Probe };
  const body = document.querySelector<HTMLElement>('.vtable-body');
  if (!body) return Promise.reject(new Error('no orders list to scroll'));
  // The probe has what it needs by now; its DOM checks would only add to every frame.
  (window as unknown as { hbProbeObserver?: MutationObserver }).hbProbeObserver?.disconnect();
  const since = performance.now();
  return new Promise((resolve) => {
    const deltas: number[] = [];
    let last = -1;
    const step = (t: number) => {
      if (last >= 0) deltas.push(t - last);
      last = t;
      if (deltas.length >= frames) {
        const sorted = [...deltas].sort((a, b) => a - b);
        // Let the last frame's long task (if any) be reported before reading them.
        setTimeout(() => resolve({
          worst: sorted[sorted.length - 1] ?? 0, p95: sorted[Math.floor(sorted.length * 0.95)] ?? 0, frames: deltas.length,
          scrolledRows: Math.round(body.scrollTop / 40),
          longestTask: Math.max(0, ...w.hbProbe.longTasks.filter((l) => l.start >= since).map((l) => l.duration)),
        }), 100);
        return;
      }
      body.scrollTop += px;
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}
