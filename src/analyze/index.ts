/**
 * Current run + baseline → a verdict per series and for the suite. Pure: no clock, no files, no
 * environment; randomness comes from `input.seed` (per series: seed + series id), so the same inputs give
 * byte-identical verdicts.
 *
 * Per series, the best available comparison (DESIGN.md §3): same-job samples (bootstrap + Mann–Whitney),
 * else the base-branch history (prediction bound since the last change point), else a relative change
 * with "insufficient data". Decisions across the suite are in decide.ts.
 */
import type { Run, Series } from '../model.js';
import { seriesId } from '../model.js';
import { binomialUpperTail, median, pooledAutocorrelation } from '../stats/index.js';
import { CHANGE_POINT_DEFAULTS } from '../stats/index.js';
import { decideAll, type Item } from './decide.js';
import { evaluate, valuesOf, type EvidenceContext, type SeriesInput } from './evidence.js';
import { instability } from './stability.js';
import { pct, signed } from './text.js';
import type { AnalyzeInput, Mode, SeriesVerdict, SuiteVerdict, Warning } from './types.js';
import { checkLimits, countVerdicts, sortVerdicts, suiteOutcome } from './verdicts.js';

export type * from './types.js';
export {
  orientedChange,
  severityOf,
  checkLimits,
  sortVerdicts,
  countVerdicts,
  suiteOutcome,
} from './verdicts.js';

export const ANALYSIS_DEFAULTS = {
  changePoints: { window: CHANGE_POINT_DEFAULTS.window, p: CHANGE_POINT_DEFAULTS.p },
  runnerNoise: 0.25,
  insufficientData: 'warn',
} as const;

/**
 * Scratch buffers for the bootstrap, kept between calls: a suite reuses one pair for all its series, and
 * a caller analysing many small suites does not allocate 240 kB per call. analyze() is synchronous, so
 * nothing else can be using them meanwhile.
 */
let scratchBuffers: { buffer: Float64Array; randomBuffer: Uint32Array } | undefined;
function scratch(B: number): { buffer: Float64Array; randomBuffer: Uint32Array } {
  if (!scratchBuffers || scratchBuffers.buffer.length < B)
    scratchBuffers = { buffer: new Float64Array(B), randomBuffer: new Uint32Array(2 * B) };
  return scratchBuffers;
}

const MODE_RANK: Record<Mode, number> = { ab: -1, 'same-job': 0, history: 1, threshold: 2, none: 3 };

