/**
 * Colours chosen for grey print as much as for screen: each series differs in lightness
 * (dark / mid / light) and, where series sit side by side, also in pattern (solid, hatched,
 * dotted) or dash, so a black-and-white printout still tells them apart.
 */
export const INK = { dark: '#1f3a5f', mid: '#5b8fc7', light: '#c7dcf0', line: '#b45309', grid: '#e3e8ef', axis: '#4b5566' } as const;

export type Swatch = { fill: string; pattern?: 'hatch' | 'dots'; dash?: string };

export const PATTERN_IDS = { hatch: 'hb-pattern-hatch', dots: 'hb-pattern-dots' } as const;

/** Fill for a swatch: a pattern reference or the plain colour. */
export function fillOf(s: Swatch): string {
  return s.pattern ? `url(#${PATTERN_IDS[s.pattern]})` : s.fill;
}

/**
 * The patterns, placed inside each chart's own <svg> (Recharts renders <defs> children), so a
 * chart saved as PNG carries its patterns with it.
 */
export function patternDefs() {
  return (
    <defs>
      <pattern id={PATTERN_IDS.hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill={INK.light} />
        <line x1="0" y1="0" x2="0" y2="6" stroke={INK.dark} strokeWidth="2" />
      </pattern>
      <pattern id={PATTERN_IDS.dots} width="5" height="5" patternUnits="userSpaceOnUse">
        <rect width="5" height="5" fill="#ffffff" />
        <circle cx="2.5" cy="2.5" r="1.3" fill={INK.dark} />
      </pattern>
    </defs>
  );
}

export const CHART_HEIGHT = 260;
export const chartStyle = { width: '100%', height: CHART_HEIGHT } as const;
export const axisTick = { fill: INK.axis, fontSize: 12 } as const;

/** Short CNY for axes (¥12K / ¥1.2万): compact notation in the user's locale. */
export function compactFen(locale: string) {
  const f = new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY', notation: 'compact', maximumFractionDigits: 1 });
  return (fen: number) => f.format(fen / 100);
}

export function percent(locale: string, digits = 1) {
  const f = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits });
  return (ratio: number) => f.format(ratio);
}

/** "2026-03" → "Mar 26" / "26年3月", in the user's locale. */
export function monthLabel(locale: string) {
  const f = new Intl.DateTimeFormat(locale, { year: '2-digit', month: 'short', timeZone: 'UTC' });
  return (month: string) => f.format(new Date(`${month}-01T00:00:00Z`));
}

/** Money for CSV cells: yuan as a number, so spreadsheets can sum it. */
export const yuan = (fen: number) => fen / 100;
