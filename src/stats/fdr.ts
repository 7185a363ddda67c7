/**
 * Benjamini–Hochberg (JRSS-B 57:289–300, 1995): across m tests, reject the k smallest p-values, where k is
 * the largest i with p₍ᵢ₎ ≤ i·q/m. Under independence or positive dependence (PRDS, Benjamini & Yekutieli
 * 2001 — benchmarks sharing a runner move together) the expected share of false rejections is ≤ q, and
 * when nothing changed, P(any rejection) ≤ q.
 */
export interface BhResult {
  /** Rejected (significant) per input position. */
  rejected: boolean[];
  /** Number of rejections. */
  k: number;
  /** BH-adjusted p-values (q-values): the smallest q at which each test would be rejected. */
  adjusted: number[];
}

export function benjaminiHochberg(p: readonly number[], q: number): BhResult {
  const m = p.length;
  // Ties keep input order so the result never depends on the sort's stability.
  const order = p.map((_, i) => i).sort((a, b) => p[a] - p[b] || a - b);
  let k = 0;
  for (let r = 1; r <= m; r++) if (p[order[r - 1]] <= (r * q) / m) k = r;
  const rejected = new Array<boolean>(m).fill(false);
  for (let r = 0; r < k; r++) rejected[order[r]] = true;
  const adjusted = new Array<number>(m).fill(1);
  let running = 1;
  for (let r = m; r >= 1; r--) {
    const i = order[r - 1];
    running = Math.min(running, (p[i] * m) / r);
    adjusted[i] = Math.min(1, running);
  }
  return { rejected, k, adjusted };
}
