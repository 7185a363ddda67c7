/**
 * Two-sample BCa bootstrap confidence interval of the ratio of medians, on the log scale:
 * θ = ln median(y) − ln median(x). Efron (1987); Efron & Tibshirani (1993) §14.3, eq. 14.14–14.15; the
 * two-sample jackknife as in scipy.stats.bootstrap (each sample left out in turn, the other kept whole).
 *
 * - x and y are resampled independently (never pooled: pooling builds a null distribution, not a CI).
 * - Each replicate's medians are drawn from their exact resampling distribution (median-distribution.ts):
 *   the same distribution as resample-then-select, in O(1) per replicate.
 * - Bias correction z₀ counts replicates equal to θ̂ as one half (as scipy ≥ 1.11 does); the fraction is
 *   clamped to [½/B, 1 − ½/B] so z₀ stays finite when every replicate falls on one side.
 * - Acceleration: the jackknife of the statistic itself, within each sample (the textbook choice, and
 *   scipy's). For the median it is nearly degenerate — for even n the leave-one-out medians take two
 *   values, k each, and â ≡ 0; for odd n, three values and |â| = O(n^-1.5) — which is what the median's
 *   influence function (±1/2f, skewness zero) says â should be, so the interval is in effect BC.
 *   The alternative the research note suggests, â from the jackknife of mean(ln y) − mean(ln x), is kept
 *   as `acceleration: 'log-mean'` but not used: one outlier the median ignores drives that â to ±0.15,
 *   and at the strict levels fails are decided on, that turned a clean 50% slowdown's 99.75% bound
 *   into −36% in the heavy-tailed accuracy scenario.
 * - The 1 − â(z₀ + z_α) denominator is kept ≥ 1e-6 so extreme levels map to the bootstrap's extremes
 *   instead of wrapping around.
 */
import { normalCdf, normalQuantile } from './distributions.js';
import { AliasTable, medianDistribution } from './median-distribution.js';
import type { Rng } from './prng.js';
import { quantileInPlace } from './select.js';

export interface BcaOptions {
  resamples: number;
  rng: Rng;
  /** Lower-tail probabilities at which to return interval endpoints (0.025 and 0.975 for a 95% CI). */
  levels: readonly number[];
  /** Default 'statistic' (jackknife of the median ratio); 'log-mean' is the non-robust alternative. */
  acceleration?: 'log-mean' | 'statistic';
  /** Scratch space for the replicates (≥ resamples), reused between calls to avoid allocation. */
  buffer?: Float64Array;
  /** Scratch space for random numbers (≥ 2·resamples). */
  randomBuffer?: Uint32Array;
}

export interface BcaResult {
  /** θ̂ = ln median(y) − ln median(x). */
  estimate: number;
  /** BCa endpoints of θ at `levels`, in the same order. */
  endpoints: number[];
  z0: number;
  a: number;
  /** Standard deviation of the bootstrap replicates. */
  sd: number;
  resamples: number;
}

/** Both samples must be non-empty and strictly positive (the ratio is taken on the log scale). */
export function bcaLogRatioOfMedians(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  opts: BcaOptions,
): BcaResult {
  const xs = Float64Array.from(x).sort();
  const ys = Float64Array.from(y).sort();
  const estimate = Math.log(medianSorted(ys)) - Math.log(medianSorted(xs));
  const B = opts.resamples;
  const theta = opts.buffer && opts.buffer.length >= B ? opts.buffer : new Float64Array(B);

  const dx = medianDistribution(xs);
  const dy = medianDistribution(ys);
  const lx = dx.values.map(Math.log);
  const ly = dy.values.map(Math.log);
  const ax = new AliasTable(dx.probs);
  const ay = new AliasTable(dy.probs);
  const rng = opts.rng;

  const u =
    opts.randomBuffer && opts.randomBuffer.length >= 2 * B ? opts.randomBuffer : new Uint32Array(2 * B);
  rng.fill(u, 2 * B);
  let below = 0;
  let equal = 0;
  let sum = 0;
  let sumSq = 0;
  // A replicate within rounding of θ̂ is a tie (the same pair of medians, or a ratio equal in exact
  // arithmetic): rounding must not decide z₀, or rescaling the data (ns → ms) would move the interval.
  const tol = 1e-12 * Math.max(1, Math.abs(estimate));
  const tieLow = estimate - tol;
  const tieHigh = estimate + tol;
  for (let b = 0; b < B; b++) {
    const t = ly[ay.pick(u[2 * b])] - lx[ax.pick(u[2 * b + 1])];
    theta[b] = t;
    if (t < tieLow) below++;
    else if (t <= tieHigh) equal++;
    sum += t;
    sumSq += t * t;
  }
  const mean = sum / B;
  const sd = Math.sqrt(Math.max(0, sumSq / B - mean * mean));

  const frac = Math.min(1 - 0.5 / B, Math.max(0.5 / B, (below + 0.5 * equal) / B));
  const z0 = normalQuantile(frac);
  const a =
    opts.acceleration === 'log-mean' ? accelerationOfLogMeans(xs, ys) : accelerationOfStatistic(xs, ys);

  const endpoints = opts.levels.map((level) => {
    if (sd === 0) return estimate;
    const w = z0 + normalQuantile(level);
    if (!Number.isFinite(w)) return w > 0 ? maxOf(theta, B) : minOf(theta, B);
    const denom = Math.max(1e-6, 1 - a * w);
    return quantileInPlace(theta, normalCdf(z0 + w / denom), B);
  });
  return { estimate, endpoints, z0, a, sd, resamples: B };
}

