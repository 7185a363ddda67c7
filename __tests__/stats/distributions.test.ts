import { binomialUpperTail, normalCdf, normalQuantile, tCdf, tQuantile } from '../../src/stats/index.js';
import { REFERENCE } from './reference.js';

describe('distributions', () => {
  test.each(Object.entries(REFERENCE.t))(
    'Student t quantile %s (p:dof) matches scipy.stats.t.ppf',
    (key, q) => {
      const [p, dof] = key.split(':').map(Number);
      expect(tQuantile(p, dof)).toBeCloseTo(q, 6);
      expect(tCdf(q, dof)).toBeCloseTo(p, 9);
    },
  );

  test('known normal quantiles', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 9);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 12);
    expect(normalCdf(-1.6448536269514722)).toBeCloseTo(0.05, 12);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
  });

  test('binomial tails agree with direct summation and do not underflow to wrong answers', () => {
    const direct = (n: number, p: number, k: number): number => {
      let s = 0;
      for (let j = k; j <= n; j++) {
        let c = 1;
        for (let i = 0; i < j; i++) c = (c * (n - i)) / (i + 1);
        s += c * p ** j * (1 - p) ** (n - j);
      }
      return s;
    };
    for (const [n, p, k] of [
      [10, 0.5, 5],
      [20, 0.3, 2],
      [30, 0.9, 25],
      [50, 0.05, 10],
    ])
      expect(binomialUpperTail(n, p, k)).toBeCloseTo(direct(n, p, k), 12);
    // Far below the mean: the tail is 1, even when the first term underflows.
    expect(binomialUpperTail(10000, 0.9, 100)).toBe(1);
    expect(binomialUpperTail(10000, 0.1, 9000)).toBe(0);
  });
});
