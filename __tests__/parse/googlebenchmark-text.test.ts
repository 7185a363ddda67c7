/**
 * Google Benchmark's console table and CSV, from real runs (fixtures/google-benchmark/README.md): the
 * series names and metrics are those of the JSON reader, so a user can switch outputs without losing
 * history; repetitions give samples, a single row or aggregates only give `origin: 'console'`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { googleBenchmarkConsole, googleBenchmarkCsv } from '../../src/parse/googlebenchmark-text.js';
import { googleBenchmark } from '../../src/parse/googlebenchmark.js';
import { detectFormat } from '../../src/parse/detect.js';
import { ParseError } from '../../src/errors.js';
import type { Series } from '../../src/model.js';
import { expectGolden } from './golden.js';

const fixture = (f: string): string => fs.readFileSync(path.join('fixtures', 'google-benchmark', f), 'utf8');
const find = (series: Series[], name: string, metric = 'time'): Series | undefined =>
  series.find((s) => s.name === name && s.metric === metric);

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof ParseError) return e.line;
    throw e;
  }
  throw new Error('expected a ParseError');
}

const CONSOLE = [
  'console.txt',
  'console-aggregates-tabular.txt',
  'text-console.txt',
  'text-console-repetitions.txt',
  'text-console-display-aggregates-only.txt',
  'text-console-tabular.txt',
];
const CSV = ['text-format.csv', 'text-out-repetitions.csv'];

describe('Google Benchmark console and CSV', () => {
  test.each(CONSOLE)('console %s parses to its golden series', (f) => {
    expectGolden('google-benchmark', f, googleBenchmarkConsole.parse(fixture(f), f));
    expect(detectFormat(fixture(f), f).name).toBe('googlebenchmark-console');
  });

  test.each(CSV)('CSV %s parses to its golden series', (f) => {
    expectGolden('google-benchmark', f, googleBenchmarkCsv.parse(fixture(f), f));
    expect(detectFormat(fixture(f), f).name).toBe('googlebenchmark-csv');
  });

  test('names with spaces and non-ASCII bytes that shift the columns are read whole', () => {
    const series = googleBenchmarkConsole.parse(fixture('text-console.txt'), 'x');
    expect(find(series, 'string concat with spaces')).toMatchObject({ value: 172, origin: 'console' });
    expect(find(series, 'größe/µs-naïve')).toMatchObject({ value: 225 });
    expect(find(series, 'größe/µs-naïve', 'cpu_time')?.value).toBe(41.7);
    expect(find(series, 'BM_Sort/4096', 'swaps')?.value).toBe(4096);
  });

  test('counter suffixes scale by 1000, bytes_per_second by 1024', () => {
    const series = googleBenchmarkConsole.parse(fixture('text-console.txt'), 'x');
    expect(find(series, 'BM_Sort/64', 'items_per_second')).toMatchObject({
      value: 204_287_000,
      unit: 'items/s',
      direction: 'bigger',
    });
    expect(find(series, 'string concat with spaces', 'bytes_per_second')?.value).toBeCloseTo(
      419.518 * 2 ** 20,
      0,
    );
  });

  test('repetitions are samples; aggregates only give the median and the stddev', () => {
    const reps = googleBenchmarkConsole.parse(fixture('text-console-repetitions.txt'), 'x');
    expect(find(reps, 'BM_Sort/64')).toMatchObject({
      samples: [1278, 2078, 2298],
      value: 2078,
      spread: { stddev: 537 },
    });
    expect(find(reps, 'BM_Sort/64')?.origin).toBeUndefined();
    const aggs = googleBenchmarkConsole.parse(fixture('text-console-display-aggregates-only.txt'), 'x');
    expect(find(aggs, 'BM_Sort/64')).toMatchObject({
      value: 2089,
      spread: { stddev: 406 },
      origin: 'console',
    });
  });

  test('the aggregates-tabular console reads as its JSON run does, names and metrics alike', () => {
    const text = googleBenchmarkConsole.parse(fixture('console-aggregates-tabular.txt'), 'x');
    const json = googleBenchmark.parse(fixture('aggregates-only.json'), 'y');
    const ids = (l: Series[]): string[] => l.map((s) => `${s.name} ${s.metric}`).sort();
    expect(ids(text).filter((id) => ids(json).includes(id)).length).toBeGreaterThan(0);
  });

  test('CSV from --benchmark_out skips the context lines and reads the repetitions as samples', () => {
    const series = googleBenchmarkCsv.parse(fixture('text-out-repetitions.csv'), 'x');
    expect(find(series, 'BM_Sort/64')?.samples).toEqual([1969.26, 2094.72, 1720.08]);
    expect(find(series, 'BM_Sort/64', 'rate')?.value).toBe(910.085);
  });

  test('a console row that does not read is an error naming its line', () => {
    const text = fixture('text-console.txt').replace('1525 ns', 'fast ns');
    expect(errorOf(() => googleBenchmarkConsole.parse(text, 'c.txt'))).toMatch(
      /^benchgate: c\.txt:4: expected "<name> <time> <unit>/,
    );
  });
});
