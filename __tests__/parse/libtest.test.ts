import * as fs from 'node:fs';
import * as path from 'node:path';
import { criterionBencher, libtest } from '../../src/parse/libtest.js';
import { ParseError } from '../../src/errors.js';
import type { Series } from '../../src/model.js';
import { expectGolden } from './golden.js';

const fixture = (f: string): string => fs.readFileSync(path.join('fixtures', f), 'utf8');
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

describe('cargo bench with the libtest #[bench] harness', () => {
  test.each(['cargo-bench.txt', 'cargo-bench-with-stderr.txt', 'cargo-bench-format-json.jsonl'])(
    '%s parses to its golden series',
    (f) => {
      expectGolden('libtest', f, libtest.parse(fixture(`libtest/${f}`), f));
    },
  );

  test('every measured bench is read with its median in ns, thousands separators and fractions included', () => {
    const series = libtest.parse(fixture('libtest/cargo-bench.txt'), 'x');
    expect(series.filter((s) => s.metric === 'time').map((s) => [s.name, s.value])).toEqual([
      ['bench_copy_64k', 1160.73],
      ['bench_fib_10', 143.02],
      ['bench_fib_20', 17774.24],
      ['bench_fib_30', 2186615.7],
      ['bench_noop_add', 0.82],
      ['bench_sum_squares_1000', 1.71],
      ['nested::bench_in_module', 1594.9],
    ]);
    for (const s of series) expect(s.samples).toBeUndefined();
  });

  test('"+/-" (max − min of the samples) becomes the interval median ± deviation', () => {
    const series = libtest.parse(fixture('libtest/cargo-bench.txt'), 'x');
    const fib30 = find(series, 'bench_fib_30')!;
    expect(fib30.spread!.low).toBeCloseTo(2186615.7 - 17139.56, 6);
    expect(fib30.spread!.high).toBeCloseTo(2186615.7 + 17139.56, 6);
    expect(fib30.spread!.stddev).toBeUndefined();
    expect(find(series, 'bench_noop_add')!.spread!.low).toBeCloseTo(0.81, 10);
  });

  test('"= N MB/s" is a bigger-is-better throughput in decimal bytes per second', () => {
    const series = libtest.parse(fixture('libtest/cargo-bench.txt'), 'x');
    expect(find(series, 'bench_copy_64k', 'throughput')).toEqual({
      name: 'bench_copy_64k',
      metric: 'throughput',
      unit: 'B/s',
      direction: 'bigger',
      value: 56_496_000_000,
    });
  });

  test("cargo's Running/Finished lines and empty test blocks around the results are skipped", () => {
    const series = libtest.parse(fixture('libtest/cargo-bench-with-stderr.txt'), 'x');
    expect(series).toHaveLength(8);
    expect(find(series, 'bench_fib_30')?.value).toBe(2195069.3);
  });

  test('the unstable JSON events give the same benchmarks, with median and deviation in ns', () => {
    const series = libtest.parse(fixture('libtest/cargo-bench-format-json.jsonl'), 'x');
    expect(series.map((s) => `${s.name}/${s.metric}`)).toEqual(
      libtest.parse(fixture('libtest/cargo-bench.txt'), 'x').map((s) => `${s.name}/${s.metric}`),
    );
    const copy = find(series, 'bench_copy_64k')!;
    expect(copy.value).toBe(1161.0111328125);
    expect(copy.spread!.high).toBeCloseTo(1161.0111328125 + 24.134570312500045, 9);
    // "mib_per_second" is libtest's decimal MB/s number under a misleading name
    expect(find(series, 'bench_copy_64k', 'throughput')?.value).toBe(56_447_000_000);
  });

  test('integer values of older toolchains are read too', () => {
    const text = 'running 1 test\ntest bench_x ... bench:       1,234 ns/iter (+/- 56)\n';
    expect(libtest.parse(text, 'x')[0]).toMatchObject({ value: 1234, spread: { low: 1178, high: 1290 } });
  });

  test('a bench line that does not parse is an error naming its line', () => {
    const text = 'running 1 test\ntest bench_x ... bench:  fast ns/iter (+/- 1)\n';
    expect(errorOf(() => libtest.parse(text, 'out.txt'))).toMatch(
      /^benchgate: out\.txt:2: expected "bench: <value> ns\/iter \(\+\/- <deviation>\)", got "test bench_x/,
    );
  });

  test('the same bench twice (two runs pasted together) is an error naming both lines', () => {
    const line = 'test bench_x ... bench:  10 ns/iter (+/- 1)';
    expect(errorOf(() => libtest.parse(`running 1 test\n${line}\n${line}\n`, 'o.txt'))).toBe(
      'benchgate: o.txt:3: expected each benchmark once, "bench_x" already appeared on line 2',
    );
  });

  // the lines without a " ... bench:" are passed by in place; the failures among them still fail
  test.each([
    ['test ... FAILED', 'expected every benchmark to pass,  FAILED (a failing run is not recorded)'],
    [
      'test bench_y ... FAILED  \r',
      'expected every benchmark to pass, bench_y FAILED (a failing run is not recorded)',
    ],
    [
      'test result: FAILED. 1 passed; 1 failed',
      'expected a passing run, libtest printed "test result: FAILED" (a failing run is not recorded)',
    ],
  ])('%j among results is an error naming its line', (line, expected) => {
    const text = `test bench_x ... bench:  10 ns/iter (+/- 1)\ntest bench_z ... ignored\n${line}\n`;
    expect(errorOf(() => libtest.parse(text, 'o.txt'))).toBe(`benchgate: o.txt:3: ${expected}`);
  });

  test('only ignored benches is an error, not an empty run', () => {
    const text = 'running 1 test\ntest bench_x ... ignored\n\ntest result: ok.\n';
    expect(errorOf(() => libtest.parse(text, 'o.txt'))).toMatch(
      /expected at least one "test <name> \.\.\. bench/,
    );
  });
});

