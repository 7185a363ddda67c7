import * as fs from 'node:fs';
import * as path from 'node:path';
import { pytestBenchmark } from '../../src/parse/pytest.js';
import { ParseError } from '../../src/errors.js';
import type { Series } from '../../src/model.js';
import { expectGolden } from './golden.js';

const text = fs.readFileSync(path.join('fixtures', 'pytest-benchmark', 'benchmark.json'), 'utf8');
const raw = JSON.parse(text) as {
  benchmarks: { stats: { data: number[]; median: number; stddev: number } }[];
};
const find = (series: Series[], name: string): Series | undefined => series.find((s) => s.name === name);

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof ParseError) return e.line;
    throw e;
  }
  throw new Error('expected a ParseError');
}

describe('pytest-benchmark --benchmark-json', () => {
  const series = pytestBenchmark.parse(text, 'benchmark.json');

  test('benchmark.json parses to its golden series', () => {
    expectGolden('pytest-benchmark', 'benchmark.json', series);
  });

  test('names are the pytest node ids, with escaped non-ASCII parametrize ids kept as pytest wrote them', () => {
    expect(series.map((s) => s.name)).toEqual([
      'test_demo_bench.py::test_fib_15',
      'test_demo_bench.py::test_encode_word[caf\\xe9]',
      'test_demo_bench.py::test_encode_word[\\u65e5\\u672c]',
      'test_demo_bench.py::test_encode_word[plain]',
      'test_demo_bench.py::test_sort[10]',
      'test_demo_bench.py::test_sort[1000]',
      'test_demo_bench.py::test_sleep_pedantic',
      'test_demo_bench.py::TestStrings::test_join',
    ]);
  });

  test("every round is a sample in ns, and the headline is their median (pytest-benchmark's median)", () => {
    const fib = find(series, 'test_demo_bench.py::test_fib_15')!;
    expect(fib).toMatchObject({ metric: 'time', unit: 'ns', direction: 'smaller' });
    expect(fib.samples).toHaveLength(64);
    expect(fib.samples!.slice(0, 3)).toEqual([69498.00001621043, 68877.00004654107, 68772.00002008976]);
    expect(fib.value).toBe(68529.00000353657); // stats.median 6.852900000353657e-05 s
    expect(fib.spread).toEqual({ stddev: 2322.298358442172 });
    expect(series.map((s) => s.samples!.length)).toEqual([64, 26, 28, 71, 87, 21, 5, 98]);
    series.forEach((s, i) => expect(s.value).toBeCloseTo(raw.benchmarks[i].stats.median * 1e9, 6));
  });

  test('pedantic rounds are read like any other', () => {
    expect(find(series, 'test_demo_bench.py::test_sleep_pedantic')).toMatchObject({
      value: 2076777.000013408,
      samples: [
        2076471.500004118, 2076777.000013408, 2078845.0000281956, 2074599.000025046, 2134815.000033541,
      ],
    });
  });

  test('without stats.data the median is the headline, without samples', () => {
    const doc = JSON.parse(text) as { benchmarks: { stats: Record<string, unknown> }[] };
    for (const b of doc.benchmarks) delete b.stats.data;
    const s = pytestBenchmark.parse(JSON.stringify(doc), 'x')[0];
    expect(s.value).toBe(68529.00000353657);
    expect(s.samples).toBeUndefined();
  });

  test('a run in which no test used the benchmark fixture is an error that says so', () => {
    const doc = JSON.parse(text) as { benchmarks: unknown[] };
    doc.benchmarks = [];
    expect(errorOf(() => pytestBenchmark.parse(JSON.stringify(doc), 'b.json'))).toMatch(
      /^benchgate: b\.json:1: expected at least one benchmark in "benchmarks", got \[\] \(did any test use the benchmark fixture\?\)/,
    );
  });

  test('a wrong field names the line of the benchmark it belongs to', () => {
    const bad = text
      .replace('"median": 6.852900000353657e-05', '"median": "fast"')
      .replace(/"data": \[[^\]]*\]/, '"data": null');
    const line = bad.split('\n').findIndex((l) => l.includes('"fast"')) + 1;
    expect(errorOf(() => pytestBenchmark.parse(bad, 'b.json'))).toBe(
      `benchgate: b.json:${line}: expected a number for "stats.median" of "test_demo_bench.py::test_fib_15", got "fast"`,
    );
  });

  test('truncated JSON is an error', () => {
    expect(errorOf(() => pytestBenchmark.parse(text.slice(0, 5000), 'b.json'))).toMatch(
      /^benchgate: b\.json:\d+: expected valid JSON/,
    );
  });
});

describe('pytest-benchmark files without per-round data', () => {
  const saved = fs.readFileSync(path.join('fixtures', 'pytest-benchmark', 'autosave-no-data.json'), 'utf8');

  test('autosave-no-data.json parses to its golden series', () => {
    expectGolden('pytest-benchmark', 'autosave-no-data.json', pytestBenchmark.parse(saved, 'a.json'));
  });

  test('a --benchmark-autosave file (no stats.data) is read from its summary, without samples', () => {
    const doc = JSON.parse(saved) as { benchmarks: { fullname: string; stats: { median: number } }[] };
    const series = pytestBenchmark.parse(saved, 'a.json');
    expect(series).toHaveLength(doc.benchmarks.length);
    for (const [i, s] of series.entries()) {
      expect(s.name).toBe(doc.benchmarks[i].fullname);
      expect(s.value).toBeCloseTo(doc.benchmarks[i].stats.median * 1e9, 3);
      expect(s.samples).toBeUndefined();
    }
  });

  test('a truncated stats.data (fewer values than rounds) falls back to the summary, with a warning', () => {
    const doc = JSON.parse(text) as {
      benchmarks: { fullname: string; stats: { data: number[]; median: number; rounds: number } }[];
    };
    const b = doc.benchmarks[0];
    b.stats.data = b.stats.data.slice(0, 2);
    const warnings: string[] = [];
    const [s] = pytestBenchmark.parse(JSON.stringify(doc), 't.json', {
      warn: (_line, m) => void warnings.push(m),
      meta: () => {},
    });
    expect(s.samples).toBeUndefined();
    expect(s.value).toBeCloseTo(b.stats.median * 1e9, 3);
    expect(warnings).toEqual([
      `"stats.data" of "${b.fullname}" holds 2 of ${b.stats.rounds} rounds; its summary is used, without samples`,
    ]);
  });
});
