/**
 * Per-series evidence: which baseline a series is compared with (DESIGN.md §3, best mode first), the
 * oriented log change ℓ̂ (positive = worse), one-sided p-values both ways and a way to get interval
 * endpoints at any level. The decision (Benjamini–Hochberg across the suite, thresholds) is decide.ts.
 */
import type { Direction, Run, Series } from '../model.js';
import {
  MAD_TO_SD,
  bcaLogRatioOfMedians,
  changePoints,
  mad,
  mannWhitney,
  median,
  medianDistribution,
  minimumP,
  momentsOf,
  normalCdf,
  normalQuantile,
  medianInflation,
  rankInflation,
  Rng,
  shiftBound,
  twoSampleInflation,
  tCdf,
  tQuantile,
} from '../stats/index.js';
import type { Method, Mode, SeriesRule } from './types.js';

/** Everything known about one series of the current run. */
export interface SeriesInput {
  current: Series;
  id: string;
  rule: SeriesRule;
  direction: Direction;
  /** Same-job mode: the series in the base commit's run. */
  sameJob?: Series;
  /** History mode: the series in earlier base-branch runs, oldest first. */
  history: { run: Run; series: Series }[];
}

export interface Evidence {
  mode: Exclude<Mode, 'none'>;
  method: Method;
  /** Headlines compared, in the series' unit (medians when there are samples). */
  baseline: number;
  current: number;
  /** Oriented log change ℓ̂ = ±(ln current − ln baseline); positive is worse. May be ±Infinity (exact, from 0). */
  estimate: number;
  n: { baseline: number; current: number };
  /** One-sided p-values of "worse" and "better"; absent when nothing was tested. */
  pWorse?: number;
  pBetter?: number;
  /** Oriented log endpoints at the given lower-tail probabilities. */
  interval?: (levels: number[]) => number[];
  /**
   * A second, rank-based one-sided bound at level α (same-job: Mann–Whitney inverted, robust where the
   * bootstrap's far tail is lumpy at small n). Computed only for fail candidates.
   */
  rankBound?: (alpha: number) => number;
  /** The smallest p-value the test can produce at these sample sizes (rank tests are discrete). */
  minP?: number;
  segment?: { runs: number; since?: string };
  /** Why statistics were not attempted (threshold mode), for the reason text. */
  shortOf?: { what: 'samples' | 'runs' | 'positive'; have: number; need: number };
  /**
   * The strictest one-sided level a fail bound may be taken at. Set where the run-to-run noise is of the
   * size of the fail threshold (assumed, learned from few runs, or from a noisy history): there the
   * threshold adds no margin and a 2.5% bound would fail 1–2.5% of unchanged series.
   */
  failTailCap?: number;
  /** The run-to-run noise the comparison accounted for, for the reason text. */
  noise?: RunNoise;
  /** Runs per side (replicates). */
  runs?: { baseline: number; current: number };
}

/** Run-to-run noise: relative sd of a run's headline between runs (ln scale), and where it came from. */
export interface RunNoise {
  sigma: number;
  /** Degrees of freedom of the estimate (Infinity when assumed). */
  dof: number;
  /** assumed: `runner-noise`; history: the series' base-branch runs; runs: this comparison's replicates. */
  source: 'assumed' | 'history' | 'runs';
  /** Base-branch runs the history's estimate came from. */
  historyRuns?: number;
}

/**
 * One-sided level of the fail bound where the run-to-run noise dominates (see Evidence.failTailCap):
 * 99.9%. At 97.5% a spread of the fail threshold's size fails 1–2.5% of unchanged series; and a run-wide
 * shift (a contended process moves every series of the suite together) makes fails arrive together, where
 * Benjamini–Hochberg no longer protects the PR. Measured in bench/accuracy.ts (shared-VM scenarios): 99.5%
 * let 8% of unchanged 30-series PRs fail in history mode, 99.9% keeps them under 5%.
 */
export const BETWEEN_RUN_FAIL_TAIL = 0.001;

