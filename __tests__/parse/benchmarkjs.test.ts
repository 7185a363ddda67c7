import * as fs from 'node:fs';
import * as path from 'node:path';
import { benchmarkjs } from '../../src/parse/benchmarkjs.js';
import { ParseError } from '../../src/errors.js';
import { expectGolden } from './golden.js';

const fixture = (f: string): string => fs.readFileSync(path.join('fixtures', 'benchmarkjs', f), 'utf8');

/** What Benchmark.js itself computed for each benchmark (the fixture script's dump of its objects). */
const stats = JSON.parse(fixture('stats.json')) as {
  name: string;
  hz: number;
  stats: { rme: number; deviation: number; mean: number; sample: number[] };
}[];

describe('Benchmark.js cycle lines', () => {
  const series = benchmarkjs.parse(fixture('console.txt'), 'console.txt');

  test('every result line is an ops/s series, bigger is better, with the number as printed', () => {
    expect(series.map((s) => [s.name, s.value])).toEqual([
      ['RegExp#test', 66661858],
      ['String#indexOf', 1168797155],
      ['fib(20)', 15573],
      ['Array#sort 1000 (copy)', 9901],
      ['slow: fib(30)', 129],
      ['slower: fib(33)', 30.38],
    ]);
    for (const s of series)
      expect(s).toMatchObject({ metric: 'throughput', unit: 'ops/s', direction: 'bigger' });
    expectGolden('benchmarkjs', 'console.txt', series);
  });

  test('±rme% becomes the interval of the mean turned into rates: hz/(1+rme) … hz/(1−rme)', () => {
    // "fib(20) x 15,573 ops/sec ±2.04% (10 runs sampled)"
    const fib = series.find((s) => s.name === 'fib(20)')!;
    expect(fib.spread!.low).toBeCloseTo(15573 / 1.0204, 6);
    expect(fib.spread!.high).toBeCloseTo(15573 / 0.9796, 6);
    expect(fib.samples).toBeUndefined();
  });

  test('the std dev derived from ±% and the run count matches the one Benchmark.js computed', () => {
    for (const s of series) {
      const b = stats.find((x) => x.name === s.name)!;
      const relative = b.stats.deviation / b.stats.mean;
      // Exact but for rounding: rme is printed with two decimals (±0.005 points) and hz as an integer.
      const tolerance = 0.005 / b.stats.rme + 1e-4;
      expect(Math.abs(s.spread!.stddev! / (b.hz * relative) - 1)).toBeLessThan(tolerance);
    }
  });

  test('the error line of a benchmark that threw and the "Fastest is" line are not results', () => {
    expect(series.some((s) => s.name.startsWith('throws') || s.name.startsWith('Fastest'))).toBe(false);
  });

  test('(1 run sampled) is read, and has no std dev to derive', () => {
    const one = benchmarkjs.parse('solo x 12.5 ops/sec ±0.00% (1 run sampled)\n', 'one.txt');
    expect(one).toEqual([
      {
        name: 'solo',
        metric: 'throughput',
        unit: 'ops/s',
        direction: 'bigger',
        value: 12.5,
        spread: { low: 12.5, high: 12.5 },
      },
    ]);
  });

  test('a line that claims to be a result but is cut short is an error with its line', () => {
    const text = fixture('console.txt').replace('±2.04% (10 runs sampled)', '±2.04');
    expect(() => benchmarkjs.parse(text, 'c.txt')).toThrow(ParseError);
    expect(() => benchmarkjs.parse(text, 'c.txt')).toThrow(
      /^c\.txt:3: expected "<name> x <ops> ops\/sec ±<rme>% \(<n> runs sampled\)", got "fib\(20\) x 15,573 ops\/sec ±2\.04"$/,
    );
  });

  test('output with no result line at all is an error, not an empty run', () => {
    expect(() => benchmarkjs.parse('Fastest is nothing\n', 'c.txt')).toThrow(
      /c\.txt:2: expected at least one/,
    );
  });
});
