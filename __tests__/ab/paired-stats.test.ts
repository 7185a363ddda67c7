import {
  hodgesLehmann,
  pairedSign,
  pairedSignedRank,
  pairedT,
  pairedTrimmed,
  signedRank,
  signedRankCdfAt,
  walshAverages,
  walshLowerBound,
} from '../../src/stats/paired.js';
import { Rng, normalCdf } from '../../src/stats/index.js';
import { pooledFloor } from '../../src/stats/floor.js';

describe('signed-rank test', () => {
  it('has the exact null distribution of T⁺', () => {
    // T⁺ ≤ 3 for n = 10: the subsets {}, {1}, {2}, {3}, {1,2} of the ranks.
    expect(signedRankCdfAt(10, 3)).toBeCloseTo(5 / 1024, 12);
    expect(signedRankCdfAt(10, 55)).toBe(1);
    expect(signedRankCdfAt(5, 0)).toBeCloseTo(1 / 32, 12);
    // Symmetry: P(T⁺ ≤ t) = P(T⁺ ≥ max − t).
    expect(signedRankCdfAt(12, 20)).toBeCloseTo(1 - signedRankCdfAt(12, 78 - 21), 12);
  });

  it('gives 2⁻ⁿ when every difference is positive, and drops zeros', () => {
    const r = signedRank([0.1, 0.2, 0.3, 0.4, 0.5, 0]);
    expect(r.n).toBe(5);
    expect(r.pGreater).toBeCloseTo(1 / 32, 12);
    expect(r.pLess).toBe(1);
    expect(r.minP).toBeCloseTo(1 / 32, 12);
    expect(r.exact).toBe(true);
  });

  it('uses the tie-corrected normal approximation with ties, close to the exact one without', () => {
    const rng = new Rng('ties');
    const d = Array.from({ length: 40 }, () => Math.round(rng.normal() * 4) / 4 + 0.1);
    const r = signedRank(d);
    expect(r.exact).toBe(false);
    expect(r.pGreater).toBeGreaterThan(0);
    expect(r.pGreater + r.pLess).toBeGreaterThan(0.99);
    // At the exact limit the normal approximation used beyond it is within 0.002 of the exact value.
    const sd = Math.sqrt((200 * 201 * 401) / 24);
    expect(Math.abs(signedRankCdfAt(200, 9000) - normalCdf((9000.5 - 10050) / sd))).toBeLessThan(0.002);
  });
});

describe('Hodges–Lehmann and Walsh bounds', () => {
  it('takes the median of the Walsh averages', () => {
    // 1, 1.5, 2, 2, 2.5, 3
    expect(hodgesLehmann(walshAverages([1, 2, 3]))).toBe(2);
  });

  it('picks the order statistic the signed-rank distribution gives', () => {
    const d = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const w = walshAverages(d);
    // P(T⁺ ≤ 3) = 5/1024 ≤ 0.005 < P(T⁺ ≤ 4) = 7/1024: the 4th smallest Walsh average.
    expect(walshLowerBound(w, 10, 0.005)).toBe(w[3]);
    expect(walshLowerBound(w, 10, 0.0005)).toBe(-Infinity);
  });

  it('covers the true centre at its level (simulation, heavy tails)', () => {
    const rng = new Rng('coverage');
    let miss = 0;
    const trials = 2000;
    for (let t = 0; t < trials; t++) {
      const d = Array.from({ length: 12 }, () => {
        const z = rng.normal();
        return 0.02 + 0.03 * (rng.next() < 0.1 ? 4 * z : z);
      });
      const [lo] = pairedSignedRank(d).interval([0.05]);
      if (lo > 0.02) miss++;
    }
    // One-sided 5%: 100 expected, ± 3 sd ≈ 30.
    expect(miss / trials).toBeLessThan(0.065);
  });

  it('paired t agrees with the signed-rank summary on normal data', () => {
    const rng = new Rng('t');
    const d = Array.from({ length: 30 }, () => 0.01 + 0.02 * rng.normal());
    const a = pairedSignedRank(d);
    const b = pairedT(d);
    expect(Math.abs(a.estimate - b.estimate)).toBeLessThan(0.005);
    expect(a.pWorse).toBeLessThan(0.05);
    expect(b.pWorse).toBeLessThan(0.05);
  });

  it('the trimmed test holds its level at 10 and 20 rounds, normal or contaminated (simulation)', () => {
    const rng = new Rng('trim-level');
    for (const n of [10, 20])
      for (const contaminated of [false, true]) {
        const trials = 8000;
        let at1 = 0;
        let at5 = 0;
        for (let t = 0; t < trials; t++) {
          const d = Array.from(
            { length: n },
            () => (contaminated && rng.next() < 0.1 ? 5 : 1) * rng.normal(),
          );
          const p = pairedTrimmed(d).pWorse;
          if (p < 0.01) at1++;
          if (p < 0.05) at5++;
        }
        // Nominal 1% and 5%; the bounds are 3 sd above.
        expect(at1 / trials).toBeLessThan(0.0134);
        expect(at5 / trials).toBeLessThan(0.0573);
      }
  });

  it('a few rounds hit by a neighbour do not hide a shift from the trimmed test (they do from signed-rank)', () => {
    const d = [...Array.from({ length: 17 }, (_, i) => 0.1 + 0.002 * (i - 8)), -0.2, -0.22, -0.25];
    const trimmed = pairedTrimmed(d);
    expect(trimmed.pWorse).toBeLessThan(0.001);
    expect(Math.expm1(trimmed.estimate)).toBeGreaterThan(0.09);
    expect(pairedSignedRank(d).pWorse).toBeGreaterThan(0.01);
  });

  it('the trimmed test falls back to signed-rank when the kept rounds have no spread', () => {
    const d = [0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01];
    expect(pairedTrimmed(d).pWorse).toBe(pairedSignedRank(d).pWorse);
  });
});

