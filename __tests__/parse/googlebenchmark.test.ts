import * as fs from 'node:fs';
import * as path from 'node:path';
import { googleBenchmark } from '../../src/parse/googlebenchmark.js';
import { ParseError } from '../../src/errors.js';
import type { Series } from '../../src/model.js';
import { expectGolden } from './golden.js';

const fixture = (f: string): string => fs.readFileSync(path.join('fixtures', 'google-benchmark', f), 'utf8');
const parse = (f: string): Series[] => googleBenchmark.parse(fixture(f), f);
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

const NAMES = [
  'BM_Fib20',
  'BM_VectorPushBack/8',
  'BM_VectorPushBack/64',
  'BM_VectorPushBack/512',
  'BM_StringCompare/len:64/differ:0',
  'BM_StringCompare/len:64/differ:1',
  'BM_Memcpy/4096',
  'BM_Memcpy/65536',
  'BM_Accumulate',
  'BM_Counters',
  'BM_Sort/256',
  'BM_Sort/1024',
  'BM_Sort/4096',
  'BM_Sort/16384',
  'BM_Fib25_us',
  'BM_Sleep_ms/real_time',
  'BM_Threaded/threads:2',
];

/** A minimal document around some rows, pretty-printed as the library writes it. */
const doc = (rows: object[]): string =>
  JSON.stringify({ context: { date: 'x', library_build_type: 'release' }, benchmarks: rows }, null, 2);
const row = (o: object): object => ({
  name: 'BM_X',
  run_name: 'BM_X',
  run_type: 'iteration',
  repetitions: 1,
  iterations: 10,
  real_time: 5,
  cpu_time: 5,
  time_unit: 'ns',
  ...o,
});

