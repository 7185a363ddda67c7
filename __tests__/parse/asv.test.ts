import { asv } from '../../src/parse/asv.js';
import { expectGolden } from './golden.js';
import { errorOf, fixture, recordingSink } from './helpers-b.js';

describe('asv results', () => {
  test('results.json parses to its golden series', () => {
    expectGolden('asv', 'results.json', asv.parse(fixture('asv/results.json'), 'results.json'));
  });

  test('each parameter combination is a series; units follow the benchmark kind', () => {
    const series = asv.parse(fixture('asv/results.json'), 'r');
    expect(series.map((s) => [s.name, s.metric, s.unit])).toEqual([
      ['bench.SortSuite.time_sort(10)', 'time', 'ns'],
      ['bench.SortSuite.time_sort(1000)', 'time', 'ns'],
      ['bench.TimeSuite.time_iter', 'time', 'ns'],
      ['bench.TimeSuite.time_keys', 'time', 'ns'],
      ['bench.mem_list', 'memory', 'B'],
      ['bench.track_answer', 'track', ''],
    ]);
    const sort10 = series[0];
    expect(sort10.value).toBeCloseTo(786.4998678996926, 6);
    expect(sort10.spread!.low).toBeCloseTo(631, 6);
    expect(sort10.spread!.high).toBeCloseTo(1262, 6);
    expect(series[5].value).toBe(42);
  });

  test('a failed or skipped combination is a warning naming it', () => {
    const doc = JSON.parse(fixture('asv/results.json')) as { results: Record<string, unknown[]> };
    (doc.results['bench.SortSuite.time_sort'][0] as unknown[])[1] = null;
    const sink = recordingSink();
    const series = asv.parse(JSON.stringify(doc), 'r', sink);
    expect(series.map((s) => s.name)).not.toContain('bench.SortSuite.time_sort(1000)');
    expect(sink.warnings).toEqual([
      '1: asv recorded no result for "bench.SortSuite.time_sort(1000)" (it failed or was skipped)',
    ]);
  });

  test('an older results format is an error saying which version is read', () => {
    const text = '{"commit_hash": "a", "env_name": "e", "results": {}, "version": 1}';
    expect(errorOf(() => asv.parse(text, 'r.json'))).toBe(
      'benchgate: r.json:1: expected an asv results file of "version" 2 (asv 0.5 or later), got "1"',
    );
  });
});
