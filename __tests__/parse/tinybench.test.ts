import * as fs from 'node:fs';
import * as path from 'node:path';
import { tinybench } from '../../src/parse/tinybench.js';
import { detectFormat } from '../../src/parse/detect.js';
import { ParseError } from '../../src/errors.js';
import { expectGolden } from './golden.js';

const fixture = (f: string): string => fs.readFileSync(path.join('fixtures', 'tinybench', f), 'utf8');

/**
 * Every fixture has a task that throws on purpose. A failed benchmark makes the whole file an error
 * (tested below), so the results of the others are read from the same file without that task.
 */
function withoutThrows(f: string): string {
  const tasks = JSON.parse(fixture(f)) as { name: string }[];
  return JSON.stringify(
    tasks.filter((t) => t.name !== 'throws'),
    null,
    2,
  );
}

describe('tinybench 6 task results (latency/throughput, retainSamples)', () => {
  const series = tinybench.parse(withoutThrows('tasks.json'), 'tasks.json');

  test('one time series per task: tinybench p50 in ns as headline, its 200 samples in ns', () => {
    expect(series.map((s) => s.name)).toEqual([
      'fib(10)',
      'fib(25)',
      'Array#sort 1000 (copy)',
      'async: await setTimeout 1ms',
      'naïve 日本 name',
    ]);
    const fib25 = series[1];
    expect(fib25).toMatchObject({ metric: 'time', unit: 'ns', direction: 'smaller' });
    // latency.p50 0.6602180000000004 ms; table(): "Latency med (ns)": "660218 ± 395.00"
    expect(fib25.value).toBeCloseTo(660218, 6);
    expect(fib25.samples).toHaveLength(200);
    expect(fib25.samples![0]).toBeCloseTo(659576.9999999845, 6); // latency.min, samples are sorted
    expect(fib25.samples![199]).toBeCloseTo(707137.9999999863, 6); // latency.max
    for (const s of series) expect(s.samples).toHaveLength(200);
    expectGolden('tinybench', 'tasks-without-throws.json', series);
  });

  test('spread: tinybench interval of the mean (mean ∓ moe) and its sd, in ns', () => {
    // fib(10): mean 0.000531329999997894, moe 0.000023398134767406177, sd 0.00016780268114303262 (ms)
    const fib10 = series[0];
    expect(fib10.value).toBeCloseTo(511.0000000172477, 9); // p50 — the mean is 531.33 (4.4% higher)
    expect(fib10.spread!.low).toBeCloseTo(531.329999997894 - 23.398134767406177, 9);
    expect(fib10.spread!.high).toBeCloseTo(531.329999997894 + 23.398134767406177, 9);
    expect(fib10.spread!.stddev).toBeCloseTo(167.80268114303263, 9);
  });

  test('non-ASCII task names are kept as written', () => {
    expect(series[4].name).toBe('naïve 日本 name');
    expect(series[4].value).toBeCloseTo(140.00000010128133, 6);
  });

  test('a task that errored makes the file an error naming it and its line', () => {
    expect(() => tinybench.parse(fixture('tasks.json'), 'tasks.json')).toThrow(ParseError);
    expect(() => tinybench.parse(fixture('tasks.json'), 'tasks.json')).toThrow(
      /^tasks\.json:2279: expected task "throws" to have completed, its state is "errored"/,
    );
  });

  test('without retainSamples the p50 is still the headline, with no samples', () => {
    const tasks = JSON.parse(withoutThrows('tasks.json')) as {
      result: { latency: { samples?: number[] } };
    }[];
    for (const t of tasks) delete t.result.latency.samples;
    const s = tinybench.parse(JSON.stringify(tasks), 'nosamples.json');
    expect(s[1].value).toBeCloseTo(660218, 6);
    expect(s[1].samples).toBeUndefined();
  });
});

describe('tinybench 2.9 task results (flat result, as vitest 4 uses)', () => {
  const series = tinybench.parse(withoutThrows('v2.9.0/tasks.json'), 'v2.9.0/tasks.json');

  test('no p50 in 2.x: the headline is the median of the samples', () => {
    expect(detectFormat(fixture('v2.9.0/tasks.json'), 'tasks.json').name).toBe('tinybench');
    expect(series.map((s) => s.name)).toEqual([
      'fib(10)',
      'fib(25)',
      'Array#sort 1000 (copy)',
      'async: await setTimeout 1ms',
      'naïve 日本 name',
    ]);
    // median of the 200 samples of fib(25): 0.6602129999999846 ms
    expect(series[1].value).toBeCloseTo(660212.9999999846, 6);
    expect(series[1].samples).toHaveLength(200);
    // mean 0.6691025050000003 ∓ moe 0.0025540259313865487, sd 0.01842825566744609 (ms)
    expect(series[1].spread!.low).toBeCloseTo(666548.4790686138, 6);
    expect(series[1].spread!.stddev).toBeCloseTo(18428.25566744609, 6);
    expectGolden('tinybench', 'v2.9.0/tasks-without-throws.json', series);
  });

  test('an errored 2.x task ({"error": {}}) is an error too', () => {
    expect(() => tinybench.parse(fixture('v2.9.0/tasks.json'), 't.json')).toThrow(
      /^t\.json:1124: expected task "throws" to have completed/,
    );
  });
});
