import { useEffect, useRef, useState } from 'react';
import { RATE_DIMENSIONS, type DashboardData } from '../../../shared/dashboard';
import { ChartsHeld } from './ChartCard';
import { DeadlinesChart } from './DeadlinesChart';
import { OutcomeChart } from './OutcomeChart';
import { RateChart } from './RateChart';
import { RecoveryChart } from './RecoveryChart';
import { RoutesChart } from './RoutesChart';
import { SavingsChart } from './SavingsChart';

/** How many frames to wait for charts to draw before going on regardless. */
const MAX_FRAMES = 30;

/**
 * Calls `done` once every chart in `grid` that has something to show has drawn its svg
 * (Recharts measures its box first, so that is a frame or two after mounting).
 */
function whenDrawn(grid: HTMLElement | null, only: string | null, done: () => void): () => void {
  let frames = 0;
  let raf = 0;
  let timer = 0;
  const check = () => {
    const plots = [...(grid?.querySelectorAll<HTMLElement>(only ? `figure[data-chart="${only}"] .dash-plot` : '.dash-plot') ?? [])];
    if (plots.every((p) => p.querySelector('svg.recharts-surface')) || ++frames > MAX_FRAMES) {
      // After the frame that showed them.
      timer = window.setTimeout(done, 0);
      return;
    }
    raf = requestAnimationFrame(check);
  };
  raf = requestAnimationFrame(check);
  return () => {
    cancelAnimationFrame(raf);
    window.clearTimeout(timer);
  };
}

/**
 * Every chart (this module carries the charting library, loaded while the ledger is read).
 * The savings chart, the headline, draws first and alone; once it is on screen the others
 * follow, each saying so while it waits for the orders. `onDrawn` says when every chart that
 * has its figures has drawn them, with the figures it drew (rates or not yet).
 */
export function DashboardCharts({ data, onDrawn }: { data: DashboardData; onDrawn: (withRates: boolean) => void }) {
  const [held, setHeld] = useState(true);
  const grid = useRef<HTMLDivElement>(null);

  useEffect(() => (held ? whenDrawn(grid.current, 'savings', () => setHeld(false)) : undefined), [held]);
  const withRates = data.rates !== null;
  useEffect(() => (held ? undefined : whenDrawn(grid.current, null, () => onDrawn(withRates))), [held, withRates, onDrawn]);

  return (
    <div className="dash-grid" ref={grid}>
      <SavingsChart savings={data.savings} pending={data.decisionsPending} />
      <ChartsHeld.Provider value={held}>
        {RATE_DIMENSIONS.map((d) => <RateChart key={d} dimension={d} rows={data.rates ? data.rates.by[d] : null} />)}
        <RecoveryChart rows={data.recovery} pending={data.decisionsPending} />
        <OutcomeChart slices={data.outcomes} pending={data.decisionsPending} />
        <RoutesChart mix={data.routes} pending={data.decisionsPending} />
        <DeadlinesChart deadlines={data.deadlines} />
      </ChartsHeld.Provider>
    </div>
  );
}
