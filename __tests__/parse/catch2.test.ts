import * as fs from 'node:fs';
import * as path from 'node:path';
import { catch2 } from '../../src/parse/catch2.js';
import { detectFormat } from '../../src/parse/detect.js';
import { ParseError } from '../../src/errors.js';
import { expectGolden } from './golden.js';

const fixture = (f: string): string => fs.readFileSync(path.join('fixtures', 'catch2', f), 'utf8');
const parse = (f: string) => catch2.parse(fixture(f), f);

function errorOf(fn: () => unknown): ParseError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ParseError) return e;
    throw e;
  }
  throw new Error('expected a ParseError');
}

describe('Catch2 console reporter', () => {
  test('each benchmark is its mean in ns with the bootstrap interval and std dev as spread', () => {
    const series = parse('console.txt');
    expect(series.map((s) => s.name)).toEqual([
      'Fibonacci 10',
      'Fibonacci 20',
      'Fibonacci 25',
      'std::vector<int> push_back x1000',
      'std::sort 1000 ints (advanced)',
      'std::map<std::string,int> insert "quoted" & <escaped>',
    ]);
    // "Fibonacci 20 … 7.50614 us  7.49697 us  7.53264 us / 36.9086 ns  4.84141 ns  72.2201 ns"
    expect(series[1]).toEqual({
      name: 'Fibonacci 20',
      metric: 'time',
      unit: 'ns',
      direction: 'smaller',
      value: 7506.14,
      spread: { low: 7496.97, high: 7532.64, stddev: 36.9086 },
    });
    // mixed units on one line: "998.375 ns  982.764 ns  1.03564 us"
    expect(series[3].value).toBe(998.375);
    expect(series[3].spread).toEqual({ low: 982.764, high: 1035.64, stddev: 49.4491 });
    // "113.058 us  112.09 us  116.64 us / 3.92781 us …"
    expect(series[2]).toMatchObject({
      value: 113058,
      spread: { low: 112090, high: 116640, stddev: 3927.81 },
    });
    // Catch2 prints no samples, only the summary
    for (const s of series) expect(s.samples).toBeUndefined();
    expectGolden('catch2', 'console.txt', series);
  });

  test('a name wrapped over two lines is read whole, joined at the wrap', () => {
    const map = parse('console.txt')[5];
    expect(map.name).toBe('std::map<std::string,int> insert "quoted" & <escaped>');
    expect(map.value).toBe(6994.51);
    expect(map.spread).toEqual({ low: 6607.16, high: 8182.55, stddev: 1245.92 });
  });

  test('--benchmark-no-analysis gives the mean alone, without an invented spread', () => {
    const series = parse('console-no-analysis.txt');
    expect(series.map((s) => [s.name, s.value])).toEqual([
      ['Fibonacci 10', 45.2406],
      ['Fibonacci 20', 7528.3],
      ['Fibonacci 25', 112398],
      ['std::vector<int> push_back x1000', 990.14],
      ['std::sort 1000 ints (advanced)', 6856.68],
      ['std::map<std::string,int> insert "quoted" & <escaped>', 7485.09],
    ]);
    for (const s of series) expect(s.spread).toBeUndefined();
    expectGolden('catch2', 'console-no-analysis.txt', series);
  });

  test('Catch2 v3 headers ("est run time") are read like v2 ones', () => {
    const v3 = fixture('console.txt').replace(/(samples\s+iterations\s+)estimated/g, '$1est run time');
    expect(detectFormat(v3, 'v3.txt').name).toBe('catch2');
    expect(catch2.parse(v3, 'v3.txt')).toEqual(parse('console.txt'));
  });

  test('a mean line without its name line is an error naming that line', () => {
    const text = fixture('console.txt').replace(/^Fibonacci 20 .*\n/m, '');
    const e = errorOf(() => catch2.parse(text, 'c.txt'));
    expect(e.line).toMatch(
      /^benchgate: c\.txt:20: expected a benchmark name with samples, iterations and estimate/,
    );
  });

  test('a unit that is not a duration is an error, not a silently wrong number', () => {
    const text = fixture('console.txt').replace('45.2244 ns', '45.2244 zz');
    expect(errorOf(() => catch2.parse(text, 'c.txt')).line).toBe(
      'benchgate: c.txt:17: expected a duration unit (ns, us, ms, s) in a Catch2 benchmark, got "zz"',
    );
  });

  test('a benchmark name that repeats (in two test cases) is an error, not a merge', () => {
    const text = fixture('console.txt').replace('Fibonacci 25   ', 'Fibonacci 10   ');
    expect(errorOf(() => catch2.parse(text, 'c.txt')).line).toMatch(
      /c\.txt:24: expected each benchmark name once, "Fibonacci 10" \(time\) already appeared on line 16/,
    );
  });
});

