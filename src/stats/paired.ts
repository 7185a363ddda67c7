/**
 * Statistics on paired differences: A/B mode's rounds each give one base and one head run taken back to
 * back, so the unit of replication is the round and the data are the per-round log ratios
 * d_i = ±(ln head_i − ln base_i) (positive = worse). Pure and deterministic (no resampling).
 *
 * - Wilcoxon signed-rank test (exact null distribution of T⁺ by dynamic programming up to
 *   EXACT_LIMIT pairs, normal approximation with tie and continuity correction above) for the p-values,
 * - Hodges–Lehmann estimate (median of the Walsh averages (d_i + d_j)/2, i ≤ j) for the change, and
 * - the distribution-free confidence bounds on the pseudo-median from the order statistics of the Walsh
 *   averages (Hollander & Wolfe, Nonparametric Statistical Methods, §3.2) for the fail bound.
 *
 * A paired t on the log ratios is here too: the A/B benchmark (bench/ab.ts) measures both, and
 * docs/ab-mode.md says why signed-rank is the default (a noisy neighbour gives heavy tails).
 */
import { binomialUpperTail, normalCdf, normalQuantile, tCdf, tQuantile } from './distributions.js';
import { median, quantileSorted } from './select.js';

/** Up to this many non-zero differences the signed-rank null distribution is computed exactly. */
export const EXACT_LIMIT = 200;

/** Exact null distribution of T⁺ for n untied pairs: counts[t] / 2ⁿ = P(T⁺ = t). Cached per n. */
const cdfCache = new Map<number, Float64Array>();
function signedRankCdf(n: number): Float64Array {
  const hit = cdfCache.get(n);
  if (hit) return hit;
  const max = (n * (n + 1)) / 2;
  // Probabilities directly (halving at every step) so nothing overflows at n = 200.
  let p = new Float64Array(max + 1);
  p[0] = 1;
  for (let k = 1; k <= n; k++) {
    const next = new Float64Array(max + 1);
    const top = (k * (k + 1)) / 2;
    for (let t = 0; t <= top; t++) next[t] = 0.5 * (p[t] + (t >= k ? p[t - k] : 0));
    p = next;
  }
  const cdf = new Float64Array(max + 1);
  let acc = 0;
  for (let t = 0; t <= max; t++) cdf[t] = acc += p[t];
  if (cdfCache.size > 64) cdfCache.clear();
  cdfCache.set(n, cdf);
  return cdf;
}

/** P(T⁺ ≤ t) under H₀ for n untied non-zero differences. */
export function signedRankCdfAt(n: number, t: number): number {
  if (t < 0) return 0;
  const max = (n * (n + 1)) / 2;
  if (t >= max) return 1;
  if (n <= EXACT_LIMIT) return Math.min(1, signedRankCdf(n)[Math.floor(t)]);
  const mean = max / 2;
  const sd = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24);
  return normalCdf((Math.floor(t) + 0.5 - mean) / sd);
}

export interface SignedRankResult {
  /** Non-zero differences used (zeros are dropped, Wilcoxon's convention). */
  n: number;
  /** Sum of the ranks of the positive differences. */
  tPlus: number;
  /** One-sided p-value of "the differences are shifted up" (worse). */
  pGreater: number;
  /** One-sided p-value of "shifted down" (better). */
  pLess: number;
  /** The smallest one-sided p-value this many pairs can give (2⁻ⁿ). */
  minP: number;
  exact: boolean;
}

/** Wilcoxon signed-rank test of d against 0; exact without ties, normal with tie correction otherwise. */
export function signedRank(d: readonly number[]): SignedRankResult {
  const nz = d.filter((x) => x !== 0 && Number.isFinite(x));
  const n = nz.length;
  if (n === 0) return { n: 0, tPlus: 0, pGreater: 1, pLess: 1, minP: 1, exact: true };
  const order = nz.map((_, i) => i).sort((a, b) => Math.abs(nz[a]) - Math.abs(nz[b]));
  const ranks = new Float64Array(n);
  let ties = false;
  let tieTerm = 0;
  for (let i = 0; i < n;) {
    let j = i;
    while (j + 1 < n && Math.abs(nz[order[j + 1]]) === Math.abs(nz[order[i]])) j++;
    const mid = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]] = mid;
    const size = j - i + 1;
    if (size > 1) {
      ties = true;
      tieTerm += size ** 3 - size;
    }
    i = j + 1;
  }
  let tPlus = 0;
  for (let i = 0; i < n; i++) if (nz[i] > 0) tPlus += ranks[i];
  const max = (n * (n + 1)) / 2;
  const minP = Math.pow(2, -n);
  if (!ties && n <= EXACT_LIMIT) {
    // P(T⁺ ≥ t) = P(T⁺ ≤ max − t) by symmetry.
    return {
      n,
      tPlus,
      pGreater: signedRankCdfAt(n, max - tPlus),
      pLess: signedRankCdfAt(n, tPlus),
      minP,
      exact: true,
    };
  }
  const mean = max / 2;
  const sd = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - tieTerm / 48);
  if (!(sd > 0)) return { n, tPlus, pGreater: 1, pLess: 1, minP, exact: false };
  return {
    n,
    tPlus,
    pGreater: 1 - normalCdf((tPlus - 0.5 - mean) / sd),
    pLess: normalCdf((tPlus + 0.5 - mean) / sd),
    minP,
    exact: false,
  };
}

