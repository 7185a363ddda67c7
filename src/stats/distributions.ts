/**
 * The normal and Student-t distributions, from jstat (a well-tested implementation), behind names that
 * say what they compute. Everything else statistical in benchgate is in this folder.
 */
import jStat from 'jstat';

/** Φ(x), the standard normal CDF. */
export function normalCdf(x: number): number {
  if (x === Infinity) return 1;
  if (x === -Infinity) return 0;
  return jStat.normal.cdf(x, 0, 1);
}

/** Φ⁻¹(p); ±Infinity at 0 and 1. */
export function normalQuantile(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  return jStat.normal.inv(p, 0, 1);
}

/** P(T ≤ t) for Student's t with `dof` degrees of freedom. */
export function tCdf(t: number, dof: number): number {
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  return jStat.studentt.cdf(t, dof);
}

/** The p-quantile of Student's t with `dof` degrees of freedom. */
export function tQuantile(p: number, dof: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  return jStat.studentt.inv(p, dof);
}

/** ln C(n, k) from a table of ln k!, exact to rounding for the sizes benchgate sees. */
const lnFactorials: number[] = [0];
export function lnFactorial(n: number): number {
  for (let i = lnFactorials.length; i <= n; i++) lnFactorials[i] = lnFactorials[i - 1] + Math.log(i);
  return lnFactorials[n];
}

export function lnChoose(n: number, k: number): number {
  return lnFactorial(n) - lnFactorial(k) - lnFactorial(n - k);
}

/**
 * P(X ≥ k) for X ~ Binomial(n, p). The sum starts at the term nearest the mode and walks away from it
 * with a multiplicative recurrence, so the first term is the largest (an underflow there means the whole
 * sum is negligible) and nothing cancels except in the final 1 − lower tail.
 */
export function binomialUpperTail(n: number, p: number, k: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  const lp = Math.log(p);
  const lq = Math.log1p(-p);
  const ratio = p / (1 - p);
  if (k > n * p) {
    // Upper tail above the mean: terms shrink as j grows.
    let term = Math.exp(lnChoose(n, k) + k * lp + (n - k) * lq);
    let sum = term;
    for (let j = k + 1; j <= n && term > sum * 1e-17; j++) {
      term *= ((n - j + 1) / j) * ratio;
      sum += term;
    }
    return Math.min(1, sum);
  }
  // k is at or below the mean: 1 − P(X ≤ k − 1), whose terms shrink as j falls.
  const top = k - 1;
  let term = Math.exp(lnChoose(n, top) + top * lp + (n - top) * lq);
  let sum = term;
  for (let j = top; j > 0 && term > sum * 1e-17; j--) {
    term *= j / (n - j + 1) / ratio;
    sum += term;
  }
  return Math.max(0, 1 - sum);
}
