import * as fs from 'node:fs';
import * as path from 'node:path';
import { goJson } from '../../src/parse/gojson.js';
import { ParseError } from '../../src/errors.js';
import type { Series } from '../../src/model.js';
import { expectGolden } from './golden.js';

const text = fs.readFileSync(path.join('fixtures', 'go', 'bench.json'), 'utf8');
const find = (series: Series[], name: string, metric = 'time'): Series | undefined =>
  series.find((s) => s.name === name && s.metric === metric);
const ev = (o: Record<string, unknown>): string => JSON.stringify({ Action: 'output', Package: 'p', ...o });

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof ParseError) return e.line;
    throw e;
  }
  throw new Error('expected a ParseError');
}

describe('go test -json (test2json)', () => {
  test('bench.json parses to its golden series', () => {
    expectGolden('go', 'bench.json', goJson.parse(text, 'bench.json'));
  });

  test('Go 1.26 output (lines split over events, two packages sharing a name) reads as its text would', () => {
    const f = 'bench-go126-two-packages.json';
    const series = goJson.parse(fs.readFileSync(path.join('fixtures', 'go', f), 'utf8'), f);
    expectGolden('go', f, series);
    expect([...new Set(series.map((s) => s.name))]).toEqual([
      'example.com/benchdemo/codec.BenchmarkEncode-2',
      'example.com/benchdemo/alt.BenchmarkEncode-2',
      'Benchmark_lower-2',
    ]);
    for (const s of series) expect(s.samples).toHaveLength(2);
  });

  test('a failing benchmark is an error naming it, never a run with it missing', () => {
    const f = 'fail-bench.json';
    expect(errorOf(() => goJson.parse(fs.readFileSync(path.join('fixtures', 'go', f), 'utf8'), f))).toMatch(
      /^benchgate: fail-bench\.json:\d+: expected every benchmark to pass, BenchmarkEncodeFails failed/,
    );
    const failEvent = JSON.stringify({ Action: 'fail', Package: 'p', Test: 'BenchmarkZ' });
    expect(
      errorOf(() => goJson.parse(`${ev({ Output: 'BenchmarkY 1 2 ns/op\n' })}\n${failEvent}\n`, 'f')),
    ).toBe(
      'benchgate: f:2: expected every benchmark to pass, BenchmarkZ failed (a failing run is not recorded)',
    );
  });

  test('-count 3 gives every benchmark three samples, as the text output would', () => {
    const series = goJson.parse(text, 'bench.json');
    // 12 benchmarks × (ns/op, B/op, allocs/op), MB/s on the two Hash ones, two custom units on Join
    expect(series).toHaveLength(12 * 3 + 2 + 2);
    for (const s of series) expect(s.samples).toHaveLength(3);
    expect(find(series, 'BenchmarkFib20-2')).toMatchObject({
      unit: 'ns',
      samples: [33815, 33610, 33244],
      value: 33610,
    });
    expect(find(series, 'BenchmarkHash/64B-2', 'throughput')?.samples).toEqual([
      212_190_000, 213_770_000, 205_930_000,
    ]);
    expect(find(series, 'BenchmarkJoin-2', 'widgets/op')?.samples).toEqual([16, 16, 16]);
  });

  test('a result line split across two events, attributed to different tests, is joined again', () => {
    const stream = [
      ev({ Output: 'goos: linux\n' }),
      ev({ Test: 'BenchmarkA', Output: 'BenchmarkA-2   \t' }),
      ev({ Test: 'TestOther', Output: '  1000\t  12.5 ns/op\t  8 B/op\n' }),
      ev({ Output: 'BenchmarkA-2   \t  1000\t  13.5 ns/op\t  8 B/op\n' }),
    ].join('\n');
    const series = goJson.parse(stream, 'x');
    expect(series.map((s) => [s.name, s.metric, s.samples])).toEqual([
      ['BenchmarkA-2', 'time', [12.5, 13.5]],
      ['BenchmarkA-2', 'B/op', [8, 8]],
    ]);
  });

  test('the output of two packages is kept apart even when their events interleave', () => {
    const stream = [
      ev({ Package: 'a', Output: 'BenchmarkX-2 100 ' }),
      ev({ Package: 'b', Output: 'BenchmarkY-2 100 7 ns/op\n' }),
      ev({ Package: 'a', Output: '5 ns/op\n' }),
    ].join('\n');
    // in the order their first result line was complete
    expect(goJson.parse(stream, 'x').map((s) => [s.name, s.value])).toEqual([
      ['BenchmarkY-2', 7],
      ['BenchmarkX-2', 5],
    ]);
  });

  test('plain-text lines around the stream are skipped', () => {
    const stream = `?   \texample.com/nobench\t[no test files]\n${ev({ Output: 'BenchmarkZ 10 4 ns/op\n' })}\n`;
    expect(goJson.parse(stream, 'x').map((s) => s.name)).toEqual(['BenchmarkZ']);
  });

  test('a malformed result names the event line on which it started', () => {
    const stream = [
      ev({ Output: 'PASS\n' }),
      ev({ Output: 'BenchmarkA-2 100 ' }),
      ev({ Output: 'x1 ns/op\n' }),
    ].join('\n');
    expect(errorOf(() => goJson.parse(stream, 'events.json'))).toBe(
      'benchgate: events.json:2: expected a number after "100" in a benchmark result, got "x1"',
    );
  });

  test('a truncated event is an error naming its line', () => {
    const stream = `${ev({ Output: 'BenchmarkZ 10 4 ns/op\n' })}\n{"Action":"output","Outp`;
    expect(errorOf(() => goJson.parse(stream, 'events.json'))).toMatch(
      /^benchgate: events\.json:2: expected one test2json event per line/,
    );
  });

  test('a test-only stream (no -bench) is an error that says so', () => {
    const stream = [
      ev({ Test: 'TestA', Output: '=== RUN   TestA\n' }),
      JSON.stringify({ Action: 'pass', Package: 'p' }),
    ].join('\n');
    expect(errorOf(() => goJson.parse(stream, 'events.json'))).toMatch(/found none \(was -bench given\?\)$/);
  });
});