/** The n(n+1)/2 Walsh averages (d_i + d_j)/2, i ≤ j, sorted ascending. */
export function walshAverages(d: readonly number[]): Float64Array {
  const n = d.length;
  const w = new Float64Array((n * (n + 1)) / 2);
  let k = 0;
  for (let i = 0; i < n; i++) for (let j = i; j < n; j++) w[k++] = (d[i] + d[j]) / 2;
  return w.sort();
}

/** Hodges–Lehmann estimate of the centre of the differences (median of the Walsh averages). */
export function hodgesLehmann(walsh: Float64Array): number {
  if (walsh.length === 0) return NaN;
  return quantileSorted(walsh, 0.5);
}

/**
 * How many Walsh averages lie outside a one-sided bound at level 1 − α: the largest k with
 * P(T⁺ ≤ k − 1) ≤ α (binary search over k ∈ [0, N]: P(T⁺ ≤ k − 1) is increasing in k). 0 when n is too
 * small for that level.
 */
function walshRank(N: number, n: number, alpha: number): number {
  let lo = 0;
  let hi = N;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (signedRankCdfAt(n, mid - 1) <= alpha) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * One-sided lower confidence bound for the pseudo-median at level 1 − α: the k-th smallest Walsh
 * average, k = walshRank (then P(θ < bound) ≤ α). −Infinity when n is too small for that level.
 */
export function walshLowerBound(walsh: Float64Array, n: number, alpha: number): number {
  const k = walshRank(walsh.length, n, alpha);
  return k === 0 ? -Infinity : walsh[k - 1];
}

/** The mirror of walshLowerBound: the k-th largest Walsh average. */
export function walshUpperBound(walsh: Float64Array, n: number, alpha: number): number {
  const k = walshRank(walsh.length, n, alpha);
  return k === 0 ? Infinity : walsh[walsh.length - k];
}

export interface PairedSummary {
  /** Number of pairs. */
  n: number;
  /** Hodges–Lehmann estimate of the oriented log change. */
  estimate: number;
  pWorse: number;
  pBetter: number;
  minP: number;
  /** Oriented log endpoints at the given lower-tail probabilities (0.025 → lower bound, 0.975 → upper). */
  interval(levels: number[]): number[];
}

/** The signed-rank / Hodges–Lehmann summary of oriented per-round log ratios (A/B mode's default test). */
export function pairedSignedRank(d: readonly number[]): PairedSummary {
  const finite = d.filter(Number.isFinite);
  const walsh = walshAverages(finite);
  const test = signedRank(finite);
  const n = finite.length;
  return {
    n,
    estimate: n ? hodgesLehmann(walsh) : 0,
    pWorse: test.pGreater,
    pBetter: test.pLess,
    minP: test.minP,
    interval: (levels) =>
      levels.map((p) => (p <= 0.5 ? walshLowerBound(walsh, n, p) : walshUpperBound(walsh, n, 1 - p))),
  };
}

/** Paired t on the log ratios: mean, one-sided p-values and t bounds (for comparison; see the docs). */
export function pairedT(d: readonly number[]): PairedSummary {
  const x = d.filter(Number.isFinite);
  const n = x.length;
  const mean = n ? x.reduce((a, b) => a + b, 0) / n : 0;
  const sd = n > 1 ? Math.sqrt(x.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1)) : NaN;
  const se = sd / Math.sqrt(n);
  const ok = n > 1 && se > 0;
  const t = ok ? mean / se : 0;
  return {
    n,
    estimate: mean,
    pWorse: ok ? 1 - tCdf(t, n - 1) : 1,
    pBetter: ok ? tCdf(t, n - 1) : 1,
    minP: 0,
    interval: (levels) =>
      levels.map((p) => (ok ? mean + tQuantile(p, n - 1) * se : p <= 0.5 ? -Infinity : Infinity)),
  };
}

