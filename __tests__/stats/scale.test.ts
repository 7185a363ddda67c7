import { describe, expect, it } from '@jest/globals';
import { kthDifference } from '../../src/stats/mann-whitney.js';
import { leaveOneOutLogMedians } from '../../src/stats/bootstrap.js';
import { Rng } from '../../src/stats/index.js';

describe('kthDifference', () => {
  it('equals the k-th of all sorted pairwise differences, with and without ties', () => {
    const rng = new Rng('kth-test');
    for (let trial = 0; trial < 200; trial++) {
      const n1 = 1 + rng.int(90);
      const n2 = 1 + rng.int(90);
      const tied = trial % 2 === 0;
      const draw = (): number => (tied ? Math.round(rng.normal() * 3) : rng.normal());
      const x = Array.from({ length: n1 }, draw);
      const y = Array.from({ length: n2 }, draw);
      const all: number[] = [];
      for (const b of y) for (const a of x) all.push(b - a);
      all.sort((a, b) => a - b);
      for (const k of [0, rng.int(all.length), all.length - 1])
        expect(kthDifference(x, y, k) === all[k]).toBe(true);
    }
  });

  it('takes n log n, not n², on 100,000 + 100,000 values', () => {
    const rng = new Rng('kth-large');
    const x = Array.from({ length: 100_000 }, () => rng.normal());
    const y = Array.from({ length: 100_000 }, () => Math.round(rng.normal() * 100) / 100);
    const t0 = performance.now();
    const v = kthDifference(x, y, 5e9);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(Number.isFinite(v)).toBe(true);
  });
});

describe('leaveOneOutLogMedians', () => {
  it('equals the median of the sample without each element in turn', () => {
    const rng = new Rng('loo');
    for (const n of [2, 3, 4, 5, 10, 11, 37]) {
      const s = Float64Array.from({ length: n }, () => Math.exp(rng.normal())).sort();
      const got = leaveOneOutLogMedians(s);
      for (let i = 0; i < n; i++) {
        const rest = [...s.slice(0, i), ...s.slice(i + 1)].sort((a, b) => a - b);
        const m =
          rest.length % 2 ? rest[rest.length >> 1] : (rest[rest.length / 2 - 1] + rest[rest.length / 2]) / 2;
        expect(got[i]).toBeCloseTo(Math.log(m), 12);
      }
    }
  });
});
