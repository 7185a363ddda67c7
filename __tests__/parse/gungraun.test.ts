import { gungraun } from '../../src/parse/gungraun.js';
import { expectGolden } from './golden.js';
import { errorOf, fixture, recordingSink } from './helpers-b.js';

describe('gungraun (iai-callgrind)', () => {
  test.each(['first-run.txt', 'second-run.txt', 'output-format-json.jsonl'])(
    '%s parses to its golden series',
    (f) => {
      expectGolden('gungraun', f, gungraun.parse(fixture(`gungraun/${f}`), f));
    },
  );

  test('the new count is the value, on the first run (old N/A) as on the second', () => {
    const first = gungraun.parse(fixture('gungraun/first-run.txt'), 'a');
    expect(gungraun.parse(fixture('gungraun/second-run.txt'), 'b')).toEqual(first);
    expect(first[0]).toEqual({
      name: 'demo::fib_group::bench_fib short:(10)',
      metric: 'Instructions',
      unit: 'instructions',
      direction: 'smaller',
      value: 1692,
      exact: true,
    });
    expect([...new Set(first.map((s) => s.name))]).toEqual([
      'demo::fib_group::bench_fib short:(10)',
      'demo::fib_group::bench_fib long:(20)',
      'demo::fib_group::bench_vec_push',
    ]);
  });

  test("the JSON summaries name the console's series the same way, and add Valgrind's other events", () => {
    const json = gungraun.parse(fixture('gungraun/output-format-json.jsonl'), 'j');
    const consoleSeries = gungraun.parse(fixture('gungraun/first-run.txt'), 'c');
    for (const s of consoleSeries) expect(json).toContainEqual(s);
    expect(
      json.find((s) => s.metric === 'Dr' && s.name === 'demo::fib_group::bench_fib short:(10)')!.value,
    ).toBe(270);
    expect(json.some((s) => /Rate$/.test(s.metric))).toBe(false);
    for (const s of json) expect(s.exact).toBe(true);
  });

  test('a count line that cannot be read is an error; a missing new count is a warning', () => {
    expect(errorOf(() => gungraun.parse('b\n  Instructions:   12x|N/A   (*********)\n', 'g.txt'))).toBe(
      'benchgate: g.txt:2: expected "Instructions: <new>|<old>" for "b", got "Instructions:   12x|N/A   (*********)"',
    );
    const sink = recordingSink();
    gungraun.parse('b\n  Instructions:   12|10   (+20%)\n  L1 Hits:   N/A|3   (*********)\n', 'g', sink);
    expect(sink.warnings).toEqual(['3: "b" has no new L1 Hits count (N/A)']);
  });
});
