import { Rng, bimodality, drift, logSpread } from '../../src/stats/index.js';

function normal(rng: Rng, n: number, sd: number): number[] {
  return Array.from({ length: n }, () => sd * rng.normal());
}

describe('bimodality', () => {
  test('silent on unimodal samples of every size, loud on two clear modes', () => {
    const rng = new Rng('bimodal');
    for (const n of [20, 30, 100, 1000]) {
      let fp = 0;
      let tp = 0;
      const T = 400;
      for (let t = 0; t < T; t++) {
        if (bimodality(normal(rng, n, 0.02 + 0.11 * rng.next()))) fp++;
        const two = normal(rng, n, 0.03).map((v) => v + (rng.next() < 0.5 ? Math.log(1.6) : 0));
        if (bimodality(two)) tp++;
      }
      expect(fp / T).toBeLessThan(0.03);
      expect(tp / T).toBeGreaterThan(0.97);
    }
  });

  test('reports the upper mode’s share and distance', () => {
    const rng = new Rng('share');
    const v = normal(rng, 200, 0.01).map((x, i) => x + (i % 4 === 0 ? Math.log(1.3) : 0));
    const b = bimodality(v)!;
    expect(b.share).toBeCloseTo(0.25, 1);
    expect(b.gap).toBeCloseTo(0.3, 1);
    expect(b.d).toBeGreaterThan(4);
  });

  test('under 20 samples it says nothing', () => {
    expect(bimodality([0, 0, 0, 0, 0, 1, 1, 1, 1, 1])).toBeUndefined();
  });
});

describe('drift', () => {
  test('a 20% climb over the run is drift; stationary AR(1) noise is not', () => {
    const rng = new Rng('drift');
    const climb = normal(rng, 60, 0.01).map((v, i) => v + Math.log(1 + (0.2 * i) / 60));
    expect(drift(climb)!.change).toBeGreaterThan(0.1);
    let flagged = 0;
    for (let t = 0; t < 500; t++) {
      let e = 0;
      const v = Array.from({ length: 50 }, () => (e = 0.4 * e + 0.03 * rng.normal()));
      if (drift(v)) flagged++;
    }
    expect(flagged / 500).toBeLessThan(0.01);
  });

  test('sorted samples carry no time order and are skipped', () => {
    const v = Array.from({ length: 40 }, (_, i) => Math.log(1 + i / 20));
    expect(drift(v)).toBeUndefined();
  });
});

test('logSpread is the robust sd of the log samples', () => {
  const rng = new Rng('spread');
  expect(logSpread(normal(rng, 20000, 0.05))).toBeCloseTo(0.05, 2);
});
