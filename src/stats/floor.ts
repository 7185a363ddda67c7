/**
 * A/B mode's floor test: did the head's best run get slower than the base's best run?
 *
 * On a shared runner a short sample is either undisturbed or slowed by whatever shares the core at that
 * moment, and a slow phase can cover a whole run. So the floor of a run (its fastest sample) is the
 * code's own cost to a fraction of a percent in most runs and anything in the rest. Each side's floor
 * over all rounds — the best of n runs — is then the code's cost whenever one run per side met an
 * undisturbed moment, and T = floor(head) − floor(base) (oriented log) measures the change.
 *
 * Its null distribution is the randomization one: under no change the two runs of a round are
 * exchangeable (their order is randomized), so swapping the sides' labels within any subset of rounds
 * gives an equally likely T. The p-value counts the swaps with T at least as extreme: all 2ⁿ when
 * n ≤ EXACT_ROUNDS, else FLIPS seeded draws (p = (count + 1) / (FLIPS + 1)). The bounds invert the
 * test: the head shifted by δ, the δ where the shifted test starts to reject, found by bisection. Pure.
 */
import type { PairedSummary } from './paired.js';
import { Rng } from './prng.js';

/** Rounds up to this many are enumerated (2ⁿ relabellings); more are sampled. */
export const EXACT_ROUNDS = 11;
/**
 * Relabellings drawn beyond EXACT_ROUNDS: the smallest p is 1 / (FLIPS + 1), doubled by the Bonferroni
 * step in A/B mode (5 · 10⁻⁴), so Benjamini–Hochberg at 5% can still flag a lone change in 100 series.
 */
export const FLIPS = 4000;
/** Bisection steps for a bound: the bracket shrinks 2²⁴-fold, far below a round's spread. */
const STEPS = 24;
/** Two floors this close (oriented log) are the same floor: T* and T are sums of the same numbers. */
const TIE = 1e-10;

/**
 * `base[r]`, `head[r]`: round r's per-run floors as oriented logs (larger is worse; for a
 * bigger-is-better metric the caller negates). Same length, finite.
 */
export function pooledFloor(base: readonly number[], head: readonly number[], seed: string): PairedSummary {
  const n = Math.min(base.length, head.length);
  const exact = n <= EXACT_ROUNDS;
  const count = exact ? 2 ** n : FLIPS;
  // Per relabelling, the smallest base and head value in each group: under a shift δ of the head, a
  // group's floor is min(its base floor, its head floor − δ), so every δ costs O(count), not O(count·n).
  const aBase = new Float64Array(count).fill(Infinity);
  const aHead = new Float64Array(count).fill(Infinity);
  const bBase = new Float64Array(count).fill(Infinity);
  const bHead = new Float64Array(count).fill(Infinity);
  const rng = exact ? undefined : new Rng(`floor:${seed}`);
  for (let k = 0; k < count; k++) {
    // A relabelling's coin flips: the bits of k when enumerating, else 32 seeded bits per word.
    let bits = k;
    for (let r = 0; r < n; r++) {
      if (rng && (r & 31) === 0) bits = rng.nextU32();
      // Swapped: the round's base run is labelled head (group A) and its head run base (group B).
      const swapped = ((bits >>> (r & 31)) & 1) === 1;
      if (swapped) {
        if (base[r] < aBase[k]) aBase[k] = base[r];
        if (head[r] < bHead[k]) bHead[k] = head[r];
      } else {
        if (head[r] < aHead[k]) aHead[k] = head[r];
        if (base[r] < bBase[k]) bBase[k] = base[r];
      }
    }
  }

  const minOf = (v: readonly number[]): number => {
    let m = Infinity;
    for (let r = 0; r < n; r++) if (v[r] < m) m = v[r];
    return m;
  };
  const baseFloor = minOf(base);
  const headFloor = minOf(head);
  const observed = headFloor - baseFloor;

  /** One-sided p-values of the head shifted by δ (δ = 0: the test itself). */
  const tails = (delta: number): { worse: number; better: number } => {
    const t = observed - delta;
    let worse = 0;
    let better = 0;
    for (let k = 0; k < count; k++) {
      const s = Math.min(aBase[k], aHead[k] - delta) - Math.min(bBase[k], bHead[k] - delta);
      if (s >= t - TIE) worse++;
      if (s <= t + TIE) better++;
    }
    return exact
      ? { worse: worse / count, better: better / count }
      : { worse: (worse + 1) / (count + 1), better: (better + 1) / (count + 1) };
  };

  const minP = exact ? 1 / count : 1 / (count + 1);
  const at0 = tails(0);
  // Every floor within the bracket's reach: shifting by more than the whole range changes no order.
  let span = TIE;
  for (let r = 0; r < n; r++)
    span = Math.max(span, Math.abs(head[r] - baseFloor), Math.abs(base[r] - headFloor));

  /**
   * The lower bound at tail α: the smallest δ the shifted test does not reject as "worse" at α. Its
   * p-value grows with δ (a larger δ leaves less of a change to explain).
   */
  const bound = (alpha: number, side: 'lower' | 'upper'): number => {
    if (alpha < minP) return side === 'lower' ? -Infinity : Infinity;
    const p = (delta: number) => (side === 'lower' ? tails(delta).worse : tails(delta).better);
    // [rejected, kept]: far below the estimate the change is surely "worse"; at the estimate it is not.
    let rejected = side === 'lower' ? observed - 2 * span : observed + 2 * span;
    let kept = observed;
    if (p(kept) <= alpha) return observed;
    if (p(rejected) > alpha) return side === 'lower' ? -Infinity : Infinity;
    for (let i = 0; i < STEPS; i++) {
      const mid = (rejected + kept) / 2;
      if (p(mid) > alpha) kept = mid;
      else rejected = mid;
    }
    return kept;
  };

  const memo = new Map<number, number>();
  return {
    n,
    estimate: observed,
    pWorse: at0.worse,
    pBetter: at0.better,
    minP,
    interval: (levels) =>
      levels.map((l) => {
        let v = memo.get(l);
        if (v === undefined) {
          v = l <= 0.5 ? bound(l, 'lower') : bound(1 - l, 'upper');
          memo.set(l, v);
        }
        return v;
      }),
  };
}
