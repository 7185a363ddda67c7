import * as fs from 'node:fs';
import * as path from 'node:path';
import { iai } from '../../src/parse/iai.js';
import { ParseError } from '../../src/errors.js';
import { expectGolden } from './golden.js';

const fixture = (f: string): string => fs.readFileSync(path.join('fixtures', 'iai', f), 'utf8');

describe('iai console output', () => {
  test.each(['first-run.txt', 'second-run.txt'])('%s parses to its golden series', (f) => {
    expectGolden('iai', f, iai.parse(fixture(f), f));
  });

  test('each count is an exact series; the change against the previous run is not a value', () => {
    const first = iai.parse(fixture('first-run.txt'), 'a');
    const second = iai.parse(fixture('second-run.txt'), 'b');
    expect(second).toEqual(first);
    expect(first.find((s) => s.name === 'iai_fib_20' && s.metric === 'Instructions')).toEqual({
      name: 'iai_fib_20',
      metric: 'Instructions',
      unit: 'instructions',
      direction: 'smaller',
      value: 207979,
      exact: true,
    });
    expect(new Set(first.map((s) => s.metric))).toEqual(
      new Set(['Instructions', 'L1 Accesses', 'L2 Accesses', 'RAM Accesses', 'Estimated Cycles']),
    );
  });

  test('a change in percent is read past', () => {
    const text = 'bench_a\n  Instructions:   100 (+12.5000%)\n  L1 Accesses:    5 (-1.0%)\n';
    expect(iai.parse(text, 'x').map((s) => s.value)).toEqual([100, 5]);
  });

  test('a count line that cannot be read is an error with its line', () => {
    const text = 'bench_a\n  Instructions:   100\n  L1 Accesses:    many\n';
    try {
      iai.parse(text, 'x.txt');
      throw new Error('expected a ParseError');
    } catch (e) {
      expect(e).toBeInstanceOf(ParseError);
      expect((e as ParseError).line).toBe(
        'benchgate: x.txt:3: expected "L1 Accesses: <count>" for "bench_a", got "L1 Accesses:    many"',
      );
    }
  });
});
