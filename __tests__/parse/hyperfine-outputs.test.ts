/**
 * hyperfine's console output and its CSV, Markdown, AsciiDoc and Org exports, each from a real run
 * whose JSON export is beside it: the numbers they print agree with the JSON, to the printed precision.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { hyperfine } from '../../src/parse/hyperfine.js';
import { hyperfineCsv, hyperfineTable } from '../../src/parse/hyperfine-export.js';
import { hyperfineConsole } from '../../src/parse/hyperfine-console.js';
import { detectFormat } from '../../src/parse/detect.js';
import { ParseError } from '../../src/errors.js';
import { expectGolden } from './golden.js';

const fixture = (f: string): string => fs.readFileSync(path.join('fixtures', 'hyperfine', f), 'utf8');
const RUNS = ['ms', 's', 'fast', 'scan', 'us'];

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof ParseError) return e.line;
    throw e;
  }
  throw new Error('expected a ParseError');
}

describe.each(RUNS)('hyperfine run "%s"', (run) => {
  const json = hyperfine.parse(fixture(`export-${run}.json`), 'x');

  test('--export-csv gives the JSON median and stddev, without samples, marked as console', () => {
    const f = `export-${run}.csv`;
    const series = hyperfineCsv.parse(fixture(f), f);
    expectGolden('hyperfine', f, series);
    expect(series.map((s) => s.name)).toEqual(json.map((s) => s.name));
    series.forEach((s, i) => {
      expect(s).toMatchObject({ metric: 'time', unit: 'ns', origin: 'console' });
      expect(s.samples).toBeUndefined();
      expect(s.value).toBeCloseTo(json[i].value, 0);
    });
  });

  test.each(['md', 'adoc', 'org'])(
    '--export-%s and the console give the mean to the printed precision',
    (ext) => {
      const f = `export-${run}.${ext}`;
      const series = hyperfineTable.parse(fixture(f), f);
      expectGolden('hyperfine', f, series);
      const consoleSeries = hyperfineConsole.parse(fixture(`export-${run}-console.txt`), 'c');
      const means = JSON.parse(fixture(`export-${run}.json`)).results.map(
        (r: { mean: number }) => r.mean * 1e9,
      );
      expect(series.map((s) => s.name)).toEqual(json.map((s) => s.name));
      expect(consoleSeries.map((s) => s.name)).toEqual(json.map((s) => s.name));
      for (const list of [series, consoleSeries])
        list.forEach((s, i) => {
          expect(s.origin).toBe('console');
          // printed with 3 significant digits or to the ms: within 5% or 0.05 ms
          expect(Math.abs(s.value - means[i])).toBeLessThanOrEqual(Math.max(0.05 * means[i], 0.05e6));
        });
      expect(detectFormat(fixture(f), f).name).toBe('hyperfine-table');
    },
  );
});

describe('hyperfine console', () => {
  test.each([
    'basic-console.txt',
    'parameters-console.txt',
    'parameter-scan-console.txt',
    'no-shell-failing-console.txt',
    'single-run-console.txt',
    'zero-time-console.txt',
    'export-time-unit-second-console.txt',
    'export-us-color-console.txt',
  ])('%s parses to its golden series, with the names of its JSON export', (f) => {
    const series = hyperfineConsole.parse(fixture(f), f);
    expectGolden('hyperfine', f, series);
    expect(detectFormat(fixture(f), f).name).toBe('hyperfine-console');
    const json = f.replace('-console.txt', '.json');
    if (fs.existsSync(path.join('fixtures', 'hyperfine', json)))
      expect(series.map((s) => s.name)).toEqual(hyperfine.parse(fixture(json), json).map((s) => s.name));
  });

  test('a single run prints "Time (abs ≡)" with no σ: a value without spread', () => {
    const [s] = hyperfineConsole.parse(fixture('single-run-console.txt'), 'x');
    expect(s).toMatchObject({ name: 'sleep 0.01', value: 10_300_000, origin: 'console' });
    expect(s.spread).toBeUndefined();
  });

  test('a block whose time line does not read is an error naming the command', () => {
    const text = 'Benchmark 1: sleep 1\n  Time (mean ± σ):      fast ms\n';
    expect(errorOf(() => hyperfineConsole.parse(text, 'c.txt'))).toMatch(
      /^benchgate: c\.txt:2: expected "<mean> <unit> ± <σ> <unit>" for "sleep 1"/,
    );
    expect(errorOf(() => hyperfineConsole.parse('Benchmark 1: a\nBenchmark 2: b\n', 'c.txt'))).toBe(
      'benchgate: c.txt:1: expected a "Time (mean ± σ):" line for "a"',
    );
  });

  test('colours and progress-bar redraws of a terminal run are removed', () => {
    const text =
      '\u001b[1mBenchmark 1\u001b[0m: sleep 0.01\n⠏ Current estimate: 10.5 ms\r\u001b[2K  Time (\u001b[32mmean\u001b[0m ± \u001b[32mσ\u001b[0m):     \u001b[32m10.4 ms\u001b[0m ±  \u001b[32m0.2 ms\u001b[0m    [User: 0.8 ms, System: 0.1 ms]\n';
    expect(hyperfineConsole.parse(text, 'x')).toEqual([
      {
        name: 'sleep 0.01',
        metric: 'time',
        unit: 'ns',
        direction: 'smaller',
        value: 10_400_000,
        spread: { stddev: 200_000 },
        origin: 'console',
      },
    ]);
  });
});

describe('hyperfine in microseconds (hyperfine 1.20, --time-unit microsecond)', () => {
  const MEAN_NS = 1_452_000; // "1452.0 µs" in every table and the console
  const STDDEV_NS = 1_673_600; // "1673.6 µs"

  test.each(['export-us.md', 'export-us.adoc', 'export-us.org', 'export-us-console.txt'])(
    '%s reads µs as exact nanoseconds',
    (f) => {
      const [s] = detectFormat(fixture(f), f).parse(fixture(f), f);
      expect(s).toMatchObject({ name: 'true', unit: 'ns', value: MEAN_NS, spread: { stddev: STDDEV_NS } });
    },
  );

  test('the coloured console reads the same as its JSON export, to the printed 0.1 µs', () => {
    const f = 'export-us-color-console.txt';
    const [s] = hyperfineConsole.parse(fixture(f), f);
    const [{ mean, stddev }] = JSON.parse(fixture('export-us-color.json')).results;
    expect(s.value).toBe(1_244_500);
    expect(Math.abs(s.value - mean * 1e9)).toBeLessThanOrEqual(50);
    expect(Math.abs(s.spread!.stddev! - stddev * 1e9)).toBeLessThanOrEqual(50);
  });

  test('"us" and the Greek "μs" read like the micro sign "µs" hyperfine prints', () => {
    for (const f of ['export-us.md', 'export-us-console.txt'])
      for (const spelling of ['us', '\u03bcs']) {
        const text = fixture(f).replaceAll('\u00b5s', spelling);
        expect(text).not.toBe(fixture(f));
        const [s] = detectFormat(text, f).parse(text, f);
        expect(s).toMatchObject({ value: MEAN_NS, spread: { stddev: STDDEV_NS } });
      }
  });
});

describe('hyperfine exports', () => {
  test('a CSV row with a missing field is an error naming its line', () => {
    const text = 'command,mean,stddev,median,user,system,min,max\n"a, b",1,0.1,1,0,0,1,1\nc,1,0.1\n';
    expect(errorOf(() => hyperfineCsv.parse(text, 'h.csv'))).toMatch(
      /^benchgate: h\.csv:3: expected 8 comma-separated fields/,
    );
    expect(hyperfineCsv.parse(text.split('\n').slice(0, 2).join('\n'), 'h.csv')[0].name).toBe('a, b');
  });

  test('a Markdown row whose mean is not a number is an error naming its line', () => {
    const text = fixture('export-ms.md').replace('20.9 ± 12.6', 'n/a');
    expect(errorOf(() => hyperfineTable.parse(text, 'h.md'))).toMatch(
      /^benchgate: h\.md:3: expected "<mean> ± <stddev>" in ms/,
    );
  });
});