export function analyze(input: AnalyzeInput): SuiteVerdict {
  const settings = input.settings;
  const warnings: Warning[] = [];
  const baseRun = input.baselineRun;
  const runs = input.history?.runs ?? [];

  // Index the baselines by series id once: suites have thousands of series and hundreds of runs.
  const sameJob = new Map<string, Series>();
  for (const s of baseRun?.series ?? []) sameJob.set(seriesId(s), s);
  const history = new Map<string, { run: Run; series: Series }[]>();
  for (const run of runs)
    for (const s of run.series) {
      const id = seriesId(s);
      const list = history.get(id);
      if (list) list.push({ run, series: s });
      else history.set(id, [{ run, series: s }]);
    }
  if (!baseRun && runs.length === 0)
    warnings.push({
      kind: 'baseline-unavailable',
      message: 'No baseline yet: this run is reported, not compared.',
      hint: 'The history fills on pushes to the base branch; or set `baseline-output` to compare with the base commit in the same job.',
    });

  // Serial correlation within runs, pooled over every sample set of this run and the same-job baseline.
  const sets: Float64Array[] = [];
  for (const s of [...input.current.series, ...(baseRun?.series ?? [])])
    if (s.samples && s.samples.every((x) => x > 0)) sets.push(Float64Array.from(s.samples, Math.log));
  const correlation = pooledAutocorrelation(sets);
  if (correlation.rho >= 0.1)
    warnings.push({
      kind: 'autocorrelated',
      message: `Samples within a run are serially correlated (lag-1 ≈ ${correlation.rho.toFixed(2)} across ${correlation.sets} sample sets): intervals and p-values were widened to account for it.`,
      hint: 'Interleave base and head runs (ABAB…) or shuffle the benchmark order to reduce it.',
    });

  const B = settings.resamples;
  const ctx: EvidenceContext = {
    seed: input.seed,
    resamples: B,
    changePoints: settings.changePoints ?? ANALYSIS_DEFAULTS.changePoints,
    runnerNoise: settings.runnerNoise ?? ANALYSIS_DEFAULTS.runnerNoise,
    rho: correlation.rho,
    ...scratch(B),
  };

  const items: Item[] = [];
  const verdicts: SeriesVerdict[] = [];
  const seen = new Set<string>();
  const statisticWarnings = new Map<string, Warning>();
  for (const cur of input.current.series) {
    const id = seriesId(cur);
    seen.add(id);
    const rule = input.ruleFor(cur);
    const direction = rule.direction ?? cur.direction;
    const shell: SeriesVerdict = {
      name: cur.name,
      metric: cur.metric,
      unit: cur.unit,
      direction,
      status: 'unchanged',
      verdict: 'pass',
      mode: 'none',
      current: median(valuesOf(cur)),
      reason: '',
      warnings: [],
    };
    if (rule.ignore) {
      verdicts.push({ ...shell, status: 'ignored', reason: 'ignored by the configuration' });
      continue;
    }
    const base = sameJob.get(id);
    const past = history.get(id) ?? [];
    const changed = unitChange(cur, base ?? past[past.length - 1]?.series);
    if (changed) {
      verdicts.push({ ...shell, ...changed });
      continue;
    }
    const si: SeriesInput = {
      current: cur,
      id,
      rule,
      direction,
      sameJob: base,
      // Runs in another unit are another quantity: never compared (issue 10).
      history: past.filter((h) => h.series.unit === cur.unit),
    };
    const statistic = statisticChange(cur, base ?? past[past.length - 1]?.series);
    if (statistic) statisticWarnings.set(id, statistic);
    const evidence = evaluate(si, ctx);
    if (!evidence) {
      const limit = checkLimits(shell.current!, rule, cur.unit);
      verdicts.push({
        ...shell,
        status: 'new',
        reason: 'no baseline for this benchmark yet',
        ...(limit ?? {}),
      });
      continue;
    }
    const unstable = evidence.method === 'exact' || evidence.method === 'threshold' ? [] : instability(si);
    items.push({ input: si, evidence, ...(unstable.length ? { unstable } : {}) });
  }

  for (const v of decideAll(items, input)) verdicts.push(v);
  for (const v of verdicts) {
    const w = statisticWarnings.get(seriesId(v));
    if (w) v.warnings.push(w);
  }
  // Absolute limits fail regardless of the comparison.
  for (const v of verdicts) {
    if (v.status === 'ignored' || v.status === 'new' || v.current === undefined) continue;
    const rule = input.ruleFor(v);
    const limit = checkLimits(v.current, rule, v.unit);
    if (limit) Object.assign(v, limit, { reason: `${limit.reason}; ${v.reason}` });
  }

  const lastBase = baseRun?.series ?? runs[runs.length - 1]?.series ?? [];
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

  const shift = globalShift(verdicts);
  if (shift) {
    warnings.push({
      kind: 'global-shift',
      message: `${shift.moved} of ${shift.of} compared series moved the same way (median ${signed(shift.change)}): a runner or global shift is more likely than that many separate changes.`,
      hint: 'Rerun the job, or compare on one runner with `baseline-output`; if the code changed something shared (compiler flags, runtime, allocator), this is real.',
    });
    discountShift(verdicts, shift.change, input);
  }

  const sorted = sortVerdicts(verdicts);
  let mode: Mode = 'none';
  for (const v of sorted) if (MODE_RANK[v.mode] < MODE_RANK[mode]) mode = v.mode;
  return {
    suite: input.suite,
    verdict: suiteOutcome(sorted),
    mode,
    counts: countVerdicts(sorted),
    series: sorted,
    warnings,
    settings,
    baselineCommit: baseRun?.commit ?? runs[runs.length - 1]?.commit,
    baselineRuns: baseRun ? 1 : runs.length,
    ...(shift ? { globalShift: { change: shift.change } } : {}),
  };
}

