/**
 * Is one run's sample set fit to decide on? Three signs that it is not (issue 11 §1): two modes (a run
 * that switched between a fast and a slow state: SMT contention, frequency steps, a second code path),
 * drift in time order (throttling, a neighbour starting), and a spread far above what the series shows in
 * its history. Each check is O(n log n) at most and tuned to stay silent on unimodal, stationary noise
 * (lognormal, AR(1) ρ ≤ 0.5, heavy tails, timer quantisation; see __tests__/stats/stability.test.ts).
 */
import { mannWhitney } from './mann-whitney.js';
import { MAD_TO_SD, mad, median } from './select.js';

export interface Bimodality {
  /** Share of samples in the upper mode. */
  share: number;
  /** Relative distance between the two modes' centres (0.3 = the upper mode is 30% slower). */
  gap: number;
  /** Ashman's D = √2·|μ₁ − μ₂| / √(σ₁² + σ₂²); above 2 the modes are cleanly separated. */
  d: number;
}

/** Fewer samples than this and no check says anything. */
export const MIN_STABILITY_SAMPLES = 20;

/**
 * Two modes in `logs` (log samples): the best split into two groups (Otsu: the one that maximises the
 * between-group variance, found in one pass over the sorted values with prefix sums), reported when each
 * group holds at least `minShare` (15%) of the samples, Ashman's D ≥ `minD` (4: a normal sample split in two
 * gives about 2.7, a uniform one 3.5), the centres differ by at least `minGap` (relative), and the middle
 * of the way between the centres is nearly empty. Undefined otherwise.
 */
export function bimodality(
  logs: ArrayLike<number>,
  opts: { minShare?: number; minD?: number; minGap?: number } = {},
): Bimodality | undefined {
  const n = logs.length;
  if (n < MIN_STABILITY_SAMPLES) return undefined;
  const minShare = opts.minShare ?? 0.15;
  const minD = opts.minD ?? 4;
  const minGap = opts.minGap ?? 0.05;
  const s = Float64Array.from(logs).sort();
  const sum = new Float64Array(n + 1);
  const sq = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    sum[i + 1] = sum[i] + s[i];
    sq[i + 1] = sq[i] + s[i] * s[i];
  }
  const lo = Math.max(2, Math.ceil(minShare * n));
  let best = -1;
  let bestScore = -Infinity;
  for (let k = lo; k <= n - lo; k++) {
    // Between-group variance ∝ k(n − k)(μ₁ − μ₂)².
    const m1 = sum[k] / k;
    const m2 = (sum[n] - sum[k]) / (n - k);
    const score = k * (n - k) * (m2 - m1) * (m2 - m1);
    if (score > bestScore) {
      bestScore = score;
      best = k;
    }
  }
  if (best < 0) return undefined;
  const k = best;
  const m1 = sum[k] / k;
  const m2 = (sum[n] - sum[k]) / (n - k);
  const v1 = Math.max(0, sq[k] / k - m1 * m1);
  const v2 = Math.max(0, (sq[n] - sq[k]) / (n - k) - m2 * m2);
  const gap = Math.expm1(m2 - m1);
  const d = v1 + v2 > 0 ? (Math.SQRT2 * (m2 - m1)) / Math.sqrt(v1 + v2) : Infinity;
  if (d < minD || gap < minGap) return undefined;
  // Two modes leave a hole between them: the middle third of the way from one centre to the other holds
  // under a quarter of the samples it would at the average density between the centres. A unimodal
  // sample split in two has its densest part there (ratio ≈ 0.6 for a normal one); small samples reach
  // D ≥ 4 by chance, but not with a hole in the middle.
  const w = (m2 - m1) / 6;
  const mid = (m1 + m2) / 2;
  const inBand = upperBound(s, mid + w) - upperBound(s, mid - w);
  const between = upperBound(s, m2) - upperBound(s, m1);
  if (between === 0 || inBand / (between / 3) >= 0.25) return undefined;
  return { share: (n - k) / n, gap, d };
}

export interface Drift {
  /** Relative change from the first third of the run to the last (positive: values grew). */
  change: number;
  /** One-sided Mann–Whitney p-value of the last third against the first. */
  p: number;
}

/**
 * Drift in time order: the last third of the samples against the first third, reported when they differ
 * by at least `minChange` (relative, on medians) and a Mann–Whitney test between the thirds gives
 * p < `alpha` (Bonferroni over both directions). Samples a tool reports sorted carry no time order and are
 * skipped (undefined).
 */
export function drift(
  logs: ArrayLike<number>,
  opts: { minChange?: number; alpha?: number } = {},
): Drift | undefined {
  const n = logs.length;
  if (n < MIN_STABILITY_SAMPLES) return undefined;
  let up = true;
  let down = true;
  for (let i = 1; i < n; i++) {
    if (logs[i] < logs[i - 1]) up = false;
    if (logs[i] > logs[i - 1]) down = false;
  }
  if (up || down) return undefined;
  const third = Math.floor(n / 3);
  const first = Array.from({ length: third }, (_, i) => logs[i]);
  const last = Array.from({ length: third }, (_, i) => logs[n - third + i]);
  const change = Math.expm1(median(last) - median(first));
  if (Math.abs(change) < (opts.minChange ?? 0.05)) return undefined;
  const p = mannWhitney(first, last, change > 0 ? 'greater' : 'less').p;
  if (p >= (opts.alpha ?? 0.0005)) return undefined;
  return { change, p };
}

/** Robust relative spread of a run's samples: 1.4826·MAD of the log samples. */
export function logSpread(logs: ArrayLike<number>): number {
  return MAD_TO_SD * mad(logs);
}

/** Number of values in the ascending array `s` that are ≤ x. */
function upperBound(s: Float64Array, x: number): number {
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const m = (lo + hi) >>> 1;
    if (s[m] <= x) lo = m + 1;
    else hi = m;
  }
  return lo;
}
