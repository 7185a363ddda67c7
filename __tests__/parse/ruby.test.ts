import { benchmarkIps, rubyBenchmark } from '../../src/parse/ruby.js';
import { expectGolden } from './golden.js';
import { errorOf, fixture, recordingSink } from './helpers-b.js';

describe("Ruby's Benchmark.bm and bmbm", () => {
  test.each(['bm.txt', 'bmbm.txt', 'bm-nolabel.txt'])('%s parses to its golden series', (f) => {
    expectGolden('ruby-benchmark', f, rubyBenchmark.parse(fixture(`ruby-benchmark/${f}`), f));
  });

  test('real time is the time series, total CPU time its own; values in ns', () => {
    const series = rubyBenchmark.parse(fixture('ruby-benchmark/bm.txt'), 'x');
    expect(series.slice(0, 2)).toEqual([
      { name: 'for:', metric: 'time', unit: 'ns', direction: 'smaller', value: 218001000 },
      { name: 'for:', metric: 'cpu time', unit: 'ns', direction: 'smaller', value: 29946000 },
    ]);
  });

  test("bmbm's rehearsal is a warm-up: only the second table is read", () => {
    const series = rubyBenchmark
      .parse(fixture('ruby-benchmark/bmbm.txt'), 'x')
      .filter((s) => s.metric === 'time');
    expect(series.map((s) => [s.name, s.value])).toEqual([
      ['sort!', 588424000],
      ['sort', 597953000],
      ['sort_by with a block', 1428155000],
    ]);
  });

  test('a report without a label is named by its position, with a warning', () => {
    const sink = recordingSink();
    const series = rubyBenchmark.parse(fixture('ruby-benchmark/bm-nolabel.txt'), 'x', sink);
    expect([...new Set(series.map((s) => s.name))]).toEqual(['report 1', 'join']);
    expect(sink.warnings).toEqual([
      '2: a Benchmark report without a label is named "report 1" by its position',
    ]);
  });

  test('a row that cannot be read is an error with its line', () => {
    const text = '      user     system      total        real\na   0.1   0.0   x.1 (  0.2)\n';
    expect(errorOf(() => rubyBenchmark.parse(text, 'r.txt'))).toMatch(
      /^benchgate: r\.txt:2: expected "<label> <user>/,
    );
  });
});

describe('benchmark-ips (documented format)', () => {
  test.each(['documented-format-console.txt', 'documented-format.json'])(
    '%s parses to its golden series',
    (f) => {
      expectGolden('benchmark-ips', f, benchmarkIps.parse(fixture(`benchmark-ips/${f}`), f));
    },
  );

  test('iterations per second, scaled back from k/M/B; a long label above its numbers is kept', () => {
    const series = benchmarkIps.parse(fixture('benchmark-ips/documented-format-console.txt'), 'x');
    expect(series.map((s) => [s.name, s.value, s.unit, s.direction])).toEqual([
      ['addition', 17412000, 'ops/s', 'bigger'],
      ['addition2', 21394000, 'ops/s', 'bigger'],
      ['addition-test-long-label', 17219000, 'ops/s', 'bigger'],
    ]);
    expect(series[0].spread!.stddev).toBeCloseTo(17412000 * 0.021, 3);
  });

  test('the JSON report gives the same benchmarks with their error as the spread', () => {
    const series = benchmarkIps.parse(fixture('benchmark-ips/documented-format.json'), 'x');
    expect(series[0]).toEqual({
      name: 'addition',
      metric: 'throughput',
      unit: 'ops/s',
      direction: 'bigger',
      value: 17412004.1372,
      spread: { stddev: 365652 },
    });
  });

  test('a result line whose rate cannot be read is an error', () => {
    const text = 'Calculating -------------------------------------\n  a   lots (± 2.1%) i/s -  1 in 5s\n';
    expect(errorOf(() => benchmarkIps.parse(text, 'i.txt'))).toMatch(
      /^benchgate: i\.txt:2: expected "<label> <ips>/,
    );
  });
});

test('a Benchmark row cut before its (real) column is an error, not skipped', () => {
  const text =
    '       user     system      total        real\na   0.100000   0.000000   0.100000 (  0.200000)\nb   0.100000   0.000000   0.100000\n';
  expect(errorOf(() => rubyBenchmark.parse(text, 'r.txt'))).toMatch(
    /^benchgate: r\.txt:3: expected "<label> <user>/,
  );
});