describe('sign test (the floor statistic)', () => {
  it('gives 2⁻ⁿ when every round is worse, drops rounds without a sign, and takes binomial order statistics as bounds', () => {
    const d = [0.03, 0.021, 0.02, 0.019, 0.022, 0.018, 0.02, 0.5, 0.02, 0.02, 0];
    const t = pairedSign(d);
    expect(t.pWorse).toBeCloseTo(2 ** -10, 12);
    expect(t.pBetter).toBe(1);
    expect(t.minP).toBeCloseTo(2 ** -10, 12);
    expect(t.estimate).toBe(0.02);
    // n = 11: P(X ≤ 1) = 12/2048 ≤ 0.01 < P(X ≤ 2) = 67/2048, so the 1% lower bound is the 2nd smallest.
    const [lo, hi] = t.interval([0.01, 0.99]);
    expect(lo).toBe(0.018);
    expect(hi).toBe(0.03);
    expect(pairedSign([0.1, 0.2]).interval([0.01])[0]).toBe(-Infinity);
  });

  it('holds its level with half the rounds wild (simulation)', () => {
    const rng = new Rng('sign-level');
    for (const n of [10, 20, 40]) {
      const trials = 6000;
      let at1 = 0;
      let at5 = 0;
      for (let t = 0; t < trials; t++) {
        const d = Array.from({ length: n }, () => (rng.next() < 0.5 ? 0.3 : 0.001) * rng.normal());
        const p = pairedSign(d).pWorse;
        if (p < 0.01) at1++;
        if (p < 0.05) at5++;
      }
      // Discrete, so at or below the nominal 1% and 5%; the bounds are 3 sd above.
      expect(at1 / trials).toBeLessThan(0.0139);
      expect(at5 / trials).toBeLessThan(0.0584);
    }
  });
});

describe('pooled floor test (the best run of each side)', () => {
  /** Per-run floors as oriented logs: most runs meet the code's cost to ±0.05%, a share `dirty` never does. */
  const floors = (rng: Rng, n: number, shift: number, dirty = 0.4): number[] =>
    Array.from(
      { length: n },
      () => shift + 0.0005 * rng.normal() + (rng.next() < dirty ? 0.2 + 1.3 * rng.next() : 0),
    );

  it('counts the relabellings exactly for few rounds', () => {
    const t = pooledFloor([0, 0, 0, 0, 0], [1, 1, 1, 1, 1], 's');
    expect(t.estimate).toBe(1);
    expect(t.pWorse).toBeCloseTo(1 / 32, 12);
    expect(t.pBetter).toBe(1);
    expect(t.minP).toBeCloseTo(1 / 32, 12);
    expect(t.interval([0.01])[0]).toBe(-Infinity);
    const same = pooledFloor([0.1, 0.3, 0.2, 0.5, 0.1, 0.4], [0.3, 0.1, 0.2, 0.6, 0.2, 0.1], 's');
    expect(same.estimate).toBe(0);
    expect(same.pWorse).toBeGreaterThan(0.5);
  });

  it('holds its level with 40% disturbed runs, enumerated and sampled (simulation)', () => {
    const rng = new Rng('floor-level');
    for (const n of [10, 20]) {
      const trials = n === 10 ? 1500 : 400;
      let at5 = 0;
      let at1 = 0;
      for (let t = 0; t < trials; t++) {
        const p = pooledFloor(floors(rng, n, 0), floors(rng, n, 0), `t${t}`).pWorse;
        if (p <= 0.05) at5++;
        if (p <= 0.01) at1++;
      }
      // Nominal 5% and 1%; the bounds are 3 sd above.
      expect(at5 / trials).toBeLessThan(0.05 + 3 * Math.sqrt(0.0475 / trials));
      expect(at1 / trials).toBeLessThan(0.01 + 3 * Math.sqrt(0.0099 / trials));
    }
  });

  it('resolves a 2% change in 20 rounds with 40% of the runs disturbed, and its bounds cover it', () => {
    const rng = new Rng('floor-power');
    let found = 0;
    let above = 0;
    let below = 0;
    const trials = 120;
    for (let t = 0; t < trials; t++) {
      const s = pooledFloor(floors(rng, 20, 0), floors(rng, 20, 0.02), `t${t}`);
      // p is about 2^−(undisturbed base runs): the randomization test's evidence is how many there are.
      if (s.pWorse <= 0.01) found++;
      const [lo, hi] = s.interval([0.025, 0.975]);
      if (lo > 0.02) above++;
      if (hi < 0.02) below++;
    }
    expect(found / trials).toBeGreaterThan(0.95);
    expect(above / trials).toBeLessThan(0.025 + 3 * Math.sqrt(0.025 / trials));
    expect(below / trials).toBeLessThan(0.025 + 3 * Math.sqrt(0.025 / trials));
  });

  it('is deterministic for a seed when it samples relabellings', () => {
    const rng = new Rng('floor-seed');
    const b = floors(rng, 30, 0);
    const h = floors(rng, 30, 0.003);
    const { interval: i1, ...one } = pooledFloor(b, h, 'a');
    const { interval: i2, ...two } = pooledFloor(b, h, 'a');
    expect(one).toEqual(two);
    expect(i1([0.05, 0.95])).toEqual(i2([0.05, 0.95]));
    expect(one.minP).toBeCloseTo(1 / 4001, 12);
  });
});
