import { AliasTable, median, medianDistribution, momentsOf, Rng } from '../../src/stats/index.js';

/** Every one of the nⁿ resamples, enumerated: the definition of the bootstrap distribution of the median. */
function enumerate(x: number[]): Map<number, number> {
  const n = x.length;
  const total = n ** n;
  const out = new Map<number, number>();
  const idx = new Array<number>(n);
  for (let c = 0; c < total; c++) {
    let t = c;
    for (let i = 0; i < n; i++) {
      idx[i] = x[t % n];
      t = Math.floor(t / n);
    }
    const m = median(idx);
    out.set(m, (out.get(m) ?? 0) + 1 / total);
  }
  return out;
}

function collapse(d: { values: Float64Array; probs: Float64Array }): Map<number, number> {
  const out = new Map<number, number>();
  d.values.forEach((v, i) => out.set(v, (out.get(v) ?? 0) + d.probs[i]));
  return out;
}

describe('exact resampling distribution of the median', () => {
  test.each([
    [[3]],
    [[1, 5]],
    [[1, 2, 4]],
    [[1, 2, 4, 8]],
    [[1, 2, 4, 8, 16]],
    [[1, 3, 9, 27, 81, 243]],
    [[1, 2, 2, 5, 7, 9, 11]],
  ])('matches enumeration of all resamples of %j', (x) => {
    const exact = collapse(medianDistribution(Float64Array.from(x).sort()));
    const brute = enumerate(x);
    expect([...exact.keys()].sort((a, b) => a - b)).toEqual([...brute.keys()].sort((a, b) => a - b));
    for (const [v, p] of brute) expect(exact.get(v)).toBeCloseTo(p, 11);
  });

  test('large samples keep all but a negligible mass (pruned tails) and still sum to one', () => {
    const x = Float64Array.from({ length: 1001 }, (_, i) => 100 + i * 0.01);
    const d = medianDistribution(x);
    const total = d.probs.reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 12);
    // sd of the index median ≈ √n / 2 ≈ 16 indices ≈ 0.16 in value.
    const { mean, variance } = momentsOf(d);
    expect(mean).toBeCloseTo(105, 1);
    expect(Math.sqrt(variance)).toBeGreaterThan(0.1);
    expect(Math.sqrt(variance)).toBeLessThan(0.25);
  });

  test('the alias table draws each entry with its probability', () => {
    const probs = Float64Array.from([0.5, 0.25, 0.125, 0.0625, 0.0625]);
    const table = new AliasTable(probs);
    const rng = new Rng('alias');
    const counts = new Array<number>(probs.length).fill(0);
    const draws = 400_000;
    for (let i = 0; i < draws; i++) counts[table.sample(rng)]++;
    probs.forEach((p, i) =>
      expect(Math.abs(counts[i] / draws - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / draws)),
    );
  });
});