/** Share trimmed from each end by the trimmed test (Wilcox's usual 20%: robust, ~95% efficient). */
export const TRIM = 0.2;

/**
 * Tukey–McLaughlin test of the 20% trimmed mean of the log ratios (Yuen's one-sample form): the
 * trimmed mean over its Winsorized standard error is compared with t on h − 2 degrees of freedom, h = n − 2g
 * the kept rounds. The textbook h − 1 is liberal at 10 rounds (5.4% at α = 5%, 0.17% at 0.1%, normal
 * d); one degree fewer holds the level at 10 and 20 rounds, normal or contaminated (a simulation in
 * __tests__/ab/paired-stats.test.ts checks it). A round where one run was hit by a neighbour is an outlier in d; signed-rank gives it the
 * largest rank (so a few such rounds hide a real shift), the trimmed mean drops it. Falls back to
 * signed-rank when the kept rounds have no spread (a quantised timer), where a t makes no sense.
 */
export function pairedTrimmed(d: readonly number[]): PairedSummary {
  const x = d.filter(Number.isFinite).sort((a, b) => a - b);
  const n = x.length;
  const g = Math.floor(TRIM * n);
  const h = n - 2 * g;
  if (h < 3) return pairedSignedRank(x);
  let sum = 0;
  for (let i = g; i < n - g; i++) sum += x[i];
  const mean = sum / h;
  // Winsorized: the g smallest set to x[g], the g largest to x[n − g − 1].
  const w = x.map((_, i) => x[Math.min(Math.max(i, g), n - g - 1)]);
  const wmean = w.reduce((a, b) => a + b, 0) / n;
  let ss = 0;
  for (const v of w) ss += (v - wmean) ** 2;
  const se = Math.sqrt(ss / (h * (h - 1)));
  if (!(se > 0)) return pairedSignedRank(x);
  const df = h - 2;
  const t = mean / se;
  return {
    n,
    estimate: mean,
    pWorse: 1 - tCdf(t, df),
    pBetter: tCdf(t, df),
    minP: 0,
    interval: (levels) => levels.map((p) => mean + tQuantile(p, df) * se),
  };
}

/**
 * The sign test on the log ratios, with the distribution-free order-statistic bounds for their median:
 * half the rounds may be wild without moving it (the trimmed mean gives way past 20%). For a statistic
 * whose rounds are either clean or disturbed — a run's floor: every run that met one undisturbed sample
 * has the same floor to a fraction of a percent, and the rest are off by anything — the count of rounds
 * on each side is the robust evidence. Rounds with d = 0 carry no sign and are left out of the test.
 */
export function pairedSign(d: readonly number[]): PairedSummary {
  const x = d.filter(Number.isFinite).sort((a, b) => a - b);
  const n = x.length;
  let worse = 0;
  let better = 0;
  for (const v of x) {
    if (v > 0) worse++;
    else if (v < 0) better++;
  }
  const signed = worse + better;
  // k: how many order statistics each one-sided bound at tail α leaves out (P(X ≤ k − 1) ≤ α, X ~ B(n, ½)).
  const rank = (alpha: number): number => {
    let k = 0;
    while (k < n && binomialUpperTail(n, 0.5, n - k) <= alpha) k++;
    return k;
  };
  return {
    n,
    estimate: n ? median(x) : 0,
    pWorse: binomialUpperTail(signed, 0.5, worse),
    pBetter: binomialUpperTail(signed, 0.5, better),
    minP: signed ? 0.5 ** signed : 1,
    interval: (levels) =>
      levels.map((p) => {
        const k = rank(p <= 0.5 ? p : 1 - p);
        if (k === 0) return p <= 0.5 ? -Infinity : Infinity;
        return p <= 0.5 ? x[k - 1] : x[n - k];
      }),
  };
}

/** Median of per-round values, for reports. */
export function medianOf(values: readonly number[]): number {
  return median([...values]);
}

/** z for a one-sided level, re-exported for callers that size the rounds. */
export function zFor(alpha: number): number {
  return -normalQuantile(alpha);
}
