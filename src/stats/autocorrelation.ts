/**
 * Serial correlation of samples within a run. Benchmark repetitions are not independent when the machine
 * drifts (frequency scaling, thermal state, a noisy neighbour), and tests that assume independence then
 * fire far too often: at lag-1 autocorrelation 0.3, a 100-series unchanged PR raised an alert 42% of the
 * time instead of ≤ 5%.
 *
 * One sample set of 10 says little about ρ (sd ≈ 0.5 after bias correction), so ρ is pooled across all the
 * sample sets of a suite, which share the machine. The variance inflation then depends on the statistic:
 * for AR(1) with a Gaussian copula, ranks at lag k correlate by (6/π)·asin(ρᵏ/2) and "below the median"
 * indicators by (2/π)·asin(ρᵏ), so a rank test's variance grows by 1 + 2Σₖ(1 − k/n)(6/π)asin(ρᵏ/2) and a
 * median's by 1 + 2Σₖ(1 − k/n)(2/π)asin(ρᵏ) — at ρ = 0.3, n = 10: 1.70 and 1.47, not the (1 + ρ)/(1 − ρ)
 * = 1.86 of a mean.
 */

/**
 * Lag-1 autocorrelation of values in the order they were measured, bias-corrected for a short series
 * (E[r₁] ≈ ρ − (1 + 4ρ)/n for AR(1) with an estimated mean; Marriott & Pope 1954), or undefined when the
 * order carries no information: fewer than 5 values, no spread, values sorted by the tool, or a value
 * that is not finite.
 */
export function lag1(values: ArrayLike<number>): number | undefined {
  const n = values.length;
  if (n < 5) return undefined;
  let up = true;
  let down = true;
  let mean = 0;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(values[i])) return undefined;
    mean += values[i];
    if (i > 0) {
      if (values[i] < values[i - 1]) up = false;
      if (values[i] > values[i - 1]) down = false;
    }
  }
  if (up || down) return undefined;
  mean /= n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i] - mean;
    den += d * d;
    if (i + 1 < n) num += d * (values[i + 1] - mean);
  }
  if (den === 0) return undefined;
  const r = num / den;
  return (n * r + 1) / (n - 4);
}

export interface PooledAutocorrelation {
  /** Pooled ρ, clamped to [0, 0.8]; 0 when too few sample sets to tell. */
  rho: number;
  /** Sample sets that carried order information. */
  sets: number;
}

/** Fewer sample sets than this and the pooled estimate is too noisy to act on (sd > 0.1 at n = 10). */
export const MIN_SETS = 20;

/** Mean of the bias-corrected lag-1 autocorrelations of many sample sets. */
export function pooledAutocorrelation(sets: Iterable<ArrayLike<number>>): PooledAutocorrelation {
  let sum = 0;
  let count = 0;
  for (const s of sets) {
    const r = lag1(s);
    if (r === undefined) continue;
    sum += r;
    count++;
  }
  if (count < MIN_SETS) return { rho: 0, sets: count };
  return { rho: Math.min(0.8, Math.max(0, sum / count)), sets: count };
}

function inflation(n: number, rho: number, corr: (r: number) => number): number {
  if (rho <= 0 || n < 2) return 1;
  let f = 1;
  let rk = 1;
  for (let k = 1; k < n; k++) {
    rk *= rho;
    const c = corr(rk);
    if (c < 1e-6) break;
    f += 2 * (1 - k / n) * c;
  }
  return f;
}

/** Variance inflation of a rank statistic (Mann–Whitney) over n serially correlated samples. */
export function rankInflation(n: number, rho: number): number {
  return inflation(n, rho, (r) => (6 / Math.PI) * Math.asin(r / 2));
}

/** Variance inflation of a sample median over n serially correlated samples. */
export function medianInflation(n: number, rho: number): number {
  return inflation(n, rho, (r) => (2 / Math.PI) * Math.asin(r));
}

/**
 * Inflation of a two-sample statistic whose variance is the sum of one term per side, each ∝ 1/n:
 * (f₁/n₁ + f₂/n₂) / (1/n₁ + 1/n₂).
 */
export function twoSampleInflation(n1: number, n2: number, f: (n: number) => number): number {
  return (f(n1) / n1 + f(n2) / n2) / (1 / n1 + 1 / n2);
}