function medianSorted(s: Float64Array): number {
  const n = s.length;
  const m = n >>> 1;
  return n % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function minOf(a: Float64Array, n: number): number {
  let m = a[0];
  for (let i = 1; i < n; i++) if (a[i] < m) m = a[i];
  return m;
}

function maxOf(a: Float64Array, n: number): number {
  let m = a[0];
  for (let i = 1; i < n; i++) if (a[i] > m) m = a[i];
  return m;
}

/**
 * â = (1/6)·Σₖ Σᵢ U³ₖᵢ/nₖ³ ÷ (Σₖ Σᵢ U²ₖᵢ/nₖ²)^{3/2} with Uₖᵢ = (nₖ − 1)(θ̄ₖ − θₖ₍ᵢ₎), the jackknife of
 * sample k with the other sample whole (scipy's `_bca_interval`).
 */
function accelerationFrom(ux: Float64Array, uy: Float64Array): number {
  let num = 0;
  let den = 0;
  for (const u of [ux, uy]) {
    const n = u.length;
    let s3 = 0;
    let s2 = 0;
    for (let i = 0; i < n; i++) {
      s3 += u[i] ** 3;
      s2 += u[i] ** 2;
    }
    num += s3 / n ** 3;
    den += s2 / n ** 2;
  }
  return den > 0 ? num / (6 * den ** 1.5) : 0;
}

/** For θ = mean(ln y) − mean(ln x) the jackknife values are closed-form: U = ±(ln v − mean ln v). */
function accelerationOfLogMeans(xs: Float64Array, ys: Float64Array): number {
  const centred = (s: Float64Array, sign: number): Float64Array => {
    const l = s.map(Math.log);
    let m = 0;
    for (let i = 0; i < l.length; i++) m += l[i];
    m /= l.length;
    for (let i = 0; i < l.length; i++) l[i] = sign * (l[i] - m);
    return l;
  };
  // Leaving out x_i raises θ when x_i was large: U for x has the opposite sign of ln x_i − mean.
  return accelerationFrom(centred(xs, -1), centred(ys, 1));
}

/**
 * The textbook jackknife of θ itself (leave-one-out medians), as scipy computes it. On the sorted sample
 * the median without element i is one of two (odd n: three) order statistics, so all n of them take O(n).
 */
function accelerationOfStatistic(xs: Float64Array, ys: Float64Array): number {
  const lmx = Math.log(medianSorted(xs));
  const lmy = Math.log(medianSorted(ys));
  const u = (thetas: Float64Array): Float64Array => {
    const n = thetas.length;
    let mean = 0;
    for (let i = 0; i < n; i++) mean += thetas[i];
    mean /= n;
    return thetas.map((t) => (n - 1) * (mean - t));
  };
  if (xs.length < 2 || ys.length < 2) return 0;
  const tx = leaveOneOutLogMedians(xs).map((l) => lmy - l);
  const ty = leaveOneOutLogMedians(ys).map((l) => l - lmx);
  return accelerationFrom(u(tx), u(ty));
}

/** ln median of the sorted sample `s` without its i-th element, for every i (n ≥ 2). */
export function leaveOneOutLogMedians(s: Float64Array): Float64Array {
  const n = s.length;
  const out = new Float64Array(n);
  // The rest has r = n − 1 elements; rest[j] = s[j] for j < i, s[j + 1] otherwise.
  const r = n - 1;
  const at = (j: number, i: number): number => (j < i ? s[j] : s[j + 1]);
  for (let i = 0; i < n; i++) {
    const m = r >>> 1;
    out[i] = Math.log(r % 2 ? at(m, i) : (at(m - 1, i) + at(m, i)) / 2);
  }
  return out;
}
