import { changePoints, Rng } from '../../src/stats/index.js';

const noise = (rng: Rng, n: number, level: number, sd: number): number[] =>
  Array.from({ length: n }, () => level + sd * rng.normal());

describe('change points (E-divisive means, t-test, Hunter-style windows)', () => {
  test('finds a 10% step in a noisy series at the right run', () => {
    const rng = new Rng('step');
    const series = [...noise(rng, 30, 0, 0.02), ...noise(rng, 20, 0.1, 0.02)];
    const cps = changePoints(series);
    expect(cps.map((c) => c.index)).toEqual([30]);
    expect(cps[0].meanAfter - cps[0].meanBefore).toBeCloseTo(0.1, 1);
    expect(cps[0].p).toBeLessThan(0.001);
  });

  test('finds two steps, up and back down, in a 120-run history (several windows)', () => {
    const rng = new Rng('two');
    const series = [...noise(rng, 40, 0, 0.02), ...noise(rng, 40, 0.08, 0.02), ...noise(rng, 40, 0, 0.02)];
    const idx = changePoints(series).map((c) => c.index);
    expect(idx.length).toBe(2);
    expect(Math.abs(idx[0] - 40)).toBeLessThanOrEqual(1);
    expect(Math.abs(idx[1] - 80)).toBeLessThanOrEqual(1);
  });

  test('stationary noise rarely yields a change point', () => {
    let found = 0;
    for (let s = 0; s < 50; s++) found += changePoints(noise(new Rng(`flat${s}`), 60, 0, 0.03)).length;
    expect(found).toBeLessThanOrEqual(3);
  });

  test('a single outlying run does not cut the history', () => {
    const rng = new Rng('outlier');
    const series = noise(rng, 40, 0, 0.01);
    series[39] = 0.3;
    series[20] = 0.3;
    expect(changePoints(series)).toEqual([]);
  });

  test('a constant series and a short one have no change points', () => {
    expect(changePoints(new Array(30).fill(1))).toEqual([]);
    expect(changePoints([1, 2, 3, 4, 5])).toEqual([]);
  });

  test('deterministic: the same series gives the same answer', () => {
    const rng = new Rng('det');
    const series = [...noise(rng, 25, 0, 0.02), ...noise(rng, 25, 0.05, 0.02)];
    expect(changePoints(series)).toEqual(changePoints([...series]));
  });
});