/**
 * A series whose baseline has another unit (MB/s → ops/s under the same name and metric) measures
 * something else now: reported as such, never compared. Units are canonical (src/units.ts), so ns and ms
 * of one quantity never differ here.
 */
function unitChange(cur: Series, base: Series | undefined): Partial<SeriesVerdict> | undefined {
  if (!base || base.unit === cur.unit) return undefined;
  return {
    unitChanged: { from: base.unit, to: cur.unit },
    reason: `unit changed from ${base.unit} to ${cur.unit}: not compared`,
    warnings: [
      {
        kind: 'unit-changed',
        message: 'Some series changed their unit since the baseline: they are reported, not compared.',
        hint: 'A unit change usually means the benchmark now measures something else; the comparison resumes once the baseline has the new unit.',
      },
    ],
  };
}

/**
 * A console output that prints only the mean (vitest, tinybench v2, mitata: `statistic: 'mean'`) against
 * a baseline read from the JSON (the median), or the reverse: the two are compared, since they measure the
 * same code, but a skewed benchmark's mean and median differ by more than a threshold, so the report says
 * that the change may be the statistic's, not the code's.
 */
function statisticChange(cur: Series, base: Series | undefined): Warning | undefined {
  const name = (s: Series): string => (s.statistic === 'mean' ? 'the mean' : "the tool's median");
  if (!base || (cur.statistic === 'mean') === (base.statistic === 'mean')) return undefined;
  return {
    kind: 'statistic-changed',
    message: `Some series hold ${name(cur)} now and ${name(base)} in the baseline (a console output compared with a JSON one): their change mixes the two statistics.`,
    hint: 'Keep one output of the tool for the comparison: its JSON export gives the median and the samples.',
  };
}

/**
 * Under a suite-wide shift (an outlying runner, a runner image update too recent for change-point
 * detection) many series cross the warn threshold together, and each warn is a false alarm about that
 * series. A warn or an improvement that does not stand out from the shared move by the warn threshold
 * is therefore reported as moving with the suite. Fails are never discounted: they are decided on the
 * raw change, so a real suite-wide regression beyond the fail bound still fails, and the shift itself
 * is reported either way.
 */
function discountShift(verdicts: SeriesVerdict[], shift: number, input: AnalyzeInput): void {
  for (const v of verdicts) {
    if (v.change === undefined || !Number.isFinite(v.change) || v.verdict === 'fail' || v.limit) continue;
    const worse = v.status === 'regression' && v.verdict === 'warn';
    const better = v.status === 'improvement';
    if (!worse && !better) continue;
    // The series' own change once the shared move is taken out, on the ratio scale.
    const residual = (1 + v.change) / (1 + shift) - 1;
    const threshold = input.ruleFor(v).warnThreshold;
    if (worse ? residual >= threshold : residual <= -threshold) continue;
    v.status = 'unchanged';
    v.verdict = 'pass';
    v.severity = undefined;
    v.reason = `moved with the suite-wide shift of ${signed(shift)} (${signed(residual)} beyond it, under the ${pct(threshold)} warn threshold); ${v.reason}`;
  }
}

/**
 * "Most series moved together": at least 5 statistically compared series, at least three quarters of
 * them on one side, a sign test across series at p < 0.01, and a median change of at least 2%.
 */
function globalShift(verdicts: SeriesVerdict[]): { change: number; moved: number; of: number } | undefined {
  const changes = verdicts
    .filter(
      (v) =>
        (v.method === 'bootstrap' ||
          v.method === 'history' ||
          v.method === 'history-two-sample' ||
          v.method === 'one-run' ||
          v.method === 'replicates') &&
        Number.isFinite(v.change),
    )
    .map((v) => Math.log1p(v.change!));
  const n = changes.length;
  if (n < 5) return undefined;
  const up = changes.filter((c) => c > 0).length;
  const down = changes.filter((c) => c < 0).length;
  const moved = Math.max(up, down);
  const mid = median(changes);
  const p = Math.min(1, 2 * binomialUpperTail(n, 0.5, moved));
  if (moved < 0.75 * n || p >= 0.01 || Math.abs(mid) < Math.log(1.02)) return undefined;
  return { change: Math.expm1(mid), moved, of: n };
}
