import { bmf } from '../../src/parse/bmf.js';
import { expectGolden } from './golden.js';
import { errorOf, fixture } from './helpers-b.js';

describe('Bencher Metric Format JSON', () => {
  test('documented-format.json parses to its golden series', () => {
    expectGolden('bmf', 'documented-format.json', bmf.parse(fixture('bmf/documented-format.json'), 'b'));
  });

  test("Bencher's built-in measures keep their units and directions; bounds become the spread", () => {
    const series = bmf.parse(fixture('bmf/documented-format.json'), 'b');
    const get = (n: string, m: string) => series.find((s) => s.name === n && s.metric === m);
    expect(get('parse::small_input', 'time')).toEqual({
      name: 'parse::small_input',
      metric: 'time',
      unit: 'ns',
      direction: 'smaller',
      value: 88,
      spread: { low: 87.42, high: 88.88 },
    });
    expect(get('parse::large_input', 'throughput')).toMatchObject({ unit: 'ops/s', direction: 'bigger' });
    expect(get('/bin/sh -c ./build.sh', 'build-time')).toMatchObject({ unit: 'ns', value: 87e9 });
    expect(get('target/release/app', 'file-size')).toMatchObject({ unit: 'B', value: 4194304 });
    expect(get('render/frame', 'frames-dropped')).toMatchObject({ unit: '', direction: 'smaller', value: 3 });
  });

  test("the Valgrind adapters' measures are exact counts", () => {
    const series = bmf.parse(fixture('bmf/documented-format.json'), 'b');
    expect(series.filter((s) => s.exact).map((s) => [s.metric, s.value])).toEqual([
      ['instructions', 1734],
      ['estimated-cycles', 2464],
    ]);
  });

  test('a metric without a numeric value is an error with its line', () => {
    const text = '{\n  "a": {\n    "latency": {\n      "value": "fast"\n    }\n  }\n}\n';
    expect(errorOf(() => bmf.parse(text, 'b.json'))).toBe(
      'benchgate: b.json:4: expected a number for "value" of "a" latency, got "fast"',
    );
  });
});