/**
 * Above this many samples per side the tests run on this many evenly spaced order statistics of each side
 * (the headline medians stay exact). At 20,000 samples the sd of a log median is 0.9% of the samples'
 * own spread — 0.09% at a 10% CV — so only a change within a tenth of a percent of a threshold could be
 * decided differently, while a million samples compare in well under a second.
 */
export const MAX_TEST_SAMPLES = 20_000;

/** `values` unchanged up to `max`; above, `max` evenly spaced order statistics (the (i + ½)/max quantiles). */
export function thin(values: readonly number[], max = MAX_TEST_SAMPLES): number[] {
  const n = values.length;
  if (n <= max) return values as number[];
  const sorted = Float64Array.from(values).sort();
  const out = new Array<number>(max);
  for (let i = 0; i < max; i++) out[i] = sorted[Math.floor(((i + 0.5) * n) / max)];
  return out;
}

export interface EvidenceContext {
  seed: string;
  resamples: number;
  changePoints: { window: number; p: number };
  runnerNoise: number;
  /** Lag-1 autocorrelation of samples within a run, pooled across the suite (0 = independent). */
  rho: number;
  /** Shared scratch buffers for the bootstrap (one analysis runs one series at a time). */
  buffer: Float64Array;
  randomBuffer: Uint32Array;
}

/** Metrics that count rather than time: without variance by nature. */
const EXACT_METRICS = /^(allocs\/op|B\/op)$|instruction|^instr(s|uctions)?$|^Ir$/i;

/** Below this relative spread a history is treated as noise-free rather than infinitely precise. */
const MIN_RUN_SPREAD = 0.005;

export function valuesOf(s: Series): number[] {
  return s.samples && s.samples.length > 0 ? s.samples : [s.value];
}

function allEqual(v: readonly number[]): boolean {
  for (let i = 1; i < v.length; i++) if (v[i] !== v[0]) return false;
  return true;
}

function allPositive(v: readonly number[]): boolean {
  for (const x of v) if (!(x > 0) || !Number.isFinite(x)) return false;
  return true;
}

/**
 * ln(1 + change), signed so that positive is worse. For positive values that is ±ln(current/base); from
 * zero any increase is infinitely worse (or better); for values at or below zero (custom metrics) the
 * change is taken relative to the baseline's magnitude, so −5 → −4 is 20% more.
 */
export function orientedLogChange(base: number, current: number, direction: Direction): number {
  const d = direction === 'smaller' ? 1 : -1;
  if (base > 0 && current > 0) return d * (Math.log(current) - Math.log(base));
  if (base === current) return 0;
  if (base === 0) return current > 0 ? d * Infinity : -d * Infinity;
  const rel = (d * (current - base)) / Math.abs(base);
  return rel > -1 ? Math.log1p(rel) : -Infinity;
}

