/**
 * Order statistics without sorting: quickselect on typed arrays, the median, type-7 quantiles (R's
 * default, numpy's "linear") and the median absolute deviation. Functions ending in `InPlace` reorder
 * their argument; the others copy into a scratch buffer first.
 */

/**
 * Move the k-th smallest value of a[lo..hi] to a[k], smaller ones before it and larger ones after it.
 * Median-of-three pivots with Hoare partitioning; deterministic, no allocation. NaN is not supported.
 * Samples come from outside (a history artifact, a tool's output), and a list can be made so that
 * every median of three is a bad pivot: after 2·log2(n) + 8 rounds the rest of the range is sorted,
 * so selection never takes more than n log n.
 */
export function selectInPlace(a: Float64Array, k: number, lo = 0, hi = a.length - 1): number {
  let rounds = 2 * Math.ceil(Math.log2(hi - lo + 2)) + 8;
  while (hi > lo) {
    if (--rounds < 0) {
      a.subarray(lo, hi + 1).sort();
      return a[k];
    }
    if (hi - lo < 16) {
      // Insertion sort is faster than partitioning for a handful of values.
      for (let i = lo + 1; i <= hi; i++) {
        const v = a[i];
        let j = i - 1;
        while (j >= lo && a[j] > v) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = v;
      }
      return a[k];
    }
    const mid = (lo + hi) >>> 1;
    // Order a[lo], a[mid], a[hi] so the pivot is their median and both ends are sentinels.
    if (a[mid] < a[lo]) swap(a, mid, lo);
    if (a[hi] < a[lo]) swap(a, hi, lo);
    if (a[hi] < a[mid]) swap(a, hi, mid);
    const pivot = a[mid];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}

/** The smallest value of a[lo..hi]. */
function minOf(a: Float64Array, lo: number, hi: number): number {
  let m = a[lo];
  for (let i = lo + 1; i <= hi; i++) if (a[i] < m) m = a[i];
  return m;
}

/** Median of a[0..n-1] (mean of the two middle values when n is even); reorders `a`. */
export function medianInPlace(a: Float64Array, n = a.length): number {
  if (n === 0) return NaN;
  const m = n >>> 1;
  const upper = selectInPlace(a, m, 0, n - 1);
  if (n % 2 === 1) return upper;
  // After selecting m, everything before it is ≤ a[m]: the lower middle is their maximum.
  let lower = a[0];
  for (let i = 1; i < m; i++) if (a[i] > lower) lower = a[i];
  return (lower + upper) / 2;
}

/** Median of any numbers, leaving them untouched. */
export function median(values: ArrayLike<number>, scratch?: Float64Array): number {
  const n = values.length;
  const buf = scratch && scratch.length >= n ? scratch : new Float64Array(n);
  for (let i = 0; i < n; i++) buf[i] = values[i];
  return medianInPlace(buf, n);
}

/** Type-7 quantile (Hyndman & Fan 1996) of a[0..n-1] at probability p ∈ [0, 1]; reorders `a`. */
export function quantileInPlace(a: Float64Array, p: number, n = a.length): number {
  if (n === 0) return NaN;
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const k = Math.floor(h);
  const v = selectInPlace(a, k, 0, n - 1);
  if (k === n - 1 || h === k) return v;
  return v + (h - k) * (minOf(a, k + 1, n - 1) - v);
}

/** Type-7 quantile of values already sorted ascending. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const k = Math.floor(h);
  if (k === n - 1) return sorted[k];
  return sorted[k] + (h - k) * (sorted[k + 1] - sorted[k]);
}

/** Median absolute deviation from the median, unscaled (multiply by 1.4826 for a normal σ). */
export function mad(values: ArrayLike<number>, scratch?: Float64Array): number {
  const n = values.length;
  if (n === 0) return NaN;
  const buf = scratch && scratch.length >= n ? scratch : new Float64Array(n);
  for (let i = 0; i < n; i++) buf[i] = values[i];
  const m = medianInPlace(buf, n);
  for (let i = 0; i < n; i++) buf[i] = Math.abs(values[i] - m);
  return medianInPlace(buf, n);
}

/** 1 / Φ⁻¹(0.75): scales a MAD to a standard deviation under normality. */
export const MAD_TO_SD = 1.482602218505602;
