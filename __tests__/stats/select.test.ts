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

  test('a list made against the median-of-three pivots is still selected in n log n', () => {
    // McIlroy's adversary ("A killer adversary for quicksort"): values are decided only when the
    // algorithm compares them, each comparison answered so that the pivot is the smallest value left.
    // It runs against a copy of selectInPlace's comparisons without the round limit; the list it makes
    // is then given to the real one.
    function adversarial(n: number, k: number): { list: Float64Array; comparisons: number } {
      const gas = Infinity;
      const val = new Array<number>(n).fill(gas);
      let solid = 0;
      let candidate = -1;
      let comparisons = 0;
      const cmp = (x: number, y: number): number => {
        comparisons++;
        if (val[x] === gas && val[y] === gas) val[x === candidate ? x : y] = solid++;
        if (val[x] === gas) candidate = x;
        else if (val[y] === gas) candidate = y;
        return val[x] === val[y] ? 0 : val[x] < val[y] ? -1 : 1;
      };
      const ids = Array.from({ length: n }, (_, i) => i);
      const swap = (i: number, j: number): void => {
        [ids[i], ids[j]] = [ids[j], ids[i]];
      };
      let lo = 0;
      let hi = n - 1;
      while (hi > lo) {
        if (hi - lo < 16) {
          for (let i = lo + 1; i <= hi; i++) {
            const v = ids[i];
            let j = i - 1;
            while (j >= lo && cmp(ids[j], v) > 0) {
              ids[j + 1] = ids[j];
              j--;
            }
            ids[j + 1] = v;
          }
          break;
        }
        const mid = (lo + hi) >>> 1;
        if (cmp(ids[mid], ids[lo]) < 0) swap(mid, lo);
        if (cmp(ids[hi], ids[lo]) < 0) swap(hi, lo);
        if (cmp(ids[hi], ids[mid]) < 0) swap(hi, mid);
        const pivot = ids[mid];
        let i = lo;
        let j = hi;
        while (i <= j) {
          while (cmp(ids[i], pivot) < 0) i++;
          while (cmp(ids[j], pivot) > 0) j--;
          if (i <= j) {
            swap(i, j);
            i++;
            j--;
          }
        }
        if (k <= j) hi = j;
        else if (k >= i) lo = i;
        else break;
      }
      // the values never compared with each other take any order above the decided ones
      const list = Float64Array.from(val, (v, i) => (v === gas ? solid + i : v));
      return { list, comparisons };
    }
    const n = 40_000;
    const { list, comparisons } = adversarial(n, n >> 1);
    // quadratic against the unlimited selection
    expect(comparisons).toBeGreaterThan((n * n) / 10);
    const want = Float64Array.from(list).sort()[n >> 1];
    const time = (a: Float64Array): number => {
      let best = Infinity;
      for (let r = 0; r < 3; r++) {
        const copy = Float64Array.from(a);
        const t0 = performance.now();
        expect(selectInPlace(copy, n >> 1)).toBe(want);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    const shuffled = Float64Array.from(list);
    for (let i = n - 1; i > 0; i--) {
      const j = (i * 7919) % (i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    // the growth, not a time: the made list costs a small multiple of a shuffled one, not n / log n
    // (sorting what is left costs about log n times a selection; the unlimited one, n / 4 times)
    expect(time(list) / Math.max(time(shuffled), 0.05)).toBeLessThan(40);
  });
});