describe('Google Benchmark JSON', () => {
  test.each(['plain.json', 'repetitions.json', 'aggregates-only.json'])(
    '%s parses to its golden series',
    (f) => {
      expectGolden('google-benchmark', f, parse(f));
    },
  );

  test('every benchmark once, by run_name; BigO and RMS complexity rows are not benchmarks', () => {
    for (const f of ['plain.json', 'repetitions.json', 'aggregates-only.json']) {
      expect([...new Set(parse(f).map((s) => s.name))]).toEqual(NAMES);
    }
  });

  test("real_time is the time series and cpu_time its own, both converted from each row's time_unit", () => {
    const series = parse('plain.json');
    expect(find(series, 'BM_Fib20')).toEqual({
      name: 'BM_Fib20',
      metric: 'time',
      unit: 'ns',
      direction: 'smaller',
      value: 9104.10512652767,
      samples: [9104.10512652767],
    });
    expect(find(series, 'BM_Fib20', 'cpu_time')?.value).toBe(9072.643737832577);
    expect(find(series, 'BM_Fib25_us')?.value).toBe(121015.5948275973); // 121.01559482759731 us
    expect(find(series, 'BM_Sleep_ms/real_time')?.value).toBe(2079021.7142965565); // 2.0790217142965566 ms
    expect(find(series, 'BM_Threaded/threads:2', 'cpu_time')?.value).toBe(180.8553240740744);
  });

  test('bytes_per_second and items_per_second are bigger-is-better rates', () => {
    const series = parse('plain.json');
    expect(find(series, 'BM_Memcpy/4096', 'bytes_per_second')).toMatchObject({
      unit: 'B/s',
      direction: 'bigger',
      value: 41772287729.06295,
    });
    expect(find(series, 'BM_Accumulate', 'items_per_second')).toMatchObject({
      unit: 'items/s',
      direction: 'bigger',
      value: 3505113280.6175785,
    });
  });

  test('user counters are series of their own; one named like a rate is bigger-is-better', () => {
    const series = parse('plain.json');
    expect(find(series, 'BM_Counters', 'widgets')).toMatchObject({
      unit: '',
      direction: 'smaller',
      value: 610884,
    });
    expect(find(series, 'BM_Counters', 'widget_rate')).toMatchObject({
      direction: 'bigger',
      value: 43731918.67955207,
    });
    expect(find(series, 'BM_Counters', 'foo')?.value).toBe(3);
    expect(series.filter((s) => s.name === 'BM_Counters').map((s) => s.metric)).toEqual([
      'time',
      'cpu_time',
      'foo',
      'widget_rate',
      'widgets',
    ]);
  });

  test('--benchmark_repetitions=5: the iteration rows are the samples, the stddev aggregate the spread', () => {
    const series = parse('repetitions.json');
    const fib = find(series, 'BM_Fib20')!;
    expect(fib.samples).toEqual([
      9050.168181773472, 9048.36038963757, 9717.169480567958, 9038.865584455367, 9058.472727253042,
    ]);
    expect(fib.value).toBe(9050.168181773472); // their median, as the _median aggregate row says
    expect(fib.spread).toEqual({ stddev: 298.9105847953407 });
    for (const s of series) expect(s.samples).toHaveLength(5);
    expect(find(series, 'BM_Memcpy/4096', 'bytes_per_second')?.samples).toHaveLength(5);
  });

  test('--benchmark_report_aggregates_only: the median aggregate is the headline, without samples', () => {
    const series = parse('aggregates-only.json');
    expect(find(series, 'BM_Fib20')).toEqual({
      name: 'BM_Fib20',
      metric: 'time',
      unit: 'ns',
      direction: 'smaller',
      value: 9009.218181792628,
      spread: { stddev: 30.585359751072893 },
    });
    for (const s of series) expect(s.samples).toBeUndefined();
    // the cv aggregate (a fraction) never becomes a value
    expect(find(series, 'BM_Fib20', 'cpu_time')?.value).toBe(9009.67337662338);
  });

  test('a mean aggregate stands in when there is no median', () => {
    const text = doc([
      row({ name: 'BM_X_mean', run_type: 'aggregate', aggregate_name: 'mean', real_time: 7 }),
    ]);
    expect(googleBenchmark.parse(text, 'x')[0]).toMatchObject({ name: 'BM_X', value: 7 });
  });

  test('a benchmark that called SkipWithError is left out; the others are read', () => {
    const text = doc([
      row({
        name: 'BM_Broken',
        run_name: 'BM_Broken',
        error_occurred: true,
        error_message: 'no AVX2',
        real_time: 0,
      }),
      row({}),
    ]);
    expect(googleBenchmark.parse(text, 'x').map((s) => s.name)).toEqual(['BM_X', 'BM_X']);
  });

  test('a file in which every benchmark failed is an error, not an empty run', () => {
    const text = doc([row({ error_occurred: true, error_message: 'boom' })]);
    expect(errorOf(() => googleBenchmark.parse(text, 'out.json'))).toBe(
      'benchgate: out.json:1: expected at least one benchmark with a result, 1 reported errors or were skipped',
    );
  });

  test('a wrong field names the line of its row', () => {
    const text = doc([row({}), row({ name: 'BM_Y', run_name: 'BM_Y', real_time: 'fast' })]);
    const line = text.split('\n').findIndex((l) => l.includes('"BM_Y"')); // the row opens one line above
    expect(errorOf(() => googleBenchmark.parse(text, 'out.json'))).toBe(
      `benchgate: out.json:${line}: expected a number for "real_time" of "BM_Y", got "fast"`,
    );
  });

  test('an unknown time_unit is an error naming its row', () => {
    const text = doc([row({ time_unit: 'fortnights' })]);
    expect(errorOf(() => googleBenchmark.parse(text, 'o.json'))).toMatch(
      /^benchgate: o\.json:\d+: expected "time_unit" of "BM_X" to be ns, us, ms or s, got "fortnights"/,
    );
  });

  test('truncated JSON is an error at the end of the file', () => {
    const text = fixture('repetitions.json');
    const cut = text.slice(0, Math.floor(text.length / 2));
    expect(errorOf(() => googleBenchmark.parse(cut, 'r.json'))).toBe(
      `benchgate: r.json:${cut.split('\n').length}: expected complete JSON, the file ends early (truncated?)`,
    );
  });

  test('invalid JSON inside a row is an error naming its line', () => {
    const text = fixture('plain.json').replace('"iterations": 1541,', '"iterations": 1541,,');
    const line = text.split('\n').findIndex((l) => l.includes('1541,,')) + 1;
    expect(errorOf(() => googleBenchmark.parse(text, 'p.json'))).toMatch(
      new RegExp(`^benchgate: p\\.json:${line}: expected valid JSON`),
    );
  });

  test('a "benchmarks" row with a "}" inside a string is still read whole', () => {
    const text = doc([row({ name: 'BM_T<{1}>', run_name: 'BM_T<{1}>', label: 'a } b' })]);
    expect(googleBenchmark.parse(text, 'x')[0].name).toBe('BM_T<{1}>');
  });
});

describe('Google Benchmark JSON of versions before 1.5 (no run_type, run_name or aggregate_name)', () => {
  const read = (f: string): string => fs.readFileSync(path.join('fixtures', 'google-benchmark', f), 'utf8');

  test('aggregates are known by their name suffix: the same series as the current layout', () => {
    const old = googleBenchmark.parse(read('documented-format-pre-1.5-repetitions.json'), 'old.json');
    expect(old).toEqual(googleBenchmark.parse(read('repetitions.json'), 'new.json'));
  });

  test('a lone benchmark whose name merely ends in _mean stays a benchmark', () => {
    const text = JSON.stringify({
      context: {},
      benchmarks: [{ name: 'BM_running_mean', iterations: 10, real_time: 5, cpu_time: 5, time_unit: 'ns' }],
    });
    expect(googleBenchmark.parse(text, 'x.json').map((s) => [s.name, s.metric, s.value])).toEqual([
      ['BM_running_mean', 'time', 5],
      ['BM_running_mean', 'cpu_time', 5],
    ]);
  });
});
