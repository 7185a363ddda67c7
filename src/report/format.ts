/**
 * Numbers as table cells: values in human units (units.ts does the scaling), signed changes, intervals,
 * p-values, verdict badges. Deterministic: no locale, no clock.
 */
import type { SeriesVerdict } from '../analyze/types.js';
import { formatPercent, formatValue, scaleFor } from '../units.js';

/** 10000 → "10,000", without the locale-dependent toLocaleString. */
export function thousands(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${thousands(n)} ${n === 1 ? one : many}`;
}

function finite(x: number | undefined): x is number {
  return x !== undefined && Number.isFinite(x);
}

/**
 * "1.23 → 1.61 ms": both sides on one scale, the unit once; "—" for a side that is missing. Non-breaking
 * spaces keep a value and its unit on one line in a narrow column.
 */
export function valuePair(s: Pick<SeriesVerdict, 'unit' | 'baseline' | 'current'>): string {
  const fmt = scaleFor(s.unit, [s.baseline, s.current].filter(finite));
  const side = (v: number | undefined): string => (finite(v) ? fmt(v) : '—');
  const a = side(s.baseline);
  const b = side(s.current);
  const sp = a.indexOf(' ');
  const unitA = sp > 0 ? a.slice(sp) : '';
  const text = unitA && b.endsWith(unitA) && a !== '—' ? `${a.slice(0, sp)} → ${b}` : `${a} → ${b}`;
  return text.replace(/ (?=\S+$)/, '\u00a0');
}

/** One value in human units, "—" when missing. */
export function value(v: number | undefined, unit: string): string {
  return finite(v) ? formatValue(v, unit) : '—';
}

/** "+30.9%"; a change from zero is "from 0". */
export function change(c: number | undefined): string {
  if (c === undefined || Number.isNaN(c)) return '—';
  if (!Number.isFinite(c)) return 'from 0';
  return formatPercent(c);
}

/** "+25.1% … +36.8%". */
export function interval(ci: [number, number] | undefined): string {
  if (!ci || !ci.every(Number.isFinite)) return '—';
  return `${formatPercent(ci[0])} … ${formatPercent(ci[1])}`;
}

/** The verdict as one symbol, for the first column. */
export function icon(s: Pick<SeriesVerdict, 'verdict' | 'status'>): string {
  if (s.verdict === 'fail') return '❌';
  if (s.verdict === 'warn') return '⚠️';
  switch (s.status) {
    case 'improvement':
      return '🚀';
    case 'new':
      return '🆕';
    case 'missing':
      return '➖';
    case 'ignored':
      return '💤';
    case 'regression':
    case 'unchanged':
      return '✅';
  }
}

/** The verdict as a badge: "❌ fail (critical)", "⚠️ warn", "🚀 better", "✅ pass", "🆕 new". */
export function badge(s: Pick<SeriesVerdict, 'verdict' | 'status' | 'severity'>): string {
  const sev = s.severity ? ` (${s.severity})` : '';
  if (s.verdict === 'fail') return `❌ fail${sev}`;
  if (s.verdict === 'warn') return `⚠️ warn${sev}`;
  switch (s.status) {
    case 'improvement':
      return '🚀 better';
    case 'new':
      return '🆕 no baseline';
    case 'missing':
      return '➖ missing';
    case 'ignored':
      return '💤 ignored';
    case 'regression':
    case 'unchanged':
      return '✅ pass';
  }
}

/** Percent for thresholds and settings: 0.05 → "5%", 0.125 → "12.5%". */
export function percent(x: number): string {
  return `${+(x * 100).toFixed(2)}%`;
}