export function evaluate(si: SeriesInput, ctx: EvidenceContext): Evidence | undefined {
  const cur = valuesOf(si.current);
  const minSamples = si.rule.minSamples;
  const hist = si.history;
  const newest = hist.length ? hist[hist.length - 1].series : undefined;

  // Exact counts first: statistics on values without variance only add noise to the answer.
  const exactBase = si.sameJob
    ? valuesOf(si.sameJob)
    : newest && valuesOf(newest).length > 1
      ? valuesOf(newest)
      : hist.slice(-10).map((h) => h.series.value);
  if (exactBase.length > 0) {
    const knownExact = EXACT_METRICS.test(si.current.metric);
    const configured = si.rule.deterministic === true || si.current.exact === true;
    if (
      configured ||
      (allEqual(cur) && allEqual(exactBase) && (cur.length > 1 || exactBase.length > 1 || knownExact))
    ) {
      // Configured exact series may still jitter: compare their medians. Truly constant ones are equal.
      const baseline = si.sameJob || configured ? median(exactBase) : newest!.value;
      const current = median(cur);
      return {
        mode: si.sameJob ? 'same-job' : 'history',
        method: 'exact',
        baseline,
        current,
        estimate: orientedLogChange(baseline, current, si.direction),
        n: { baseline: exactBase.length, current: cur.length },
      };
    }
  }

  if (si.sameJob) {
    const baseRuns = runsOf(si.sameJob);
    const curRuns = runsOf(si.current);
    if (
      baseRuns.length + curRuns.length > 2 &&
      allPositive(baseRuns.map(runHeadline)) &&
      allPositive(curRuns.map(runHeadline))
    )
      return replicates(si, baseRuns, curRuns, ctx);
    const base = valuesOf(si.sameJob);
    if (cur.length >= minSamples && base.length >= minSamples && allPositive(cur) && allPositive(base)) {
      const noise = historyNoise(si, ctx) ?? assumedNoise(ctx);
      return noise ? oneRun(si, thin(base), thin(cur), noise, ctx) : sameJob(si, thin(base), thin(cur), ctx);
    }
  }

  // History runs are compared by their headline values: the store keeps samples for the newest few runs
  // only, and a headline that is a mean would make a false step where the medians of samples begin.
  const usable = usableHistory(si);
  if (allPositive(cur) && si.current.value > 0) {
    if (usable.length >= minSamples) return fromHistory(si, usable, cur, ctx);
    const last = usable.length ? valuesOf(usable[usable.length - 1].series) : [];
    if (usable.length > 0 && cur.length >= minSamples && last.length >= minSamples)
      return historyTwoSample(si, usable, last, cur, ctx);
  }

  // Too little data: a relative change of headlines, never a test.
  const baseHeadlines = si.sameJob
    ? [median(valuesOf(si.sameJob))]
    : hist.slice(-5).map((h) => h.series.value);
  if (baseHeadlines.length === 0) return undefined;
  const baseline = median(baseHeadlines);
  const current = si.sameJob ? median(cur) : si.current.value;
  const positive = allPositive(cur) && allPositive(si.sameJob ? valuesOf(si.sameJob) : baseHeadlines);
  const baseSamples = si.sameJob ? valuesOf(si.sameJob).length : 0;
  return {
    mode: 'threshold',
    method: 'threshold',
    baseline,
    current,
    estimate: orientedLogChange(baseline, current, si.direction),
    n: { baseline: si.sameJob ? baseSamples : hist.length, current: cur.length },
    shortOf: !positive
      ? { what: 'positive', have: 0, need: 0 }
      : si.sameJob
        ? { what: 'samples', have: Math.min(cur.length, baseSamples), need: minSamples }
        : { what: 'runs', have: hist.length, need: minSamples },
  };
}

/** +1 where smaller is better, −1 where bigger is: multiplied into a log, positive is then worse. */
export function sign(direction: Direction): 1 | -1 {
  return direction === 'smaller' ? 1 : -1;
}

/** Mode 1: base and head in one job. BCa CI of the ratio of medians; Mann–Whitney for p-values. */
function sameJob(si: SeriesInput, base: number[], cur: number[], ctx: EvidenceContext): Evidence {
  const d = sign(si.direction);
  const ranks = twoSampleInflation(base.length, cur.length, (n) => rankInflation(n, ctx.rho));
  const medians = twoSampleInflation(base.length, cur.length, (n) => medianInflation(n, ctx.rho));
  const lx = base.map((v) => d * Math.log(v));
  const ly = cur.map((v) => d * Math.log(v));
  const bm = median(base);
  const cm = median(cur);
  return {
    mode: 'same-job',
    method: 'bootstrap',
    baseline: bm,
    current: cm,
    estimate: d * (Math.log(cm) - Math.log(bm)),
    n: { baseline: base.length, current: cur.length },
    pWorse: mannWhitney(lx, ly, 'greater', 0, ranks).p,
    pBetter: mannWhitney(lx, ly, 'less', 0, ranks).p,
    minP: minimumP(base.length, cur.length),
    rankBound: (alpha) => shiftBound(lx, ly, alpha, 'lower', ranks),
    interval: (levels) => {
      // The bootstrap works on ln(head/base); for bigger-is-better the oriented interval is mirrored.
      const r = bcaLogRatioOfMedians(base, cur, {
        resamples: ctx.resamples,
        rng: new Rng(`${ctx.seed}\u0000${si.id}`),
        levels: d === 1 ? levels : levels.map((l) => 1 - l),
        buffer: ctx.buffer,
        randomBuffer: ctx.randomBuffer,
      });
      // Correlated samples: the bootstrap (which assumes independence) is too narrow by √inflation.
      const widen = Math.sqrt(medians);
      return r.endpoints.map((e) => d * (r.estimate + widen * (e - r.estimate)));
    },
  };
}

