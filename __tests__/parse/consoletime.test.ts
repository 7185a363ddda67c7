import { consoleTime } from '../../src/parse/consoletime.js';
import { expectGolden } from './golden.js';
import { errorOf, fixture, recordingSink } from './helpers-b.js';

describe('console.time lines', () => {
  test('node.txt parses to its golden series', () => {
    expectGolden('consoletime', 'node.txt', consoleTime.parse(fixture('consoletime/node.txt'), 'node.txt'));
  });

  test("Node's ms and s forms become ns; the program's own lines are skipped", () => {
    const series = consoleTime.parse(fixture('consoletime/node.txt'), 'x');
    expect(series.map((s) => [s.name, s.value])).toEqual([
      ['fib(25)', 35960000],
      ['sort 100k numbers', 337600000],
      ['json: round trip', 111091000],
      ['busy wait 1.2s', 1220000000],
      ['default', 3000],
    ]);
  });

  test('minutes and hours, browser spacing and Bun brackets are read; a repeated label is samples', () => {
    const text = ['a: 1:01.004 (m:ss.mmm)', 'b: 1:00:01.500 (h:mm:ss.mmm)', 'c: 2.5 ms', '[3.5ms] c'].join(
      '\n',
    );
    expect(consoleTime.parse(text, 'x').map((s) => [s.name, s.value, s.samples])).toEqual([
      ['a', 61004e6, [61004e6]],
      ['b', 3601500e6, [3601500e6]],
      ['c', 3e6, [2.5e6, 3.5e6]],
    ]);
  });

  test('a timeEnd without its timer is a warning naming the label', () => {
    const sink = recordingSink();
    consoleTime.parse("a: 1ms\n(node:1) Warning: No such label 'b' for console.timeEnd()\n", 'x', sink);
    expect(sink.warnings).toEqual([
      "2: console.timeEnd('b') had no matching console.time: no timing printed",
    ]);
  });

  test('a log without timings is an error', () => {
    expect(errorOf(() => consoleTime.parse('hello\n', 'c.txt'))).toBe(
      'benchgate: c.txt:2: expected "<label>: <time>ms" lines from console.timeEnd',
    );
  });
});
