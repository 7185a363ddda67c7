import { exactCdf, mannWhitney, minimumP, shiftBound } from '../../src/stats/index.js';
import { REFERENCE } from './reference.js';

describe('Mann–Whitney U', () => {
  /**
   * Critical values of U for a two-tailed test at α = 0.05 (reject when the smaller U ≤ the value), from
   * the published table of Mann & Whitney (1947) as reproduced in Siegel & Castellan, Nonparametric
   * Statistics for the Behavioral Sciences (1988), Table J, and e.g.
   * http://www.docstoc.com/docs/53225816/Critical-values-of-Mann-Whitney-U-at-p-=-005-(two-tailed-test).
   */
  test.each([
    [5, 5, 2],
    [5, 10, 8],
    [5, 20, 20],
    [6, 6, 5],
    [8, 8, 13],
    [9, 9, 17],
    [10, 10, 23],
    [10, 15, 39],
    [12, 12, 37],
    [13, 16, 59],
    [15, 15, 64],
    [20, 20, 127],
  ])(
    'the exact null distribution reproduces the published critical value for n = %i, %i (U ≤ %i)',
    (m, n, crit) => {
      const cdf = exactCdf(m, n);
      expect(cdf[crit]).toBeLessThanOrEqual(0.025);
      expect(cdf[crit + 1]).toBeGreaterThan(0.025);
    },
  );

  /** One-tailed α = 0.05 (the two-tailed α = 0.10 table): n = 5 → 4, 10 → 27, 20 → 138. */
  test.each([
    [5, 5, 4],
    [10, 10, 27],
    [20, 20, 138],
  ])('one-tailed critical value for n = %i, %i is %i', (m, n, crit) => {
    const cdf = exactCdf(m, n);
    expect(cdf[crit]).toBeLessThanOrEqual(0.05);
    expect(cdf[crit + 1]).toBeGreaterThan(0.05);
  });

  test.each(Object.entries(REFERENCE.mwCdf))('the exact null CDF for n = %s equals scipy’s', (key, cdf) => {
    const [m, n] = key.split(',').map(Number);
    const mine = exactCdf(m, n);
    expect(mine.length).toBe(cdf.length);
    cdf.forEach((p, u) => expect(mine[u]).toBeCloseTo(p, 12));
  });

  test.each(Object.entries(REFERENCE.mannWhitney))(
    'p-values agree with scipy.stats.mannwhitneyu on %s',
    (name, c) => {
      const g = mannWhitney(c.x, c.y, 'greater');
      const l = mannWhitney(c.x, c.y, 'less');
      expect(g.u).toBe(c.u);
      expect(g.method).toBe(name.startsWith('ties') ? 'normal' : 'exact');
      expect(g.p).toBeCloseTo(c.greater, 12);
      expect(l.p).toBeCloseTo(c.less, 12);
    },
  );

  test('the shifted null asks "worse by more than the threshold?"', () => {
    const x = [100, 101, 99, 102, 98, 100.5, 99.5, 101.5, 98.5, 100.2].map(Math.log);
    const y7 = x.map((v) => v + Math.log(1.07));
    // 7% slower: clearly worse than x, but not worse by more than 10%.
    expect(mannWhitney(x, y7, 'greater').p).toBeLessThan(0.001);
    expect(mannWhitney(x, y7, 'greater', Math.log(1.1)).p).toBeGreaterThan(0.5);
    expect(mannWhitney(x, y7, 'greater', Math.log(1.05)).p).toBeLessThan(0.05);
  });

  test('the shift bound inverts the shifted test', () => {
    const x = [10.1, 10.4, 9.8, 10.0, 10.6, 9.9, 10.3, 10.2, 10.5, 9.7];
    // No two pairwise differences equal: the exact test and its inversion meet exactly.
    const y = x.map((v, i) => v + 0.5 + 0.0131 * i * i);
    const bound = shiftBound(x, y, 0.01, 'lower');
    // Just below the bound the shifted test rejects at 1%; just above it does not.
    expect(mannWhitney(x, y, 'greater', bound - 1e-9).p).toBeLessThanOrEqual(0.01);
    expect(mannWhitney(x, y, 'greater', bound + 1e-9).p).toBeGreaterThan(0.01);
    const upper = shiftBound(x, y, 0.01, 'upper');
    expect(upper).toBeGreaterThan(bound);
  });

  test('tiny samples cannot reach small p-values, and say so', () => {
    expect(minimumP(3, 3)).toBeCloseTo(1 / 20, 12);
    expect(minimumP(5, 5)).toBeCloseTo(1 / 252, 12);
    expect(shiftBound([1, 2, 3], [4, 5, 6], 0.01, 'lower')).toBe(-Infinity);
  });

  test('all values tied gives p = 1, not NaN', () => {
    expect(mannWhitney([1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1], 'greater').p).toBe(1);
  });
});
