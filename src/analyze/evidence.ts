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
    const base = valuesOf(si.sameJob);
    if (cur.length >= minSamples && base.length >= minSamples && allPositive(cur) && allPositive(base))
      return sameJob(si, base, cur, ctx);
  }

  // History runs are compared by their headline values: the store keeps samples for the newest few runs
  // only, and a headline that is a mean would make a false step where the medians of samples begin.
  const usable = hist.filter((h) => h.series.value > 0 && Number.isFinite(h.series.value));
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

function sign(direction: Direction): 1 | -1 {
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
  const h = Float64Array.from(usable, (r) => d * Math.log(r.series.value));
  const cps = changePoints(h, ctx.changePoints);
  const bounds = [0, ...cps.map((c) => c.index), N];
  const start = bounds[bounds.length - 2];
  const segment = h.subarray(start);
  const m = median(segment);
  // Spread from residuals about each segment's median, pooled: a step in the history is not noise.
  const residuals: number[] = [];
  for (let s = 0; s + 1 < bounds.length; s++) {
    const seg = h.subarray(bounds[s], bounds[s + 1]);
    const c = median(seg);
    for (const v of seg) residuals.push(Math.abs(v - c));
  }
  const spread = Math.max(MAD_TO_SD * median(residuals), MIN_RUN_SPREAD);
  const dof = Math.max(1, N - (bounds.length - 1));
  const Nseg = N - start;

  const c = d * Math.log(si.current.value);
  let variance = spread * spread * (1 + medianFactor(Nseg));
  const wc = cur.length >= si.rule.minSamples ? withinVariance(cur) : undefined;
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
    pWorse: 1 - tCdf(t, dof),
    pBetter: tCdf(t, dof),
    interval: (levels) => levels.map((l) => estimate + tQuantile(l, dof) * se),
    segment: { runs: Nseg, since: start > 0 ? usable[start].run.commit : undefined },
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
  };
}