describe('Catch2 XML reporter (-r xml)', () => {
  test('values are nanoseconds, names are unescaped, the interval and std dev are the spread', () => {
    const series = parse('report.xml');
    expect(series.map((s) => s.name)).toEqual([
      'Fibonacci 10',
      'Fibonacci 20',
      'Fibonacci 25',
      'std::vector<int> push_back x1000',
      'std::sort 1000 ints (advanced)',
      'std::map<std::string,int> insert "quoted" & <escaped>',
    ]);
    // <mean value="45.2177" lowerBound="45.1982" upperBound="45.2911"/> <standardDeviation value="0.0802141" …/>
    expect(series[0]).toEqual({
      name: 'Fibonacci 10',
      metric: 'time',
      unit: 'ns',
      direction: 'smaller',
      value: 45.2177,
      spread: { low: 45.1982, high: 45.2911, stddev: 0.0802141 },
    });
    expect(series[2]).toMatchObject({
      value: 113156,
      spread: { low: 112257, high: 115837, stddev: 3564.39 },
    });
    expectGolden('catch2', 'report.xml', series);
  });

  test('the XML and the console name every benchmark the same way', () => {
    expect(parse('report.xml').map((s) => s.name)).toEqual(parse('console.txt').map((s) => s.name));
  });

  test('no-analysis XML (ci="0", std dev 0) keeps the mean and records no spread', () => {
    const series = parse('report-no-analysis.xml');
    expect(series[0]).toEqual({
      name: 'Fibonacci 10',
      metric: 'time',
      unit: 'ns',
      direction: 'smaller',
      value: 45.232,
    });
    expect(series.every((s) => s.spread === undefined)).toBe(true);
    expectGolden('catch2', 'report-no-analysis.xml', series);
  });

  test('a <mean> without a number is an error on the line of its BenchmarkResults', () => {
    const text = fixture('report.xml').replace('<mean value="7498.75"', '<mean value="fast"');
    expect(errorOf(() => catch2.parse(text, 'r.xml')).line).toBe(
      'benchgate: r.xml:11: expected <mean value="…"/> in nanoseconds for "Fibonacci 20", got "fast"',
    );
  });

  test('a truncated report is an error, not the benchmarks before the cut', () => {
    const text = fixture('report.xml');
    const cut = text.slice(0, text.indexOf('<mean value="7498.75"') - 1);
    expect(errorOf(() => catch2.parse(cut, 'r.xml')).line).toMatch(
      /r\.xml:11: expected <mean> and <\/BenchmarkResults>/,
    );
  });
});

describe('Catch2 console with names long enough to wrap (real run)', () => {
  const read = (f: string): string => fs.readFileSync(path.join('fixtures', 'catch2', f), 'utf8');
  const LONG = [
    'fib 15',
    'accumulate a vector of one thousand integers with std::accumulate and a lambda',
    'build a std::string of sixty-four characters by appending one character at a time in a loop that runs sixty-four times',
  ];

  test.each(['console-long-names.txt', 'console-long-names-no-analysis.txt'])(
    '%s parses to its golden series',
    (f) => {
      expectGolden('catch2', f, catch2.parse(read(f), f));
    },
  );

  test.each(['console-long-names.txt', 'console-long-names-no-analysis.txt'])(
    'in %s, the pieces of a name wrapped over two to four lines are one name',
    (f) => {
      expect(catch2.parse(read(f), f).map((s) => s.name)).toEqual(LONG);
    },
  );

  test('the wrapped benchmark keeps its own numbers', () => {
    const s = catch2.parse(read('console-long-names.txt'), 'x').find((x) => x.name === LONG[2])!;
    expect(s.value).toBeCloseTo(213.268, 6);
    expect(s.spread).toMatchObject({ low: 204.865, high: 226.856, stddev: 24.683 });
  });
});
