import * as fs from 'node:fs';
import * as path from 'node:path';
import { goBench } from '../../src/parse/go.js';
import { goJson } from '../../src/parse/gojson.js';
import { ParseError } from '../../src/errors.js';
import { detectFormat } from '../../src/parse/detect.js';
import type { Series } from '../../src/model.js';
import { expectGolden } from './golden.js';

const fixture = (f: string): string => fs.readFileSync(path.join('fixtures', 'go', f), 'utf8');
const parse = (f: string): Series[] => goBench.parse(fixture(f), f);
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

describe('go test -bench text', () => {
  test.each([
    'bench-count5.txt',
    'bench-cpu.txt',
    'bench-v.txt',
    'bench-ci-log-noise-pass.txt',
    'bench-two-packages.txt',
  ])('%s parses to its golden series', (f) => {
    expectGolden('go', f, parse(f));
  });

  test('-benchmem -count 5 gives every benchmark its ns/op, B/op and allocs/op series with 5 samples', () => {
    const series = parse('bench-count5.txt');
    const fib = series.filter((s) => s.name === 'BenchmarkFib20-2');
    expect(fib.map((s) => s.metric)).toEqual(['time', 'B/op', 'allocs/op']);
    const time = fib[0];
    expect(time.unit).toBe('ns');
    expect(time.direction).toBe('smaller');
    expect(time.samples).toEqual([33530, 33864, 33670, 34060, 34051]);
    expect(time.value).toBe(33864);
    for (const s of series) expect(s.samples).toHaveLength(5);
  });

  test('-cpu 1,2 keeps the name without a suffix and the one with -2 as two benchmarks', () => {
    const series = parse('bench-cpu.txt');
    expect(find(series, 'BenchmarkFib20')).toMatchObject({ value: 33617, samples: [33617] });
    expect(find(series, 'BenchmarkFib20-2')).toMatchObject({ value: 33976, samples: [33976] });
    expect(find(series, 'BenchmarkFib/n=5')?.value).toBe(22.72);
    expect(find(series, 'BenchmarkFib/n=5-2')?.value).toBe(25.22);
    // 24 result lines: 12 benchmarks × 2 CPU settings, each with ns/op, B/op, allocs/op,
    // plus MB/s on the 4 Hash lines and two custom units on the 2 Join lines
    expect(series).toHaveLength(24 * 3 + 4 + 2 * 2);
  });

  test('MB/s becomes a bigger-is-better throughput in decimal bytes per second', () => {
    const series = parse('bench-cpu.txt');
    expect(find(series, 'BenchmarkHash/64B-2', 'throughput')).toMatchObject({
      unit: 'B/s',
      direction: 'bigger',
      value: 211_310_000,
    });
    expect(find(series, 'BenchmarkHash/4096B', 'throughput')?.value).toBe(501_470_000);
  });

  test('custom b.ReportMetric units, with or without /op, are series of their own', () => {
    const series = parse('bench-cpu.txt');
    expect(find(series, 'BenchmarkJoin-2', 'widgets/op')).toMatchObject({ unit: 'widgets/op', value: 16 });
    expect(find(series, 'BenchmarkJoin-2', 'bytes-out')).toMatchObject({ unit: 'bytes-out', value: 111 });
    expect(find(series, 'BenchmarkJoin-2', 'B/op')).toMatchObject({ unit: 'B', value: 368 });
    expect(find(series, 'BenchmarkJoin-2', 'allocs/op')).toMatchObject({ unit: 'allocs/op', value: 2 });
    expect(find(series, 'BenchmarkJoin-2')?.value).toBe(200.3);
  });

  test('-v prints bare names before results; they are not benchmarks of their own', () => {
    const series = parse('bench-v.txt');
    const names = [...new Set(series.map((s) => s.name))];
    expect(names).toEqual([
      'BenchmarkFib20-2',
      'BenchmarkFib/n=5-2',
      'BenchmarkFib/n=10-2',
      'BenchmarkFib/n=15-2',
      'BenchmarkSort/size=100/kind=random-2',
      'BenchmarkSort/size=100/kind=sorted-2',
      'BenchmarkSort/size=1000/kind=random-2',
      'BenchmarkSort/size=1000/kind=sorted-2',
      'BenchmarkHash/64B-2',
      'BenchmarkHash/4096B-2',
      'BenchmarkJoin-2',
      'BenchmarkStringConcat/with_space_name-2',
    ]);
    expect(find(series, 'BenchmarkFib20-2')?.value).toBe(33600);
  });

  test('a CI log with shell traces, tests, b.Log lines and two packages', () => {
    const text = fixture('bench-ci-log-noise-pass.txt');
    expect(detectFormat(text, 'x').name).toBe('go');
    const series = goBench.parse(text, 'x');
    const names = new Set(series.map((s) => s.name));
    expect(names.size).toBe(14);
    expect(find(series, 'BenchmarkEncode-2', 'throughput')?.value).toBe(89_090_000);
    expect(find(series, 'BenchmarkEncodeLogged-2')?.value).toBe(33);
  });

  test('a failing benchmark is an error naming it, in the CI log and in a plain run', () => {
    expect(errorOf(() => goBench.parse(fixture('bench-ci-log-noise.txt'), 'log.txt'))).toBe(
      'benchgate: log.txt:62: expected every benchmark to pass, BenchmarkEncodeFails failed (a failing run is not recorded)',
    );
    expect(errorOf(() => goBench.parse(fixture('fail-bench.txt'), 'out.txt'))).toMatch(
      /^benchgate: out\.txt:\d+: expected every benchmark to pass, BenchmarkEncodeFails failed/,
    );
  });

  test('a package FAIL line without a failing benchmark (a panic, a failing test) is an error too', () => {
    const text = 'BenchmarkX-2 100 5 ns/op\npanic: boom\nFAIL\texample.com/x\t0.1s\n';
    expect(errorOf(() => goBench.parse(text, 'o.txt'))).toBe(
      'benchgate: o.txt:3: expected the package to pass, example.com/x failed (a failing run is not recorded)',
    );
    expect(errorOf(() => goBench.parse('BenchmarkX-2 100 5 ns/op\nFAIL\n', 'o.txt'))).toMatch(
      /^benchgate: o\.txt:2: expected a passing run, go test printed FAIL/,
    );
  });

  test('two packages with the same benchmark name are told apart by pkg, as benchstat keeps them apart', () => {
    const series = parse('bench-two-packages.txt');
    expect([...new Set(series.map((s) => s.name))]).toEqual([
      'example.com/benchdemo/codec.BenchmarkEncode-2',
      'example.com/benchdemo/alt.BenchmarkEncode-2',
      'Benchmark_lower-2',
    ]);
  });

  test('configuration lines are the run metadata; a changing key labels the series it covers', () => {
    const meta: Record<string, string> = {};
    const text = [
      'goos: linux',
      'cpu: AMD EPYC 7763 64-Core Processor',
      'compiler: gc',
      'BenchmarkX-2 100 10 ns/op',
      'BenchmarkOnlyGc-2 100 11 ns/op',
      'compiler: gccgo',
      'BenchmarkX-2 100 20 ns/op',
    ].join('\n');
    const series = goBench.parse(text, 'x', { warn: () => undefined, meta: (k, v) => (meta[k] = v) });
    expect(series.map((s) => [s.name, s.value])).toEqual([
      ['BenchmarkX-2 compiler=gc', 10],
      ['BenchmarkOnlyGc-2', 11],
      ['BenchmarkX-2 compiler=gccgo', 20],
    ]);
    expect(meta).toEqual({ cpu: 'AMD EPYC 7763 64-Core Processor', goos: 'linux' });
  });

  test('names that continue in lower case, and any Unicode space between fields, are read as Go reads them', () => {
    const text = 'Benchmarkfoo-2\u00a0100\u2003 5 ns/op\u3000 8 B/op\nBenchmark_bar 10 7 ns/op\n';
    expect(goBench.parse(text, 'x').map((s) => [s.name, s.metric, s.value])).toEqual([
      ['Benchmarkfoo-2', 'time', 5],
      ['Benchmarkfoo-2', 'B/op', 8],
      ['Benchmark_bar', 'time', 7],
    ]);
  });

  test('a Benchmark line with more fields but no iteration count is skipped with a warning', () => {
    const warnings: string[] = [];
    const sink = {
      warn: (l: number | undefined, m: string) => warnings.push(`${l}: ${m}`),
      meta: () => undefined,
    };
    goBench.parse('BenchmarkX-2 lots of text\nBenchmarkY-2 100 5 ns/op\n', 'x', sink);
    expect(warnings).toEqual([
      '1: skipped a line starting with "BenchmarkX-2": no iteration count after the name, so it is not a benchmark result',
    ]);
  });

  test('80,000 lines without tabs are read in linear time', () => {
    const line = 'BenchmarkSomethingLong/case=1-2 1000 1234 ns/op 16 B/op 1 allocs/op\n';
    const text = line.repeat(80_000);
    const t0 = performance.now();
    expect(goBench.parse(text, 'x')[0].samples).toHaveLength(80_000);
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  test('the same benchmark name in two packages is qualified with each package', () => {
    const text = [
      'pkg: example.com/a',
      'BenchmarkEncode-2   100   10 ns/op',
      'BenchmarkOnlyA-2    100   20 ns/op',
      'pkg: example.com/b',
      'BenchmarkEncode-2   100   30 ns/op',
    ].join('\n');
    expect(goBench.parse(text, 'x').map((s) => [s.name, s.value])).toEqual([
      ['example.com/a.BenchmarkEncode-2', 10],
      ['BenchmarkOnlyA-2', 20],
      ['example.com/b.BenchmarkEncode-2', 30],
    ]);
  });

  test('CRLF line ends, exponents and a NaN custom metric are read as Go prints them', () => {
    const text =
      'BenchmarkX-2\t100\t1.5e3 ns/op\tNaN widgets/op\t12 B/op\r\nBenchmarkX-2\t100\t1500 ns/op\t3 widgets/op\t12 B/op\r\n';
    const series = goBench.parse(text, 'x');
    expect(find(series, 'BenchmarkX-2')?.samples).toEqual([1500, 1500]);
    expect(find(series, 'BenchmarkX-2', 'widgets/op')?.samples).toEqual([3]);
    expect(find(series, 'BenchmarkX-2', 'B/op')?.unit).toBe('B');
  });

  test('a result line with a bad number is an error naming its line', () => {
    expect(errorOf(() => goBench.parse('goos: linux\nBenchmarkX-2   100   12,3x ns/op\n', 'out.txt'))).toBe(
      'benchgate: out.txt:2: expected a number after "100" in a benchmark result, got "12,3x"',
    );
  });

  test('a value without its unit, and an iteration count alone, are errors naming their line', () => {
    expect(errorOf(() => goBench.parse('BenchmarkX-2 100 12 ns/op 5\n', 'o.txt'))).toBe(
      'benchgate: o.txt:1: expected a unit after 5 in a benchmark result',
    );
    expect(errorOf(() => goBench.parse('\n\nBenchmarkX-2   100\n', 'o.txt'))).toMatch(
      /^benchgate: o\.txt:3: expected "<value> <unit>" pairs after the iteration count/,
    );
  });

  test('output without any result line is an error, not an empty run', () => {
    expect(errorOf(() => goBench.parse('PASS\nok  \texample.com/x\t0.1s\n', 'o.txt'))).toMatch(
      /^benchgate: o\.txt:3: expected at least one "BenchmarkName {2}N {2}value ns\/op" line/,
    );
  });

  test('lines that only look like results are skipped: --- FAIL, lower-case names, no iteration count', () => {
    const text = 'BenchmarkX-2 --- FAIL\nBenchmarks are fun 1 2\nBenchmarkY-2 100 5 ns/op\n';
    expect(goBench.parse(text, 'x').map((s) => s.name)).toEqual(['BenchmarkY-2']);
  });

  test('the fast line reader and the test2json reader agree on every fixture', () => {
    // wrap each text line in test2json output events, splitting every result line in two events
    for (const f of [
      'bench-count5.txt',
      'bench-cpu.txt',
      'bench-ci-log-noise-pass.txt',
      'bench-two-packages.txt',
    ]) {
      const events = fixture(f)
        .split('\n')
        .flatMap((line, i, all) => {
          const out = i < all.length - 1 ? `${line}\n` : line;
          const cut = line.startsWith('Benchmark') ? Math.floor(line.length / 2) : out.length;
          return [out.slice(0, cut), out.slice(cut)].filter((o) => o !== '');
        })
        .map((o) => JSON.stringify({ Action: 'output', Package: 'example.com/benchdemo', Output: o }))
        .join('\n');
      expect(goJson.parse(events, 'x')).toEqual(parse(f));
    }
  });
});

describe('go test -bench text larger than one view of the reader', () => {
  // GoReader reads a file through views of about a million code units, each ending after a newline:
  // a line at a view's edge, a two-byte name and the last line without a newline read as anywhere else.
  test('every line of a 3 MB file reads as the same line in a file of its own', () => {
    const names = [
      'BenchmarkPlain-2',
      'BenchmarkGröße/µs-2',
      'Benchmark\u{1F680}Rocket-2',
      'BenchmarkX/a=1-2',
    ];
    const lines: string[] = [];
    for (let k = 0, size = 0; size < 3_000_000; k++) {
      const name = `${names[k % names.length]}${k % 7 === 0 ? '' : `/${k}`}`;
      const pad = ' '.repeat(k % 13);
      lines.push(`${name}${pad}\t${1000 + k}\t${(k % 997) + 0.5} ns/op\t${k % 64} B/op\t${k % 3} allocs/op`);
      size += lines[lines.length - 1].length + 1;
    }
    // CRLF after every other line, and no newline after the last
    const text = lines
      .map((l, i) => (i === lines.length - 1 ? l : l + (i % 2 === 0 ? '\r\n' : '\n')))
      .join('');
    const whole = goBench.parse(text, 'big.txt');
    // each line alone, its samples gathered per (name, metric) in file order: what the file must give
    const expected = new Map<string, number[]>();
    for (const l of lines)
      for (const s of goBench.parse(l, 'one.txt')) {
        const key = `${s.name} ${s.metric}`;
        expected.set(key, [...(expected.get(key) ?? []), ...(s.samples ?? [])]);
      }
    expect(whole.map((s) => [`${s.name} ${s.metric}`, s.samples])).toEqual([...expected]);
  });
});
