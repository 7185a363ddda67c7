import * as fs from 'node:fs';
import * as path from 'node:path';
import { goBench } from '../../src/parse/go.js';
import { ParseError } from '../../src/errors.js';
import { detectFormat } from '../../src/parse/detect.js';

const fixture = (f: string): string => fs.readFileSync(path.join('fixtures', 'go', f), 'utf8');

describe('go test -bench text', () => {
  test('-benchmem -count 5 gives every benchmark its ns/op, B/op and allocs/op series with 5 samples', () => {
    const series = goBench.parse(fixture('bench-count5.txt'), 'bench-count5.txt');
    const fib = series.filter((s) => s.name === 'BenchmarkFib20-2');
    expect(fib.map((s) => s.metric)).toEqual(['time', 'B/op', 'allocs/op']);
    const time = fib[0];
    expect(time.unit).toBe('ns');
    expect(time.direction).toBe('smaller');
    expect(time.samples).toEqual([33530, 33864, 33670, 34060, 34051]);
    expect(time.value).toBe(33864);
    for (const s of series) expect(s.samples).toHaveLength(5);
  });

  test('MB/s becomes a bigger-is-better throughput in bytes per second', () => {
    const series = goBench.parse(fixture('bench-count5.txt'), 'bench-count5.txt');
    const tp = series.find((s) => s.name === 'BenchmarkHash/64B-2' && s.metric === 'throughput');
    expect(tp).toMatchObject({ unit: 'B/s', direction: 'bigger' });
    expect(tp!.value).toBeGreaterThan(1e6);
  });

  test('custom b.ReportMetric units are kept as their own series', () => {
    const series = goBench.parse(fixture('bench-count5.txt'), 'bench-count5.txt');
    expect(series.find((s) => s.name === 'BenchmarkJoin-2' && s.metric === 'widgets/op')).toMatchObject({
      unit: 'widgets/op',
      value: 16,
    });
  });

  test('build logs around the output are skipped, and detection picks go', () => {
    const text = fixture('bench-ci-log-noise.txt');
    expect(detectFormat(text, 'x').name).toBe('go');
    expect(goBench.parse(text, 'x').length).toBeGreaterThan(0);
  });

  test('a result line with a bad number is an error naming its line', () => {
    const text = 'goos: linux\nBenchmarkX-2   100   12,3x ns/op\n';
    expect(() => goBench.parse(text, 'out.txt')).toThrow(ParseError);
    try {
      goBench.parse(text, 'out.txt');
    } catch (e) {
      expect((e as ParseError).line).toBe(
        'benchgate: out.txt:2: expected a number after "100" in a benchmark result, got "12,3x"',
      );
    }
  });
});
