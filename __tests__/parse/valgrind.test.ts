import * as fs from 'node:fs';
import * as path from 'node:path';
import { cachegrind, callgrind } from '../../src/parse/valgrind.js';
import { ParseError } from '../../src/errors.js';
import { expectGolden } from './golden.js';

const fixture = (f: string): string => fs.readFileSync(path.join('fixtures', 'valgrind', f), 'utf8');

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof ParseError) return e.line;
    throw e;
  }
  throw new Error('expected a ParseError');
}

describe("Valgrind's callgrind and cachegrind output files", () => {
  test.each(['callgrind.out.default', 'callgrind.out.cachesim'])('%s parses to its golden series', (f) => {
    expectGolden('valgrind', f, callgrind.parse(fixture(f), f));
  });

  test('cachegrind.out.cachesim parses to its golden series', () => {
    expectGolden(
      'valgrind',
      'cachegrind.out.cachesim',
      cachegrind.parse(fixture('cachegrind.out.cachesim'), 'c'),
    );
  });

  test('the program is the benchmark and each event an exact, smaller-is-better count', () => {
    const series = callgrind.parse(fixture('callgrind.out.cachesim'), 'c');
    expect(series.map((s) => s.metric)).toEqual(
      'Ir Dr Dw I1mr D1mr D1mw ILmr DLmr DLmw Bc Bcm Bi Bim'.split(' '),
    );
    expect(series[0]).toEqual({
      name: './prog',
      metric: 'Ir',
      unit: 'instructions',
      direction: 'smaller',
      value: 2245192, // the header summary, not the final totals (2245190)
      exact: true,
    });
    for (const s of series) expect(s).toMatchObject({ exact: true, direction: 'smaller', name: './prog' });
  });

  test("cachegrind's summary at the end of the file is read in its own event order", () => {
    const series = cachegrind.parse(fixture('cachegrind.out.cachesim'), 'c');
    expect(series.slice(0, 3).map((s) => [s.metric, s.value])).toEqual([
      ['Ir', 2246316],
      ['I1mr', 1265],
      ['ILmr', 1247],
    ]);
  });

  test('a summary with too few counts is an error naming its line', () => {
    const text = 'cmd: ./a\nevents: Ir Dr\nsummary: 12\n';
    expect(errorOf(() => cachegrind.parse(text, 'c.out'))).toBe(
      'benchgate: c.out:3: expected 2 counts in "summary:" (one per event: Ir Dr), got "12"',
    );
  });

  test('a count that is not a number is an error', () => {
    const text = 'cmd: ./a\nevents: Ir\nsummary: lots\n';
    expect(errorOf(() => cachegrind.parse(text, 'c.out'))).toMatch(
      /^benchgate: c\.out:3: expected a count for Ir/,
    );
  });

  test('a profile cut off before its summary is an error, not an empty result', () => {
    const text = fixture('cachegrind.out.cachesim').split('\n').slice(0, 100).join('\n');
    expect(errorOf(() => cachegrind.parse(text, 'c.out'))).toMatch(/expected a "summary:" line/);
  });

  test('two profiles joined in one file are two sets of series, each named by its command', () => {
    const text = 'cmd: ./a\nevents: Ir\nsummary: 10\ncmd: ./b --fast\nevents: Ir\nsummary: 20\n';
    expect(cachegrind.parse(text, 'c').map((s) => [s.name, s.value])).toEqual([
      ['./a', 10],
      ['./b --fast', 20],
    ]);
  });
});
