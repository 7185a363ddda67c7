/**
 * Current run + baseline → a verdict per series and for the suite. Pure: no clock, no files, no
 * environment; randomness comes from `input.seed`.
 */
import type { Series } from '../model.js';
import { seriesId } from '../model.js';
import type {
  AnalyzeInput,
  Mode,
  Outcome,
  SeriesVerdict,
  Severity,
  SuiteCounts,
  SuiteVerdict,
  Warning,
} from './types.js';

export type * from './types.js';

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

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** First cut: a plain relative-threshold comparison of headlines. */
function compareSeries(cur: Series, input: AnalyzeInput, baseValues: number[], mode: Mode): SeriesVerdict {
  const rule = input.ruleFor(cur);
  const direction = rule.direction ?? cur.direction;
  const base: SeriesVerdict = {
    name: cur.name,
    metric: cur.metric,
    unit: cur.unit,
    direction,
    status: 'unchanged',
    verdict: 'pass',
    mode,
    current: cur.value,
    reason: '',
    warnings: [],
  };
  if (rule.ignore)
    return { ...base, status: 'ignored', mode: 'none', reason: 'ignored by the configuration' };

  const limitVerdict = checkLimits(cur.value, rule);
  if (baseValues.length === 0) {
    if (limitVerdict) return { ...base, ...limitVerdict, status: 'new', mode: 'none' };
    return { ...base, status: 'new', mode: 'none', reason: 'no baseline for this benchmark yet' };
  }
  const b = median(baseValues);
  const change = orientedChange(b, cur.value, direction);
  const v: SeriesVerdict = {
    ...base,
    baseline: b,
    change,
    n: { baseline: baseValues.length, current: cur.samples?.length ?? 1 },
  };
  if (change >= rule.failThreshold) {
    Object.assign(v, {
      status: 'regression',
      verdict: 'fail',
      reason: `worse by at least the fail threshold (${pct(rule.failThreshold)})`,
    });
  } else if (change >= rule.warnThreshold) {
    Object.assign(v, {
      status: 'regression',
      verdict: 'warn',
      reason: `worse by at least the warn threshold (${pct(rule.warnThreshold)})`,
    });
  } else if (change <= -rule.warnThreshold) {
    Object.assign(v, {
      status: 'improvement',
      reason: `better by at least the warn threshold (${pct(rule.warnThreshold)})`,
    });
  } else {
    v.reason = `within ±${pct(rule.warnThreshold)} of the baseline`;
  }
  if (v.status === 'regression') v.severity = severityOf(change, input.severity);
  if (limitVerdict) Object.assign(v, limitVerdict);
  return v;
}

function pct(x: number): string {
  return `${+(x * 100).toFixed(2)}%`;
}

/** Absolute limits fail regardless of history. */
export function checkLimits(
  value: number,
  rule: { max?: number; min?: number },
): Partial<SeriesVerdict> | undefined {
  if (rule.max !== undefined && value > rule.max) {
    return {
      verdict: 'fail',
      status: 'regression',
      limit: { kind: 'max', value: rule.max },
      reason: 'above its absolute limit',
    };
  }
  if (rule.min !== undefined && value < rule.min) {
    return {
      verdict: 'fail',
      status: 'regression',
      limit: { kind: 'min', value: rule.min },
      reason: 'below its absolute limit',
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

export function countVerdicts(series: SeriesVerdict[]): SuiteCounts {
  const c: SuiteCounts = {
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

export function suiteOutcome(series: SeriesVerdict[]): Outcome {
  if (series.some((s) => s.verdict === 'fail')) return 'fail';
  if (series.some((s) => s.verdict === 'warn')) return 'warn';
  return 'pass';
}

export function analyze(input: AnalyzeInput): SuiteVerdict {
  const warnings: Warning[] = [];
  const baseById = new Map<string, number[]>();
  let mode: Mode = 'none';
  let baselineCommit: string | undefined;
  let baselineRuns = 0;
  if (input.baselineRun) {
    mode = 'same-job';
    baselineCommit = input.baselineRun.commit;
    baselineRuns = 1;
    for (const s of input.baselineRun.series) baseById.set(seriesId(s), [s.value]);
  } else if (input.history && input.history.runs.length > 0) {
    mode = 'threshold';
    const runs = input.history.runs;
    baselineCommit = runs[runs.length - 1].commit;
    baselineRuns = runs.length;
    for (const r of runs)
      for (const s of r.series) {
        const id = seriesId(s);
        const list = baseById.get(id) ?? [];
        list.push(s.value);
        baseById.set(id, list);
      }
  } else {
    warnings.push({
      kind: 'baseline-unavailable',
      message: 'No baseline yet: this run is reported, not compared.',
      hint: 'The history fills on pushes to the base branch; or set `baseline-output` to compare with the base commit in the same job.',
    });
  }
  const seen = new Set<string>();
  const verdicts = input.current.series.map((s) => {
    const id = seriesId(s);
    seen.add(id);
    return compareSeries(s, input, baseById.get(id) ?? [], mode);
  });
  const lastBase =
    input.baselineRun?.series ?? input.history?.runs[input.history.runs.length - 1]?.series ?? [];
  for (const s of lastBase) {
    if (seen.has(seriesId(s))) continue;
    verdicts.push({
      name: s.name,
      metric: s.metric,
      unit: s.unit,
      direction: s.direction,
      status: 'missing',
      verdict: 'pass',
      mode: 'none',
      baseline: s.value,
      reason: 'in the baseline but not in this run',
      warnings: [],
    });
  }
  const sorted = sortVerdicts(verdicts);
  return {
    suite: input.suite,
    verdict: suiteOutcome(sorted),
    mode,
    counts: countVerdicts(sorted),
    series: sorted,
    warnings,
    settings: input.settings,
    baselineCommit,
    baselineRuns,
  };
}
