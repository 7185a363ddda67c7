/**
 * pytest-benchmark's console tables (3.2.2 and 5.3.1, default and chosen columns, units per table):
 * one series per row whose headline is the median, with the names of the JSON report.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pytestConsole } from '../../src/parse/pytest-console.js';
import { pytestBenchmark } from '../../src/parse/pytest.js';
import { detectFormat } from '../../src/parse/detect.js';
import { ParseError } from '../../src/errors.js';
import { expectGolden } from './golden.js';

const fixture = (f: string): string => fs.readFileSync(path.join('fixtures', 'pytest-benchmark', f), 'utf8');
const FILES = ['console.txt', 'console-5.3.1-default.txt', 'console-5.3.1-columns-sort.txt'];

describe('pytest-benchmark console', () => {
  test.each(FILES)('%s parses to its golden series and is detected', (f) => {
    const series = pytestConsole.parse(fixture(f), f);
    expectGolden('pytest-benchmark', f, series);
    expect(detectFormat(fixture(f), f).name).toBe('pytest-console');
    for (const s of series) expect(s.origin).toBe('console');
  });

  test('the 3.2.2 console gives the JSON report medians, in the unit of each table', () => {
    const text = pytestConsole.parse(fixture('console.txt'), 'c');
    const json = pytestBenchmark.parse(fixture('benchmark.json'), 'j');
    // the console shows the test's name; the JSON reader names it by its full node id
    const short = (full: string): string => full.slice(full.lastIndexOf('::') + 2);
    expect([...text.map((s) => s.name)].sort()).toEqual([...new Set(json.map((s) => short(s.name)))].sort());
    for (const s of text) {
      const j = json.find((x) => short(x.name) === s.name && x.metric === 'time')!;
      expect(Math.abs(s.value - j.value) / j.value).toBeLessThan(1e-3);
    }
    expect(text.find((s) => s.name === 'test_sleep_pedantic')).toMatchObject({
      value: 2_076_800,
      spread: { stddev: 26_000 },
    });
  });

  test('with --benchmark-columns=min,median,ops,rounds the median is read, without a spread', () => {
    const s = pytestConsole.parse(fixture('console-5.3.1-columns-sort.txt'), 'c');
    expect(s.find((x) => x.name === 'test_sort[10]')).toMatchObject({ value: 425.2, unit: 'ns' });
    expect(s.every((x) => x.spread === undefined)).toBe(true);
  });

  test('a row without the table columns is an error naming its line', () => {
    const text = fixture('console-5.3.1-columns-sort.txt').replace(
      /^test_join .*$/m,
      'test_join  7,785.6001 (30.73)',
    );
    expect(() => pytestConsole.parse(text, 'c.txt')).toThrow(ParseError);
  });
});
