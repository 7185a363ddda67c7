/**
 * Helpers over verdicts that the report and the action share with analyze: orientation, severity,
 * absolute limits, ordering, counting and the suite outcome.
 */
import type { Series } from '../model.js';
import { scaleFor } from '../units.js';
import type { AnalyzeInput, Outcome, SeriesVerdict, Severity, SuiteCounts } from './types.js';

/** Signed so that positive is worse: +0.1 means 10% worse whichever way the metric points. */
export function orientedChange(base: number, current: number, direction: Series['direction']): number {
  if (base === 0) return current === 0 ? 0 : direction === 'smaller' ? Infinity : -Infinity;
  const ratio = current / base;
  return direction === 'smaller' ? ratio - 1 : 1 / ratio - 1;
}

export function severityOf(change: number, s: AnalyzeInput['severity']): Severity | undefined {
  const ratio = 1 + change;
  if (ratio >= s.critical) return 'critical';
  if (ratio >= s.moderate) return 'moderate';
  if (ratio >= s.minor) return 'minor';
  return undefined;
}

/** Absolute limits fail regardless of history; `unit` (when given) puts both values in the reason. */
export function checkLimits(
  value: number,
  rule: { max?: number; min?: number },
  unit?: string,
): Partial<SeriesVerdict> | undefined {
  const both = (limit: number): string => {
    if (unit === undefined) return '';
    const fmt = scaleFor(unit, [limit, value]);
    return ` of ${fmt(limit)} (this run: ${fmt(value)})`;
  };
  if (rule.max !== undefined && value > rule.max) {
    return {
      verdict: 'fail',
      status: 'regression',
      limit: { kind: 'max', value: rule.max },
      reason: `above its absolute limit${both(rule.max)}`,
    };
  }
  if (rule.min !== undefined && value < rule.min) {
    return {
      verdict: 'fail',
      status: 'regression',
      limit: { kind: 'min', value: rule.min },
      reason: `below its absolute limit${both(rule.min)}`,
    };
  }
  return undefined;
}

const STATUS_ORDER: Record<SeriesVerdict['status'], number> = {
  regression: 0,
  improvement: 1,
  new: 2,
  missing: 3,
  unchanged: 4,
  ignored: 5,
};
const VERDICT_ORDER: Record<Outcome, number> = { fail: 0, warn: 1, pass: 2 };
const SEVERITY_ORDER: Record<string, number> = { critical: 0, moderate: 1, minor: 2, none: 3 };

/** Regressions first by verdict and severity and size, then improvements, then the rest; ties keep input order. */
export function sortVerdicts(series: SeriesVerdict[]): SeriesVerdict[] {
  return series
    .map((s, i) => ({ s, i }))
    .sort(
      (a, b) =>
        STATUS_ORDER[a.s.status] - STATUS_ORDER[b.s.status] ||
        VERDICT_ORDER[a.s.verdict] - VERDICT_ORDER[b.s.verdict] ||
        SEVERITY_ORDER[a.s.severity ?? 'none'] - SEVERITY_ORDER[b.s.severity ?? 'none'] ||
        (a.s.status === 'regression' || a.s.status === 'improvement'
          ? Math.abs(b.s.change ?? 0) - Math.abs(a.s.change ?? 0)
          : 0) ||
        a.i - b.i,
    )
    .map((x) => x.s);
}

/** All counts at zero: the start of a tally. */
export function emptyCounts(): SuiteCounts {
  return {
    regressions: 0,
    improvements: 0,
    unchanged: 0,
    new: 0,
    missing: 0,
    ignored: 0,
    failed: 0,
    warned: 0,
    critical: 0,
  };
}

export function countVerdicts(series: SeriesVerdict[]): SuiteCounts {
  const c = emptyCounts();
  for (const s of series) {
    if (s.status === 'regression') c.regressions++;
    else if (s.status === 'improvement') c.improvements++;
    else if (s.status === 'unchanged') c.unchanged++;
    else if (s.status === 'new') c.new++;
    else if (s.status === 'missing') c.missing++;
    else if (s.status === 'ignored') c.ignored++;
    if (s.verdict === 'fail') c.failed++;
    else if (s.verdict === 'warn') c.warned++;
    if (s.severity === 'critical') c.critical++;
  }
  return c;
}

/** The worst of some verdicts (fail, then warn, then pass): the one rule for a suite and a report. */
export function worstOutcome(outcomes: readonly Outcome[]): Outcome {
  if (outcomes.includes('fail')) return 'fail';
  if (outcomes.includes('warn')) return 'warn';
  return 'pass';
}

export function suiteOutcome(series: SeriesVerdict[]): Outcome {
  return worstOutcome(series.map((s) => s.verdict));
}