/** Var(ln median) of a run from its samples: (π/2)·σ²/n with σ from the MAD of the log samples. */
function withinVariance(values: readonly number[]): number | undefined {
  if (values.length < 2) return undefined;
  const s = MAD_TO_SD * mad(values.map(Math.log));
  return ((Math.PI / 2) * s * s) / values.length;
}

/** Variance factor of the median of N values relative to one value (π/2N for large N; exact for 1–2). */
function medianFactor(N: number): number {
  return N <= 2 ? 1 / N : Math.PI / (2 * N);
}

/**
 * Mode 2: one value (the run's headline) per base-branch run since the last change point. Robust centre
 * and spread on logs; a Student-t prediction bound whose variance includes the run-to-run noise learned
 * from the history. When this run has samples, its own within-run variance replaces the history's.
 */
function fromHistory(
  si: SeriesInput,
  usable: { run: Run; series: Series }[],
  cur: number[],
  ctx: EvidenceContext,
): Evidence {
  const d = sign(si.direction);
  const N = usable.length;
  const runValues = usable.map((h) => valuesOf(h.series));
  const { m, spread, dof, start } = historySpread(usable, d, ctx);
  const Nseg = N - start;

  const c = d * Math.log(si.current.value);
  // Several runs of this commit (replicates): its value is the median of their headlines, so its
  // run-to-run variance is that of a median of k runs, not of one run.
  const k = si.current.runs && si.current.runs.length > 1 ? si.current.runs.length : 1;
  let variance = spread * spread * (medianFactor(k) + medianFactor(Nseg));
  const wc = k === 1 && cur.length >= si.rule.minSamples ? withinVariance(cur) : undefined;
  const wh = runValues
    .slice(start)
    .map(withinVariance)
    .filter((v): v is number => v !== undefined);
  if (wc !== undefined && wh.length > 0) {
    // Run-to-run variance = spread of run medians minus their own sampling variance.
    const between = Math.max(spread * spread - median(wh), 0);
    variance = between + wc + spread * spread * medianFactor(Nseg);
  }
  const se = Math.sqrt(variance);
  const estimate = c - m;
  const t = estimate / se;
  return {
    mode: 'history',
    method: 'history',
    baseline: Math.exp(d * m),
    current: si.current.value,
    estimate,
    n: { baseline: Nseg, current: cur.length },
    ...(k > 1 ? { runs: { baseline: Nseg, current: k } } : {}),
    pWorse: 1 - tCdf(t, dof),
    pBetter: tCdf(t, dof),
    interval: (levels) => levels.map((l) => estimate + tQuantile(l, dof) * se),
    segment: { runs: Nseg, since: start > 0 ? usable[start].run.commit : undefined },
    failTailCap: BETWEEN_RUN_FAIL_TAIL,
  };
}

/**
 * The robust centre of the history since its last change point, and the run-to-run spread of its
 * headlines: residuals about each segment's median, pooled (a step in the history is not noise), scaled
 * by 1.4826·median, at least 0.5%.
 */
function historySpread(
  usable: { run: Run; series: Series }[],
  d: 1 | -1,
  ctx: EvidenceContext,
): { m: number; spread: number; dof: number; start: number } {
  const N = usable.length;
  const h = Float64Array.from(usable, (r) => d * Math.log(r.series.value));
  const cps = changePoints(h, ctx.changePoints);
  const bounds = [0, ...cps.map((c) => c.index), N];
  const start = bounds[bounds.length - 2];
  const m = median(h.subarray(start));
  const residuals: number[] = [];
  for (let s = 0; s + 1 < bounds.length; s++) {
    const seg = h.subarray(bounds[s], bounds[s + 1]);
    const c = median(seg);
    for (const v of seg) residuals.push(Math.abs(v - c));
  }
  const spread = Math.max(MAD_TO_SD * median(residuals), MIN_RUN_SPREAD);
  return { m, spread, dof: Math.max(1, N - (bounds.length - 1)), start };
}