describe('Criterion.rs --output-format bencher', () => {
  test('bencher.txt parses to its golden series', () => {
    expectGolden(
      'criterion',
      'bencher.txt',
      criterionBencher.parse(fixture('criterion/bencher.txt'), 'bencher.txt'),
    );
  });

  test('ids with spaces and slashes keep them; +/- is the standard deviation', () => {
    const series = criterionBencher.parse(fixture('criterion/bencher.txt'), 'x');
    expect(series.map((s) => [s.name, s.value, s.spread?.stddev])).toEqual([
      ['fib 15', 1608, 62],
      ['a_rather_long_benchmark_name_that_pushes_time_to_next_line', 143, 0],
      ['fib/10', 145, 2],
      ['fib/20', 17930, 421],
      ['checksum/bytes/1024', 825, 2],
      ['checksum/bytes/16384', 13687, 348],
      ['checksum/elements/4096', 3339, 3],
    ]);
    for (const s of series) expect(s).toMatchObject({ metric: 'time', unit: 'ns', direction: 'smaller' });
  });
});

describe('bench: lines in units other than ns/iter, as other harnesses print them', () => {
  const lines = [
    'running 6 tests',
    'test a_us ... bench:       2.5 us/iter (+/- 0.1)',
    'test b_ms ... bench:        12 ms/iter (+/- 1)',
    'test c_ps ... bench:       800 ps/iter (+/- 20)',
    'test d_s  ... bench:         3 s/iter (+/- 0)',
    'test cmov ... bench:      2835 cycles/iter (+/- 14)',
    'test upload ... bench:    1911 MS/s (+/- 420)',
  ].join('\n');

  test('times per iteration convert to ns; counts and rates are metrics of their own', () => {
    const series = libtest.parse(lines, 'x');
    expect(series.map((s) => [s.name, s.metric, s.value, s.unit, s.direction])).toEqual([
      ['a_us', 'time', 2500, 'ns', 'smaller'],
      ['b_ms', 'time', 12e6, 'ns', 'smaller'],
      ['c_ps', 'time', 0.8, 'ns', 'smaller'],
      ['d_s', 'time', 3e9, 'ns', 'smaller'],
      ['cmov', 'cycles', 2835, 'cycles', 'smaller'],
      ['upload', 'throughput', 1911, 'MS/s', 'bigger'],
    ]);
  });

  test('the spread follows the unit of its line', () => {
    const [a] = libtest.parse(lines, 'x');
    expect(a.spread!.low).toBeCloseTo(2400, 6);
    expect(a.spread!.high).toBeCloseTo(2600, 6);
  });
});
