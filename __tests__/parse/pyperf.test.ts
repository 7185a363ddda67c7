import { pyperf } from '../../src/parse/pyperf.js';
import { expectGolden } from './golden.js';
import { errorOf, fixture, recordingSink } from './helpers-b.js';

describe('pyperf JSON', () => {
  test.each(['suite.json', 'timeit.json'])('%s parses to its golden series', (f) => {
    expectGolden('pyperf', f, pyperf.parse(fixture(`pyperf/${f}`), f));
  });

  test("every worker run's values are samples in ns; calibration runs and warmups are not", () => {
    const [fib, sort] = pyperf.parse(fixture('pyperf/suite.json'), 'x');
    expect([fib.name, sort.name]).toEqual(['fib_15', 'sort_1000']);
    expect(fib.unit).toBe('ns');
    expect(fib.samples).toHaveLength(20); // 10 runs × 2 values (--fast); the calibration run has none
    const mean = fib.samples!.reduce((a, x) => a + x, 0) / fib.samples!.length;
    expect(fib.value).toBeCloseTo(mean, 6);
    expect(fib.spread!.stddev).toBeGreaterThan(0);
  });

  test('a single benchmark takes its name from the common metadata; metadata reaches the sink', () => {
    const sink = recordingSink();
    const [s] = pyperf.parse(fixture('pyperf/timeit.json'), 'x', sink);
    expect(s.name).toBe('timeit');
    expect(sink.metadata.perf_version).toBe('2.11.0');
  });

  test('a benchmark with only warmups is an error naming it', () => {
    const text =
      '{"benchmarks": [{"metadata": {"name": "a"}, "runs": [{"warmups": [[1, 0.1]]}]}], "version": "1.0"}';
    expect(errorOf(() => pyperf.parse(text, 'p.json'))).toBe(
      'benchgate: p.json:1: expected a run with "values" in "a" (only warmups found)',
    );
  });
});
