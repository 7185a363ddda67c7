/**
 * Change points in a history series: E-divisive means (Matteson & James, JASA 2014) with the two changes
 * Hunter made to it (Fleming et al., ICPE 2023) and Apache Otava keeps:
 *
 * 1. Candidates come from E-divisive on overlapping windows (length `window`, step window/2), each
 *    candidate maximising the energy statistic Q̂(τ, κ) over split τ and right end κ, and tested with
 *    Student's t-test instead of a permutation test — deterministic, and fast. This pass uses a relaxed
 *    level (10·p for p < 0.05) and keeps "weak" change points.
 * 2. A merge pass repeatedly drops the weakest change point (largest p-value, recomputed between its
 *    neighbours) until every survivor has p < `p`.
 *
 * Differences from Otava, on purpose: both sides of a change point need at least `minSize` points (3 by
 * default), so a single outlying run does not cut the history; the t-test uses sample standard deviations
 * (ddof 1); after a removal every change point's statistics are recomputed, not only the neighbours'.
 */
import { tCdf } from './distributions.js';

export interface ChangePoint {
  /** Index of the first value of the new segment. */
  index: number;
  /** Two-sided Student's t-test p-value between the segments on either side. */
  p: number;
  meanBefore: number;
  meanAfter: number;
}

export interface ChangePointOptions {
  window?: number;
  p?: number;
  minSize?: number;
}

export const CHANGE_POINT_DEFAULTS = { window: 50, p: 0.001, minSize: 3 } as const;

export function changePoints(values: ArrayLike<number>, options: ChangePointOptions = {}): ChangePoint[] {
  const window = Math.max(2, Math.floor(options.window ?? CHANGE_POINT_DEFAULTS.window));
  const maxP = options.p ?? CHANGE_POINT_DEFAULTS.p;
  const minSize = Math.max(1, options.minSize ?? CHANGE_POINT_DEFAULTS.minSize);
  const z = Float64Array.from(values);
  const n = z.length;
  if (n < 2 * minSize) return [];
  const firstPassP = maxP < 0.05 ? maxP * 10 : maxP < 0.5 ? maxP * 2 : maxP;

  // Split: E-divisive on overlapping windows, keeping the union of what each finds.
  const found = new Set<number>();
  const step = Math.max(1, Math.floor(window / 2));
  let start = 0;
  while (start < n) {
    const end = Math.min(start + window, n);
    const cps = eDivisive(z, start, end, firstPassP, minSize);
    for (const c of cps) found.add(c);
    const last = cps.length ? cps.reduce((m, c) => Math.max(m, c), -Infinity) : 0;
    start = Math.max(last, start + step);
  }
  let indices = [...found].sort((a, b) => a - b);

  // Merge: drop the weakest until every change point holds at the final level.
  for (;;) {
    if (indices.length === 0) return [];
    const stats = indices.map((idx, i) =>
      tTest(z, i === 0 ? 0 : indices[i - 1], idx, i === indices.length - 1 ? n : indices[i + 1]),
    );
    let weakest = 0;
    for (let i = 1; i < stats.length; i++) if (stats[i].p > stats[weakest].p) weakest = i;
    if (stats[weakest].p < maxP) {
      return indices.map((index, i) => ({
        index,
        p: stats[i].p,
        meanBefore: stats[i].meanBefore,
        meanAfter: stats[i].meanAfter,
      }));
    }
    indices = indices.filter((_, i) => i !== weakest);
  }
}

/**
 * Hierarchical E-divisive on z[start..end): find the best split of any current segment; keep it if the
 * t-test between the two halves of its segment has p ≤ level, else stop. Returns split indices.
 */
function eDivisive(z: Float64Array, start: number, end: number, level: number, minSize: number): number[] {
  const L = end - start;
  if (L < 2 * minSize) return [];
  // prefix[i][j] = Σ_{a<i, b<j} |z_a − z_b| over the window, for O(1) block sums.
  const W = L + 1;
  const prefix = new Float64Array(W * W);
  for (let i = 1; i <= L; i++) {
    let row = 0;
    for (let j = 1; j <= L; j++) {
      row += Math.abs(z[start + i - 1] - z[start + j - 1]);
      prefix[i * W + j] = prefix[(i - 1) * W + j] + row;
    }
  }
  const block = (r0: number, r1: number, c0: number, c1: number): number =>
    prefix[r1 * W + c1] - prefix[r0 * W + c1] - prefix[r1 * W + c0] + prefix[r0 * W + c0];
  const withinMean = (u: number, v: number): number => {
    const m = v - u;
    return m < 2 ? 0 : block(u, v, u, v) / (m * (m - 1)); // the block counts each pair twice
  };

  const cuts: number[] = [];
  for (;;) {
    const bounds = [0, ...cuts.map((c) => c - start).sort((a, b) => a - b), L];
    let best: { tau: number; q: number; s: number; e: number } | undefined;
    for (let seg = 0; seg + 1 < bounds.length; seg++) {
      const s = bounds[seg];
      const e = bounds[seg + 1];
      for (let tau = s + minSize; tau + minSize <= e; tau++) {
        const left = tau - s;
        const wl = withinMean(s, tau);
        for (let kappa = tau + minSize; kappa <= e; kappa++) {
          const right = kappa - tau;
          const between = (2 * block(s, tau, tau, kappa)) / (left * right);
          const energy = between - wl - withinMean(tau, kappa);
          const q = ((left * right) / (left + right)) * energy;
          if (!best || q > best.q) best = { tau, q, s, e };
        }
      }
    }
    if (!best) return cuts;
    const t = tTest(z, start + best.s, start + best.tau, start + best.e);
    if (t.p > level) return cuts;
    cuts.push(start + best.tau);
  }
}

/** Student's two-sample t-test (pooled variance) between z[a..b) and z[b..c). */
function tTest(
  z: Float64Array,
  a: number,
  b: number,
  c: number,
): { p: number; meanBefore: number; meanAfter: number } {
  const n1 = b - a;
  const n2 = c - b;
  let m1 = 0;
  let m2 = 0;
  for (let i = a; i < b; i++) m1 += z[i];
  for (let i = b; i < c; i++) m2 += z[i];
  m1 /= n1;
  m2 /= n2;
  const df = n1 + n2 - 2;
  if (df < 1) return { p: 1, meanBefore: m1, meanAfter: m2 };
  let ss = 0;
  for (let i = a; i < b; i++) ss += (z[i] - m1) ** 2;
  for (let i = b; i < c; i++) ss += (z[i] - m2) ** 2;
  const se = Math.sqrt((ss / df) * (1 / n1 + 1 / n2));
  if (se === 0) return { p: m1 === m2 ? 1 : 0, meanBefore: m1, meanAfter: m2 };
  const t = Math.abs(m2 - m1) / se;
  return { p: Math.min(1, 2 * (1 - tCdf(t, df))), meanBefore: m1, meanAfter: m2 };
}
