import * as fs from 'node:fs';
import * as path from 'node:path';
import { vitest } from '../../src/parse/vitest.js';
import { ParseError } from '../../src/errors.js';
import { expectGolden } from './golden.js';

const fixture = (f: string): string => fs.readFileSync(path.join('fixtures', 'vitest', f), 'utf8');

describe('vitest bench --outputJson', () => {
  const series = vitest.parse(fixture('bench.json'), 'bench.json');

  test('a series per bench, named "<file> > <describe> > <bench>" as vitest names it', () => {
    expect(series.map((s) => s.name)).toEqual([
      'bench/async.bench.ts > async work > await setTimeout 1ms',
      'bench/math.bench.ts > naïve 日本 normalize',
      'bench/math.bench.ts > fibonacci > fib(10)',
      'bench/math.bench.ts > fibonacci > fib(20)',
      'bench/math.bench.ts > sorting > Array#sort (copy)',
      'bench/math.bench.ts > sorting > Float64Array#sort (copy)',
    ]);
    expectGolden('vitest', 'bench.json', series);
  });

  test('the headline is the median in ns; vitest keeps no samples, so there are none', () => {
    const fib20 = series[3];
    expect(fib20).toMatchObject({ metric: 'time', unit: 'ns', direction: 'smaller' });
    // "median": 0.05949800000001915 ms; the console's mean column shows 0.0601
    expect(fib20.value).toBeCloseTo(59498.00000001915, 6);
    expect(fib20.samples).toBeUndefined();
    // mean 0.060056138055222245 ms ∓ moe, sd 0.003301602462237725 ms
    expect(fib20.spread!.stddev).toBeCloseTo(3301.602462237725, 6);
    expect((fib20.spread!.low! + fib20.spread!.high!) / 2).toBeCloseTo(60056.13805522225, 6);
  });

  test('a skipped bench is absent from the file and from the series', () => {
    expect(series.some((s) => s.name.includes('skipped'))).toBe(false);
  });

  test('samples, when a vitest version writes them, are kept in ns', () => {
    const doc = JSON.parse(fixture('bench.json')) as {
      files: { groups: { benchmarks: { samples: number[] }[] }[] }[];
    };
    doc.files[0].groups[0].benchmarks[0].samples = [1.08, 1.09, 1.1];
    const s = vitest.parse(JSON.stringify(doc), 'b.json');
    expect(s[0].samples).toEqual([1080000, 1090000, 1100000]);
    expect(s[0].value).toBeCloseTo(1090616.4999999958, 6); // still vitest's median
  });

  test('a bench without a median or mean is an error on its line', () => {
    const text = fixture('bench.json').replace('"median": 1.0906164999999959', '"median": "n/a"');
    expect(() => vitest.parse(text, 'b.json')).toThrow(ParseError);
    expect(() => vitest.parse(text, 'b.json')).toThrow(
      /^b\.json:32: expected a number for "median" of "bench\/async\.bench\.ts > async work > await setTimeout 1ms", got "n\/a"$/,
    );
  });
});
