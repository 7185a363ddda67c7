/** The verdict as data: the JSON report (schema/report.schema.json). Pure. */
import type { Outcome, SeriesVerdict, SuiteVerdict, Warning } from '../analyze/types.js';

export interface JsonSeries {
  name: string;
  metric: string;
  unit: string;
  direction: SeriesVerdict['direction'];
  status: SeriesVerdict['status'];
  mode: SeriesVerdict['mode'];
  baseline: number | null;
  current: number | null;
  change: number | null;
  ci?: [number, number];
  p?: number;
  pAdjusted?: number;
  method?: SeriesVerdict['method'];
  bound?: { confidence: number; change: number };
  segment?: { runs: number; since?: string };
  verdict: Outcome;
  severity?: SeriesVerdict['severity'];
  reason: string;
  resolvable?: number;
  n?: { baseline: number; current: number };
  limit?: { kind: 'max' | 'min'; value: number };
  warnings?: Warning[];
}

export interface JsonReport {
  schemaVersion: 1;
  suite: string;
  verdict: Outcome;
  mode: SuiteVerdict['mode'];
  counts: SuiteVerdict['counts'];
  settings: SuiteVerdict['settings'];
  baselineCommit?: string;
  baselineRuns: number;
  globalShift?: { change: number };
  warnings: Warning[];
  series: JsonSeries[];
}

/** JSON has no Infinity or NaN: such numbers become null. */
function num(x: number | undefined): number | null {
  return x !== undefined && Number.isFinite(x) ? x : null;
}

function warningsOf(list: Warning[]): Warning[] {
  return list.map((w) => ({ kind: w.kind, message: w.message, ...(w.hint ? { hint: w.hint } : {}) }));
}

/** Fields are copied one by one, so a field analyze adds later never leaks past the schema unnoticed. */
export function renderJson(v: SuiteVerdict): JsonReport {
  return {
    schemaVersion: 1,
    suite: v.suite,
    verdict: v.verdict,
    mode: v.mode,
    counts: { ...v.counts },
    settings: {
      warnThreshold: v.settings.warnThreshold,
      failThreshold: v.settings.failThreshold,
      confidence: v.settings.confidence,
      resamples: v.settings.resamples,
      fdrQ: v.settings.fdrQ,
      minSamples: v.settings.minSamples,
    },
    ...(v.baselineCommit ? { baselineCommit: v.baselineCommit } : {}),
    baselineRuns: v.baselineRuns,
    ...(v.globalShift && Number.isFinite(v.globalShift.change)
      ? { globalShift: { change: v.globalShift.change } }
      : {}),
    warnings: warningsOf(v.warnings),
    series: v.series.map((s) => {
      const ci = s.ci && s.ci.every(Number.isFinite) ? ([s.ci[0], s.ci[1]] as [number, number]) : undefined;
      const out: JsonSeries = {
        name: s.name,
        metric: s.metric,
        unit: s.unit,
        direction: s.direction,
        status: s.status,
        mode: s.mode,
        baseline: num(s.baseline),
        current: num(s.current),
        change: num(s.change),
        ...(ci ? { ci } : {}),
        ...(s.p !== undefined && Number.isFinite(s.p) ? { p: s.p } : {}),
        ...(s.pAdjusted !== undefined && Number.isFinite(s.pAdjusted) ? { pAdjusted: s.pAdjusted } : {}),
        ...(s.method ? { method: s.method } : {}),
        ...(s.bound && Number.isFinite(s.bound.change)
          ? { bound: { confidence: s.bound.confidence, change: s.bound.change } }
          : {}),
        ...(s.segment
          ? { segment: { runs: s.segment.runs, ...(s.segment.since ? { since: s.segment.since } : {}) } }
          : {}),
        verdict: s.verdict,
        ...(s.severity ? { severity: s.severity } : {}),
        reason: s.reason,
        ...(s.resolvable !== undefined && Number.isFinite(s.resolvable) ? { resolvable: s.resolvable } : {}),
        ...(s.n ? { n: { baseline: s.n.baseline, current: s.n.current } } : {}),
        ...(s.limit ? { limit: { kind: s.limit.kind, value: s.limit.value } } : {}),
        ...(s.warnings.length ? { warnings: warningsOf(s.warnings) } : {}),
      };
      return out;
    }),
  };
}