function usableHistory(si: SeriesInput): { run: Run; series: Series }[] {
  return si.history.filter((h) => h.series.value > 0 && Number.isFinite(h.series.value));
}

/** The series' run-to-run noise from its base-branch history, when it has at least min-samples runs. */
function historyNoise(si: SeriesInput, ctx: EvidenceContext): RunNoise | undefined {
  const usable = usableHistory(si);
  if (usable.length < Math.max(2, si.rule.minSamples)) return undefined;
  const { spread, dof } = historySpread(usable, 1, ctx);
  return { sigma: spread, dof, source: 'history', historyRuns: usable.length };
}

/** `runner-noise`, unless it is 0 (trust the within-run samples alone). */
function assumedNoise(ctx: EvidenceContext): RunNoise | undefined {
  if (!(ctx.runnerNoise > 0)) return undefined;
  return { sigma: Math.log1p(ctx.runnerNoise), dof: Infinity, source: 'assumed' };
}

/** Var(ln median) of one sample set from the median's exact resampling distribution, widened for ρ. */
function medianVariance(values: readonly number[], rho: number): number {
  if (values.length < 2) return 0;
  const v = momentsOf(medianDistribution(Float64Array.from(values).sort()), Math.log).variance;
  return v * medianInflation(values.length, rho);
}

function quantileOf(p: number, dof: number): number {
  return Number.isFinite(dof) ? tQuantile(p, dof) : normalQuantile(p);
}

function cdfOf(t: number, dof: number): number {
  return Number.isFinite(dof) ? tCdf(t, dof) : normalCdf(t);
}

/**
 * Same job, one run per side. The two runs are two processes: they differ by the run-to-run noise σ
 * (code layout, frequency, a neighbour) that no sample inside either run can show. So the change of the
 * medians is judged against Var(within, base) + Var(within, head) + 2σ², with σ from the series'
 * history when it has one, else `runner-noise`; Student t with the history's degrees of freedom, normal
 * when σ is assumed.
 */
function oneRun(
  si: SeriesInput,
  base: number[],
  cur: number[],
  noise: RunNoise,
  ctx: EvidenceContext,
): Evidence {
  const d = sign(si.direction);
  const bm = median(base);
  const cm = median(cur);
  const se = Math.sqrt(
    medianVariance(base, ctx.rho) + medianVariance(cur, ctx.rho) + 2 * noise.sigma * noise.sigma,
  );
  const estimate = d * (Math.log(cm) - Math.log(bm));
  const t = estimate / se;
  return {
    mode: 'same-job',
    method: 'one-run',
    baseline: bm,
    current: cm,
    estimate,
    n: { baseline: base.length, current: cur.length },
    pWorse: 1 - cdfOf(t, noise.dof),
    pBetter: cdfOf(t, noise.dof),
    interval: (levels) => levels.map((l) => estimate + quantileOf(l, noise.dof) * se),
    failTailCap: BETWEEN_RUN_FAIL_TAIL,
    noise,
  };
}

interface RunValues {
  value: number;
  samples?: number[];
}

/** A series' runs: its replicates, or the series itself as its one run. */
function runsOf(s: Series): RunValues[] {
  return s.runs && s.runs.length > 0 ? s.runs : [{ value: s.value, samples: s.samples }];
}

/** A run's headline for the between-run test: the median of its samples, else its value. */
function runHeadline(r: RunValues): number {
  return r.samples && r.samples.length > 0 ? median(r.samples) : r.value;
}

/**
 * Same job, several runs on at least one side: the runs are the replicates. A two-sample t test on the
 * log run medians, with the pooled between-run variance (pooled further with the history's spread when
 * the series has a history, weighted by degrees of freedom) and never below the runs' own sampling
 * variance of a median — the within-run samples refine, they never stand in for the spread between runs.
 * With one run on each side there is nothing to pool: that is oneRun.
 */
