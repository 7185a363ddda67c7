import { dartBenchmarkHarness } from '../../src/parse/dart.js';
import { luau } from '../../src/parse/luau.js';
import { expectGolden } from './golden.js';
import { errorOf, fixture } from './helpers-b.js';

describe("Dart's benchmark_harness (documented format)", () => {
  test('documented-format.txt parses to its golden series', () => {
    const f = 'dart-benchmark-harness/documented-format.txt';
    expectGolden(
      'dart-benchmark-harness',
      'documented-format.txt',
      dartBenchmarkHarness.parse(fixture(f), 'd'),
    );
  });

  test('microseconds per run become ns, exponents included', () => {
    const series = dartBenchmarkHarness.parse(fixture('dart-benchmark-harness/documented-format.txt'), 'd');
    expect(series.map((s) => [s.name, s.value])).toEqual([
      ['Template', 41.2736],
      ['ListSort.1000', 38591.72051241535],
      ['JsonDecode', 1291024.5],
      ['MapLookup', 0.12345],
    ]);
  });

  test('a RunTime line without a number is an error', () => {
    expect(errorOf(() => dartBenchmarkHarness.parse('X(RunTime): NaN us.\n', 'd.txt'))).toBe(
      'benchgate: d.txt:1: expected "<name>(RunTime): <number> us.", got "X(RunTime): NaN us."',
    );
  });
});

describe("Luau's bench.py (documented format)", () => {
  test('documented-format.txt parses to its golden series', () => {
    expectGolden('luau', 'documented-format.txt', luau.parse(fixture('luau/documented-format.txt'), 'l'));
  });

  test('the SUCCESS lines are read, the RESULTS table is not; the deviation is a stddev', () => {
    const series = luau.parse(fixture('luau/documented-format.txt'), 'l');
    expect(series.map((s) => [s.name, s.value])).toEqual([
      ['json-decode', 22518000],
      ['mandelbrot', 131902000],
      ['sieve', 9074000],
    ]);
    expect(series[0].spread!.stddev).toBeCloseTo(22518000 * 0.00814, 3);
  });

  test('several drivers make the driver part of the name', () => {
    const text = 'SUCCESS: a : 1.0ms +/- 1% on luau\nSUCCESS: a : 2.0ms +/- 1% on luau-jit\n';
    expect(luau.parse(text, 'l').map((s) => s.name)).toEqual(['a (luau)', 'a (luau-jit)']);
  });

  test('a failed benchmark is an error, not a shorter run', () => {
    const text = 'SUCCESS: a : 1.0ms +/- 1% on luau\nFAILED: b\n';
    expect(errorOf(() => luau.parse(text, 'l.txt'))).toBe(
      'benchgate: l.txt:2: expected every benchmark to succeed, one failed, got "FAILED: b"',
    );
  });
});
