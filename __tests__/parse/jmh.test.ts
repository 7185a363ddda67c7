import * as fs from 'node:fs';
import * as path from 'node:path';
import { jmh } from '../../src/parse/jmh.js';
import { ParseError } from '../../src/errors.js';
import { expectGolden } from './golden.js';

// Generated from JMH's documented format (fixtures/jmh/README.md: JMH cannot run on the fixture machine).
const text = fs.readFileSync(path.join('fixtures', 'jmh', 'documented-format.json'), 'utf8');

describe('JMH -rf json', () => {
  const series = jmh.parse(text, 'jmh.json');
  const find = (name: string, metric: string) => series.find((s) => s.name === name && s.metric === metric)!;

  test('names are the method plus its @Params; the metric says what the mode measures', () => {
    expect(series.map((s) => `${s.name} | ${s.metric}`)).toEqual([
      'com.example.bench.StringBench.concat (length=10, charset=UTF-8) | throughput',
      'com.example.bench.StringBench.concat (length=10, charset=UTF-8) | gc.alloc.rate',
      'com.example.bench.StringBench.concat (length=10, charset=UTF-8) | gc.alloc.rate.norm',
      'com.example.bench.StringBench.concat (length=1000, charset=UTF-8) | throughput',
      'com.example.bench.StringBench.concat (length=1000, charset=UTF-8) | gc.alloc.rate',
      'com.example.bench.StringBench.concat (length=1000, charset=UTF-8) | gc.alloc.rate.norm',
      'com.example.bench.StringBench.format (length=10, charset=UTF-8) | time',
      'com.example.bench.StringBench.format (length=10, charset=UTF-8) | gc.alloc.rate',
      'com.example.bench.StringBench.format (length=10, charset=UTF-8) | gc.alloc.rate.norm',
      'com.example.bench.StringBench.format (length=1000, charset=UTF-8) | time',
      'com.example.bench.StringBench.format (length=1000, charset=UTF-8) | gc.alloc.rate',
      'com.example.bench.StringBench.format (length=1000, charset=UTF-8) | gc.alloc.rate.norm',
      'com.example.bench.MapBench.get | throughput',
      'com.example.bench.MapBench.put | time',
    ]);
    expectGolden('jmh', 'documented-format.json', series);
  });

  test('thrpt in ops/s is bigger-is-better; rawData (2 forks × 5 iterations) are the samples', () => {
    const s = find('com.example.bench.StringBench.concat (length=10, charset=UTF-8)', 'throughput');
    expect(s).toMatchObject({ unit: 'ops/s', direction: 'bigger', value: 4.1927072468538836e7 });
    expect(s.samples).toHaveLength(10);
    expect(s.samples![0]).toBe(4.093969314040383e7);
    expect(s.samples![5]).toBe(4.212436038077992e7); // first iteration of the second fork
    expect(s.spread).toEqual({ low: 4.084216498869626e7, high: 4.301197994838141e7 });
  });

  test('avgt in us/op is a smaller-is-better time in ns', () => {
    const s = find('com.example.bench.StringBench.format (length=10, charset=UTF-8)', 'time');
    expect(s).toMatchObject({ unit: 'ns', direction: 'smaller', value: 21.216613864732725 });
    expect(s.samples![0]).toBeCloseTo(21.354998121338785, 12); // rawData 0.021354998121338783 us
    expect(s.samples![1]).toBeCloseTo(21.21142467968337, 12);
    expect(s.spread).toEqual({ low: 20.493910535572972, high: 21.93931719389248 });
  });

  test('ops/ms becomes ops/s; a "NaN" score error (one iteration) leaves no interval', () => {
    const s = find('com.example.bench.MapBench.get', 'throughput');
    expect(s.value).toBe(181947373.48518425);
    expect(s.samples).toEqual([181947373.48518425]);
    expect(s.spread).toBeUndefined();
  });

  test('-prof gc metrics are their own smaller-is-better series; MB/sec is MiB/s', () => {
    const norm = find(
      'com.example.bench.StringBench.concat (length=10, charset=UTF-8)',
      'gc.alloc.rate.norm',
    );
    expect(norm).toMatchObject({ unit: 'B', direction: 'smaller', value: 47.98941555811877 });
    expect(norm.samples).toHaveLength(10);
    const rate = find('com.example.bench.StringBench.concat (length=10, charset=UTF-8)', 'gc.alloc.rate');
    expect(rate).toMatchObject({ unit: 'B/s', direction: 'smaller' });
    expect(rate.value).toBeCloseTo(1477.7652726253348 * 1024 * 1024, 3);
  });

  test('older JMH key names ("·gc.alloc.rate.norm") read the same', () => {
    const old = jmh.parse(text.replace(/"gc\.alloc/g, '"\u00b7gc.alloc'), 'old.json');
    expect(old.map((s) => s.metric)).toEqual(series.map((s) => s.metric));
  });

  test('sample mode reads each iteration of rawDataHistogram as its mean', () => {
    const doc = JSON.parse(text) as Record<string, unknown>[];
    const sample = {
      ...doc[5],
      mode: 'sample',
      primaryMetric: {
        score: 25,
        scoreError: 1,
        scoreConfidence: [24, 26],
        scoreUnit: 'ns/op',
        rawDataHistogram: [
          [
            [
              [20, 1],
              [30, 1],
            ],
            [
              [24, 3],
              [28, 1],
            ],
          ],
        ],
      },
      secondaryMetrics: {},
    };
    const s = jmh.parse(JSON.stringify([sample]), 's.json');
    expect(s).toEqual([
      {
        name: 'com.example.bench.MapBench.put',
        metric: 'sample time',
        unit: 'ns',
        direction: 'smaller',
        value: 25,
        samples: [25, 25],
        spread: { low: 24, high: 26 },
      },
    ]);
  });

  test('a primary score that is not a number is an error on its line', () => {
    const bad = text.replace('"score" : 23.601200690136118', '"score" : "NaN"');
    expect(() => jmh.parse(bad, 'jmh.json')).toThrow(ParseError);
    expect(() => jmh.parse(bad, 'jmh.json')).toThrow(
      'jmh.json:624: expected a number for the score of "com.example.bench.MapBench.put"',
    );
  });

  test('the same benchmark, params and mode twice is an error, not a merge', () => {
    const doc = JSON.parse(text) as unknown[];
    expect(() => jmh.parse(JSON.stringify([doc[5], doc[5]], null, 1), 'jmh.json')).toThrow(
      /expected each benchmark, params and mode once, "com\.example\.bench\.MapBench\.put" \(time\) already appeared/,
    );
  });
});

describe('JMH results from a real run (JMH 1.37, thrpt, avgt and ss modes)', () => {
  const real = fs.readFileSync(path.join('fixtures', 'jmh', 'modes.json'), 'utf8');

  test('modes.json parses to its golden series', () => {
    expectGolden('jmh', 'modes.json', jmh.parse(real, 'modes.json'));
  });

  test('each mode is its own series; throughput is bigger-is-better ops/s, times smaller-is-better ns', () => {
    const series = jmh.parse(real, 'modes.json');
    const name = 'demo.Bench.sumLoop (size=1000)';
    const of = (metric: string) => series.find((s) => s.name === name && s.metric === metric)!;
    expect(of('throughput')).toMatchObject({ unit: 'ops/s', direction: 'bigger' });
    expect(of('time')).toMatchObject({ unit: 'ns', direction: 'smaller' });
    expect(of('single-shot time')).toMatchObject({ unit: 'ns', direction: 'smaller' });
    expect(of('throughput').samples).toHaveLength(3);
    // ops/ms (stringBuild's @OutputTimeUnit) becomes ops/s
    const sb = series.find(
      (s) => s.name === 'demo.Bench.stringBuild (size=10)' && s.metric === 'throughput',
    )!;
    const doc = JSON.parse(real) as {
      benchmark: string;
      mode: string;
      params: { size: string };
      primaryMetric: { score: number };
    }[];
    const raw = doc.find(
      (d) => d.benchmark === 'demo.Bench.stringBuild' && d.mode === 'thrpt' && d.params.size === '10',
    )!;
    expect(sb.value).toBeCloseTo(raw.primaryMetric.score * 1000, 6);
  });

  test('a thrpt score in a time per operation is labelled a time, smaller is better', () => {
    const doc = JSON.parse(real) as { mode: string; primaryMetric: { scoreUnit: string } }[];
    const thrpt = doc.find((d) => d.mode === 'thrpt')!;
    thrpt.primaryMetric.scoreUnit = 'us/op';
    const [s] = jmh.parse(JSON.stringify([thrpt]), 'x.json');
    expect(s).toMatchObject({ metric: 'time (thrpt)', unit: 'ns', direction: 'smaller' });
  });
});
