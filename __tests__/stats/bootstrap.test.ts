import fc from 'fast-check';
import { bcaLogRatioOfMedians, median, medianDistribution, Rng } from '../../src/stats/index.js';
import { REFERENCE } from './reference.js';

const interval = (
  x: readonly number[],
  y: readonly number[],
  seed = 'seed',
  B = 200_000,
  levels = [0.025, 0.975],
) => bcaLogRatioOfMedians(x, y, { resamples: B, rng: new Rng(seed), levels });

describe('BCa interval of the ratio of medians', () => {
  test.each(Object.entries(REFERENCE.bca))(
    'agrees with scipy.stats.bootstrap (BCa, 200,000 resamples) on %s',
    (_name, c) => {
      const r = interval(c.x, c.y);
      expect(r.estimate).toBeCloseTo(c.estimate, 12);
      // Both are Monte-Carlo estimates of the same interval; medians of small samples put its ends on a
      // few atoms, so they agree to well within 0.2% in ratio terms.
      expect(Math.abs(r.endpoints[0] - c.low)).toBeLessThan(0.002);
      expect(Math.abs(r.endpoints[1] - c.high)).toBeLessThan(0.002);
      expect(r.sd / c.standardError).toBeGreaterThan(0.97);
      expect(r.sd / c.standardError).toBeLessThan(1.03);
    },
  );

  test('draws each replicate median from the same distribution as resampling and selecting', () => {
    // Resample-then-select, the textbook way, against the exact distribution the bootstrap draws from.
    const x = [12, 15, 11, 19, 14, 13, 30, 16];
    const sorted = Float64Array.from(x).sort();
    const exact = medianDistribution(sorted);
    const expected = new Map<number, number>();
    exact.values.forEach((v, i) => expected.set(v, (expected.get(v) ?? 0) + exact.probs[i]));
    const rng = new Rng('resample');
    const counts = new Map<number, number>();
    const draws = 200_000;
    const buf = new Array<number>(x.length);
    for (let b = 0; b < draws; b++) {
      for (let i = 0; i < x.length; i++) buf[i] = x[rng.int(x.length)];
      const m = median(buf);
      counts.set(m, (counts.get(m) ?? 0) + 1);
    }
    for (const [v, p] of expected) {
      const se = Math.sqrt((p * (1 - p)) / draws);
      expect(Math.abs((counts.get(v) ?? 0) / draws - p)).toBeLessThan(5 * se + 1e-9);
    }
  });

  test('the same seed gives the same interval; another seed a slightly different one', () => {
    const x = REFERENCE.bca['odd-9-vs-11'].x;
    const y = REFERENCE.bca['odd-9-vs-11'].y;
    const a = interval(x, y, 's1', 10_000);
    const b = interval(x, y, 's1', 10_000);
    expect(b).toEqual(a);
    const c = interval(x, y, 's2', 10_000);
    expect(Math.abs(c.endpoints[0] - a.endpoints[0])).toBeLessThan(0.01);
  });

  test('a ratio is invariant when both samples are rescaled (ns vs ms)', () => {
    fc.assert(
      fc.property(
        // Timings as tools print them: a few significant digits.
        fc.array(fc.integer({ min: 1000, max: 2000 }), { minLength: 5, maxLength: 30 }),
        fc.array(fc.integer({ min: 1000, max: 2000 }), { minLength: 5, maxLength: 30 }),
        fc.constantFrom(1e-6, 1e-3, 0.37, 1000, 1e6),
        (x, y, k) => {
          const a = interval(x, y, 'scale', 2000);
          const b = interval(
            x.map((v) => v * k),
            y.map((v) => v * k),
            'scale',
            2000,
          );
          expect(b.estimate).toBeCloseTo(a.estimate, 9);
          expect(b.endpoints[0]).toBeCloseTo(a.endpoints[0], 9);
          expect(b.endpoints[1]).toBeCloseTo(a.endpoints[1], 9);
        },
      ),
      { numRuns: 40 },
    );
  });

  test('the interval holds its estimate, and widens with the confidence level', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1, max: 3, noNaN: true }), { minLength: 5, maxLength: 40 }),
        fc.array(fc.double({ min: 1, max: 3, noNaN: true }), { minLength: 5, maxLength: 40 }),
        (x, y) => {
          const r = interval(x, y, 'levels', 4000, [0.005, 0.025, 0.05, 0.95, 0.975, 0.995]);
          const [l99, l95, l90, h90, h95, h99] = r.endpoints;
          expect(l99).toBeLessThanOrEqual(l95);
          expect(l95).toBeLessThanOrEqual(l90);
          expect(l90).toBeLessThanOrEqual(h90);
          expect(h90).toBeLessThanOrEqual(h95);
          expect(h95).toBeLessThanOrEqual(h99);
          expect(l95).toBeLessThanOrEqual(r.estimate + 1e-12);
          expect(h95).toBeGreaterThanOrEqual(r.estimate - 1e-12);
        },
      ),
      { numRuns: 60 },
    );
  });

  test('identical constant samples give a zero-width interval at zero', () => {
    const r = interval([5, 5, 5, 5, 5], [5, 5, 5, 5, 5], 'c', 1000);
    expect(r.endpoints).toEqual([0, 0]);
    expect(r.sd).toBe(0);
  });

  test('z₀ stays finite when every replicate lies on one side of the estimate', () => {
    // Complete separation with tiny samples: all replicate ratios exceed... or equal the estimate.
    const r = interval([1, 1.01, 1.02], [2, 2.01, 2.02], 'sep', 1000, [0.001, 0.999]);
    expect(Number.isFinite(r.z0)).toBe(true);
    expect(r.endpoints.every(Number.isFinite)).toBe(true);
  });

  test('the median jackknife gives â = 0 for even sizes (the research note) and a small â for odd ones', () => {
    const even = bcaLogRatioOfMedians([1, 2, 3, 9], [2, 3, 4, 10], {
      resamples: 100,
      rng: new Rng('a'),
      levels: [0.5],
    });
    expect(even.a).toBeCloseTo(0, 15);
    const odd = bcaLogRatioOfMedians([1, 2, 3, 9, 4], [2, 3, 4, 10, 5], {
      resamples: 100,
      rng: new Rng('a'),
      levels: [0.5],
    });
    expect(Math.abs(odd.a)).toBeLessThan(0.1);
  });

  test('one outlier drives the mean-of-logs acceleration (why it is not the default)', () => {
    const { x, y } = REFERENCE.bca['ties-outlier-10-vs-10'];
    const logMean = bcaLogRatioOfMedians(x, y, {
      resamples: 1000,
      rng: new Rng('o'),
      levels: [0.5],
      acceleration: 'log-mean',
    });
    const statistic = bcaLogRatioOfMedians(x, y, { resamples: 1000, rng: new Rng('o'), levels: [0.5] });
    expect(Math.abs(logMean.a)).toBeGreaterThan(0.1);
    expect(Math.abs(statistic.a)).toBeLessThan(1e-12);
  });
});
