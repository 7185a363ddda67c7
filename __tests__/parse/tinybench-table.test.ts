/**
 * tinybench's `console.table(bench.table())` (v6 and v2 layouts): the same names and headlines as the
 * task JSON of the same run, from the printed table alone.
 */
import { tinybenchTable } from '../../src/parse/tinybench-table.js';
import { tinybench } from '../../src/parse/tinybench.js';
import { detectFormat } from '../../src/parse/detect.js';
import { expectGolden } from './golden.js';
import { errorOf, fixture, recordingSink } from './helpers-b.js';

const FILES = ['tinybench/console.txt', 'tinybench/v2.9.0/console.txt'];
const NAMES = [
  'fib(10)',
  'fib(25)',
  'Array#sort 1000 (copy)',
  'async: await setTimeout 1ms',
  'naïve 日本 name',
];

/** The task JSON of the same run, without the task that threw on purpose. */
function tasksJson(dir: string): string {
  const tasks = JSON.parse(fixture(`${dir}/tasks.json`)) as { name: string }[];
  return JSON.stringify(tasks.filter((t) => t.name !== 'throws'));
}

describe('tinybench console.table', () => {
  test.each(FILES)('%s parses to its golden series and is detected', (f) => {
    const series = tinybenchTable.parse(fixture(f), f);
    expectGolden('tinybench', f.slice('tinybench/'.length), series);
    expect(detectFormat(fixture(f), f).name).toBe('tinybench-table');
    expect(series.map((s) => s.name)).toEqual(NAMES);
    for (const s of series) {
      expect(s).toMatchObject({ metric: 'time', unit: 'ns', direction: 'smaller', origin: 'console' });
      expect(s.samples).toBeUndefined();
    }
  });

  test('v6: the median latency is the headline, as in the task JSON of the same run', () => {
    const table = tinybenchTable.parse(fixture('tinybench/console.txt'), 'c');
    const json = tinybench.parse(tasksJson('tinybench'), 'j');
    // "Latency med (ns)": '660218 ± 395.00'; "Latency avg (ns)": '665091 ± 0.19%'
    expect(table[1].value).toBe(660218);
    expect(table[1].spread!.low).toBeCloseTo(665091 * (1 - 0.0019), 6);
    expect(table[1].spread!.high).toBeCloseTo(665091 * (1 + 0.0019), 6);
    for (const [i, s] of table.entries())
      expect(Math.abs(s.value - json[i].value) / json[i].value).toBeLessThan(5e-3);
  });

  test('v2: the mean (the table has no median) with its ±margin, the mean of the same run', () => {
    const table = tinybenchTable.parse(fixture('tinybench/v2.9.0/console.txt'), 'c');
    const tasks = JSON.parse(fixture('tinybench/v2.9.0/tasks.json')) as {
      name: string;
      result: { mean?: number; rme?: number };
    }[];
    for (const s of table) {
      const t = tasks.find((x) => x.name === s.name)!;
      expect(s.value).toBeCloseTo(t.result.mean! * 1e6, 6); // ms in the JSON, ns in the table
    }
    // '±0.60%' around 532.3449999998786 ns
    expect(table[0].spread!.low).toBeCloseTo(532.3449999998786 * 0.994, 6);
  });

  test('a task that failed is a warning naming it, not a missing row without a word', () => {
    const sink = recordingSink();
    tinybenchTable.parse(fixture('tinybench/console.txt'), 'c', sink);
    expect(sink.warnings).toEqual(['9: tinybench task "throws" failed (deliberate failure): no result']);
  });

  test('a damaged row is an error naming its line', () => {
    const text = fixture('tinybench/v2.9.0/console.txt').replace(
      "'1,494'     │ 669102.5050000002",
      "'1,494'     │ fast             ",
    );
    expect(errorOf(() => tinybenchTable.parse(text, 'c.txt'))).toBe(
      'benchgate: c.txt:7: expected latencies in (ns) for "fib(25)", got "fast"',
    );
    const cut = fixture('tinybench/console.txt').replace(/│ 200 {5}│ {22}│ {5}/, '');
    expect(errorOf(() => tinybenchTable.parse(cut, 'c.txt'))).toMatch(
      /^benchgate: c\.txt:4: expected 9 cells/,
    );
  });
});