function replicates(
  si: SeriesInput,
  baseRuns: RunValues[],
  curRuns: RunValues[],
  ctx: EvidenceContext,
): Evidence {
  const d = sign(si.direction);
  const a = baseRuns.map((r) => d * Math.log(runHeadline(r)));
  const b = curRuns.map((r) => d * Math.log(runHeadline(r)));
  const mean = (v: number[]): number => v.reduce((x, y) => x + y, 0) / v.length;
  const ma = mean(a);
  const mb = mean(b);
  let ss = 0;
  for (const v of a) ss += (v - ma) ** 2;
  for (const v of b) ss += (v - mb) ** 2;
  let dof = a.length - 1 + b.length - 1;
  let variance = ss / dof;
  const source: RunNoise['source'] = 'runs';
  const fromHistory = historyNoise(si, ctx);
  let historyRuns: number | undefined;
  if (fromHistory) {
    variance = (dof * variance + fromHistory.dof * fromHistory.sigma ** 2) / (dof + fromHistory.dof);
    dof += fromHistory.dof;
    historyRuns = fromHistory.historyRuns;
  }
  // Refinement from the samples: a run median varies at least by its own sampling variance.
  const within = [...baseRuns, ...curRuns]
    .filter((r) => r.samples && r.samples.length >= 2)
    .map((r) => medianVariance(thin(r.samples!), ctx.rho));
  const floor = Math.max(MIN_RUN_SPREAD ** 2, within.length ? median(within) : 0);
  variance = Math.max(variance, floor);
  const se = Math.sqrt(variance * (1 / a.length + 1 / b.length));
  const estimate = mb - ma;
  const t = estimate / se;
  const sigma = Math.sqrt(variance);
  return {
    mode: 'same-job',
    method: 'replicates',
    baseline: Math.exp(d * ma),
    current: Math.exp(d * mb),
    estimate,
    n: { baseline: a.length, current: b.length },
    runs: { baseline: a.length, current: b.length },
    pWorse: 1 - tCdf(t, dof),
    pBetter: tCdf(t, dof),
    interval: (levels) => levels.map((l) => estimate + tQuantile(l, dof) * se),
    failTailCap: BETWEEN_RUN_FAIL_TAIL,
    noise: { sigma, dof, source, ...(historyRuns ? { historyRuns } : {}) },
  };
}

/**
 * History too short to learn run-to-run noise, but samples on both sides: compare with the newest base
 * run's samples, adding an assumed run-to-run variance for each of the two runners (2σ²) to the
 * bootstrap variance of both medians. Without that term the two-sample test fires on ~45% of unchanged
 * code when the base ran on another runner.
 */
function historyTwoSample(
  si: SeriesInput,
  usable: { run: Run; series: Series }[],
  base: number[],
  cur: number[],
  ctx: EvidenceContext,
): Evidence {
  const d = sign(si.direction);
  const bm = median(base);
  const cm = median(cur);
  const vb = momentsOf(medianDistribution(Float64Array.from(base).sort()), Math.log).variance;
  const vc = momentsOf(medianDistribution(Float64Array.from(cur).sort()), Math.log).variance;
  const sigma = Math.log1p(ctx.runnerNoise);
  const se = Math.sqrt(
    vb * medianInflation(base.length, ctx.rho) +
      vc * medianInflation(cur.length, ctx.rho) +
      2 * sigma * sigma,
  );
  const estimate = d * (Math.log(cm) - Math.log(bm));
  const z = estimate / se;
  return {
    mode: 'history',
    method: 'history-two-sample',
    baseline: bm,
    current: cm,
    estimate,
    n: { baseline: base.length, current: cur.length },
    pWorse: 1 - normalCdf(z),
    pBetter: normalCdf(z),
    interval: (levels) => levels.map((l) => estimate + normalQuantile(l) * se),
    segment: { runs: usable.length },
    failTailCap: BETWEEN_RUN_FAIL_TAIL,
  };
}
