import * as fs from 'node:fs';
import * as path from 'node:path';
import { benchmarkdotnet } from '../../src/parse/benchmarkdotnet.js';
import { ParseError } from '../../src/errors.js';
import { expectGolden } from './golden.js';

// Generated from BenchmarkDotNet's documented format (fixtures/benchmarkdotnet/README.md: .NET cannot run
// on the fixture machine).
const text = fs.readFileSync(
  path.join('fixtures', 'benchmarkdotnet', 'documented-format-report-full.json'),
  'utf8',
);

interface Bench {
  DisplayInfo: string;
  FullName: string;
  Statistics: unknown;
  Measurements?: unknown;
}
const doc = (): { Benchmarks: Bench[] } => JSON.parse(text) as { Benchmarks: Bench[] };

describe('BenchmarkDotNet full JSON report', () => {
  const series = benchmarkdotnet.parse(text, 'report-full.json');

  test('a time and an "allocated" series per case, named by FullName', () => {
    expect(series.map((s) => `${s.name} | ${s.metric}`)).toEqual([
      'Benchgate.Samples.StringBenchmarks.Concat(N: 10) | time',
      'Benchgate.Samples.StringBenchmarks.Concat(N: 10) | allocated',
      'Benchgate.Samples.StringBenchmarks.Concat(N: 1000) | time',
      'Benchgate.Samples.StringBenchmarks.Concat(N: 1000) | allocated',
      'Benchgate.Samples.StringBenchmarks.StringBuilder(N: 10) | time',
      'Benchgate.Samples.StringBenchmarks.StringBuilder(N: 10) | allocated',
      'Benchgate.Samples.StringBenchmarks.StringBuilder(N: 1000) | time',
      'Benchgate.Samples.StringBenchmarks.StringBuilder(N: 1000) | allocated',
    ]);
    expectGolden('benchmarkdotnet', 'documented-format-report-full.json', series);
  });

  test('the median in ns per operation is the headline; Workload/Result iterations per op are the samples', () => {
    const concat = series[0];
    expect(concat).toMatchObject({ unit: 'ns', direction: 'smaller', value: 38.8123020529747 });
    // 14 "Result" rows (of 15 "Actual"); the first: 327671622 ns / 8388608 operations
    expect(concat.samples).toHaveLength(14);
    expect(concat.samples![0]).toBe(327671622 / 8388608);
    // the samples are what Statistics summarized: their mean is Statistics.Mean
    const mean = concat.samples!.reduce((a, b) => a + b, 0) / concat.samples!.length;
    expect(mean).toBeCloseTo(38.83642274992807, 9);
    expect(concat.spread).toEqual({
      low: 38.65372944269285,
      high: 39.01911605716329,
      stddev: 0.16195285825861316,
    });
  });

  test('BytesAllocatedPerOperation is a bytes series, smaller is better', () => {
    expect(series[1]).toEqual({
      name: 'Benchgate.Samples.StringBenchmarks.Concat(N: 10)',
      metric: 'allocated',
      unit: 'B',
      direction: 'smaller',
      value: 120,
    });
    expect(series[3].value).toBe(8024);
  });

  test('two jobs of one case are told apart by the job in DisplayInfo', () => {
    const d = doc();
    const other = { ...d.Benchmarks[0], DisplayInfo: 'StringBenchmarks.Concat: .NET 6.0 [N=10]' };
    d.Benchmarks = [d.Benchmarks[0], other];
    const s = benchmarkdotnet.parse(JSON.stringify(d), 'r.json').filter((x) => x.metric === 'time');
    expect(s.map((x) => x.name)).toEqual([
      'Benchgate.Samples.StringBenchmarks.Concat(N: 10) [DefaultJob]',
      'Benchgate.Samples.StringBenchmarks.Concat(N: 10) [.NET 6.0]',
    ]);
  });

  test('without measurements (brief exporter) the statistics original values are the samples', () => {
    const d = doc();
    for (const b of d.Benchmarks) delete b.Measurements;
    const s = benchmarkdotnet.parse(JSON.stringify(d), 'r.json');
    expect(s[0].samples).toHaveLength(14);
    expect(s[0].value).toBe(38.8123020529747);
  });

  test('a case that did not run (Statistics null) is an error on its line', () => {
    const d = doc();
    d.Benchmarks[1].Statistics = null;
    const bad = JSON.stringify(d, null, 2);
    expect(() => benchmarkdotnet.parse(bad, 'r.json')).toThrow(ParseError);
    expect(() => benchmarkdotnet.parse(bad, 'r.json')).toThrow(
      /^r\.json:\d+: expected "Statistics" for "Benchgate\.Samples\.StringBenchmarks\.Concat\(N: 1000\)"; the benchmark did not run/,
    );
  });
});

describe('BenchmarkDotNet exports of older versions (no FullName)', () => {
  const read = (f: string): string => fs.readFileSync(path.join('fixtures', 'benchmarkdotnet', f), 'utf8');

  test('the name is built from Namespace, Type, Method and Parameters, as FullName spells it', () => {
    const old = benchmarkdotnet.parse(read('documented-format-older-no-fullname.json'), 'old.json');
    expect(old).toEqual(benchmarkdotnet.parse(read('documented-format-report-full.json'), 'new.json'));
  });

  test('several parameters are joined the way FullName joins them', () => {
    const doc = JSON.parse(read('documented-format-older-no-fullname.json')) as {
      Benchmarks: Record<string, unknown>[];
    };
    doc.Benchmarks = [{ ...doc.Benchmarks[0], Namespace: undefined, Parameters: 'N=10&Mode=fast' }];
    const [s] = benchmarkdotnet.parse(JSON.stringify(doc), 'x.json');
    expect(s.name).toBe('StringBenchmarks.Concat(N: 10, Mode: fast)');
  });
});
