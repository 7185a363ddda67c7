import fc from 'fast-check';
import { mad, median, quantileInPlace, quantileSorted, selectInPlace } from '../../src/stats/index.js';

const sorted = (v: number[]): number[] => [...v].sort((a, b) => a - b);

describe('order statistics', () => {
  test('quickselect finds the k-th smallest of any array, duplicates included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 300 }),
        fc.nat(),
        (v, k0) => {
          const k = k0 % v.length;
          const a = Float64Array.from(v);
          expect(selectInPlace(a, k)).toBe(sorted(v)[k]);
          // Partitioned around k.
          for (let i = 0; i < k; i++) expect(a[i]).toBeLessThanOrEqual(a[k]);
          for (let i = k + 1; i < a.length; i++) expect(a[i]).toBeGreaterThanOrEqual(a[k]);
        },
      ),
    );
  });

  test('type-7 quantiles match R / numpy "linear" on a known example', () => {
    // R: quantile(c(1, 2, 3, 4, 5, 10), c(0, .1, .25, .5, .9, 1)) → 1, 1.5, 2.25, 3.5, 7.5, 10
    const v = [10, 1, 4, 2, 5, 3];
    const expected = [1, 1.5, 2.25, 3.5, 7.5, 10];
    [0, 0.1, 0.25, 0.5, 0.9, 1].forEach((p, i) => {
      expect(quantileInPlace(Float64Array.from(v), p)).toBeCloseTo(expected[i], 12);
      expect(quantileSorted(sorted(v), p)).toBeCloseTo(expected[i], 12);
    });
  });

  test('median and MAD of small samples', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    // MAD of 1, 1, 2, 2, 4, 6, 9: median 2, deviations 1, 1, 0, 0, 2, 4, 7 → 1
    expect(mad([1, 1, 2, 2, 4, 6, 9])).toBe(1);
  });

  test('median leaves its input untouched', () => {
    const v = [5, 3, 9, 1];
    median(v);
    expect(v).toEqual([5, 3, 9, 1]);
  });
});
