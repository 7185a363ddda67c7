import * as fs from 'node:fs';
import * as path from 'node:path';
import { divan } from '../../src/parse/divan.js';
import { ParseError } from '../../src/errors.js';
import { expectGolden } from './golden.js';

const fixture = (f: string): string => fs.readFileSync(path.join('fixtures', 'divan', f), 'utf8');

describe('divan console output', () => {
  test('console.txt parses to its golden series', () => {
    expectGolden('divan', 'console.txt', divan.parse(fixture('console.txt'), 'console.txt'));
  });

  test('names follow the tree from the bench binary; the headline is the median in ns', () => {
    const series = divan.parse(fixture('console.txt'), 'x');
    expect(series.map((s) => [s.name, s.metric, s.value])).toEqual([
      ['demo/fib_10', 'time', 238.2],
      ['demo/sum_squares/1', 'time', 3.619],
      ['demo/sum_squares/8', 'time', 3.711],
      ['demo/sum_squares/64', 'time', 3.604],
      ['demo/sum_squares/1024', 'time', 3.58],
      ['demo/collections/copy_4k', 'time', 2549],
      ['demo/collections/copy_4k', 'throughput', 1.606e9],
      ['demo/collections/push_1000/Vec<u32>', 'time', 142.4],
      ['demo/collections/push_1000/VecDeque<u32>', 'time', 161.8],
    ]);
    for (const s of series) expect(s.samples).toBeUndefined();
  });

  test("an allocation profiler's rows are named in a warning, not dropped silently", () => {
    const text = [
      'demo     fastest       │ slowest       │ median        │ mean          │ samples │ iters',
      '╰─ f     10 ns         │ 20 ns         │ 15 ns         │ 15 ns         │ 100     │ 100',
      '         alloc:        │               │               │               │         │',
      '           1           │ 1             │ 1             │ 1             │         │',
    ].join('\n');
    const warnings: string[] = [];
    const series = divan.parse(text, 'x', { warn: (l, m) => warnings.push(`${l}: ${m}`), meta: () => {} });
    expect(series.map((s) => s.name)).toEqual(['demo/f']);
    expect(warnings).toEqual(['3: divan\'s "alloc" rows of "demo/f" are not read (only times and counters)']);
  });

  test('a benchmark row whose median cannot be read is an error with its line', () => {
    const text = [
      'demo     fastest       │ slowest       │ median        │ mean          │ samples │ iters',
      '╰─ f     10 ns         │ 20 ns         │ fast          │ 15 ns         │ 100     │ 100',
    ].join('\n');
    expect(() => divan.parse(text, 'x.txt')).toThrow(ParseError);
    expect(() => divan.parse(text, 'x.txt')).toThrow(
      /x\.txt:2: expected "<number> <unit>" as the median of "demo\/f"/,
    );
  });
});

test('a divan benchmark row cut short is an error, not the end of the table', () => {
  const text = [
    'demo     fastest       │ slowest       │ median        │ mean          │ samples │ iters',
    '├─ f     10 ns         │ 20 ns         │ 15 ns         │ 15 ns         │ 100     │ 100',
    '╰─ g     10 ns         │ 20',
  ].join('\n');
  expect(() => divan.parse(text, 'x.txt')).toThrow(/x\.txt:3: expected a divan row with its columns/);
});

describe('divan at scale', () => {
  test('20,000 benchmarks with a counter each are read in linear time', () => {
    const lines = fixture('console.txt').split('\n');
    const [header, group, row, counter] = [lines[0], lines[7], lines[8], lines[9]];
    const text = (n: number): string => {
      const body: string[] = [header, group];
      for (let i = 0; i < n; i++) {
        const name = `b${String(i).padStart(6, '0')}`;
        body.push(row.replace('copy_4k', name.padEnd('copy_4k'.length)), counter);
      }
      return body.join('\n');
    };
    // the growth, not a time: four times the rows take about four times as long, sixteen if quadratic
    // (the fastest of three runs each, so a busy machine slows neither size alone)
    const fastest = (t: string): number =>
      Math.min(
        ...[0, 1, 2].map(() => {
          const t0 = performance.now();
          divan.parse(t, 'big.txt');
          return performance.now() - t0;
        }),
      );
    const small = text(5_000);
    const big = text(20_000);
    fastest(small); // warm up
    expect(fastest(big) / fastest(small)).toBeLessThan(10);
    const series = divan.parse(big, 'big.txt');
    expect(series).toHaveLength(40_000);
    expect(series[1]).toMatchObject({ name: 'demo/collections/b000000', metric: 'throughput' });
  });
});
