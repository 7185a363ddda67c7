import {
  lag1,
  mannWhitney,
  medianInflation,
  pooledAutocorrelation,
  rankInflation,
  Rng,
  twoSampleInflation,
} from '../../src/stats/index.js';

/** AR(1) samples with marginal sd `sigma` and lag-1 correlation `rho`, stationary from the first value. */
function ar1(rng: Rng, n: number, rho: number, sigma = 1): number[] {
  const out: number[] = [];
  let e = sigma * rng.normal();
  for (let i = 0; i < n; i++) {
    if (i > 0) e = rho * e + Math.sqrt(1 - rho * rho) * sigma * rng.normal();
    out.push(e);
  }
  return out;
}

describe('serial correlation within a run', () => {
  test.each([0, 0.3, 0.6])(
    'the pooled, bias-corrected lag-1 estimate recovers ρ = %d from sets of 10',
    (rho) => {
      const rng = new Rng(`rho${rho}`);
      const sets = Array.from({ length: 400 }, () => ar1(rng, 10, rho));
      expect(pooledAutocorrelation(sets).rho).toBeCloseTo(rho, 1);
    },
  );

  test('sorted sample sets (some tools sort them) carry no order information and are skipped', () => {
    expect(lag1([1, 2, 3, 4, 5, 6])).toBeUndefined();
    expect(lag1([6, 5, 5, 4, 1])).toBeUndefined();
    expect(lag1([1, 2, 3])).toBeUndefined();
    const sorted = Array.from({ length: 40 }, (_, i) => Array.from({ length: 10 }, (_, j) => i + j));
    expect(pooledAutocorrelation(sorted)).toEqual({ rho: 0, sets: 0 });
  });

  test('too few sets to tell: no correction', () => {
    const rng = new Rng('few');
    expect(pooledAutocorrelation(Array.from({ length: 5 }, () => ar1(rng, 10, 0.5))).rho).toBe(0);
  });

  test('inflation factors for AR(1) with a Gaussian copula (ρ = 0.3, n = 10)', () => {
    expect(rankInflation(10, 0.3)).toBeCloseTo(1.7, 2);
    expect(medianInflation(10, 0.3)).toBeCloseTo(1.47, 2);
    expect(rankInflation(10, 0)).toBe(1);
    expect(twoSampleInflation(10, 30, (n) => n)).toBeCloseTo(15, 12);
  });

  test('deflating the Mann–Whitney z-score restores the false-positive rate under ρ = 0.3', () => {
    const rng = new Rng('calibration');
    const f = twoSampleInflation(10, 10, (n) => rankInflation(n, 0.3));
    const N = 20_000;
    let raw = 0;
    let corrected = 0;
    for (let i = 0; i < N; i++) {
      const x = ar1(rng, 10, 0.3);
      const y = ar1(rng, 10, 0.3);
      if (mannWhitney(x, y, 'greater').p < 0.01) raw++;
      if (mannWhitney(x, y, 'greater', 0, f).p < 0.01) corrected++;
    }
    expect(raw / N).toBeGreaterThan(0.025); // the uncorrected test: ~3.7% instead of 1%
    expect(corrected / N).toBeGreaterThan(0.005);
    expect(corrected / N).toBeLessThan(0.0125);
  });
});

test('a sample set with a value that is not finite is skipped, never poisons the estimate', () => {
  expect(lag1([1, 3, 2, -Infinity, 5, 4])).toBeUndefined();
  expect(lag1([1, 3, 2, NaN, 5, 4])).toBeUndefined();
});
