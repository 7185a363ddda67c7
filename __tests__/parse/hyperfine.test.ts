import * as fs from 'node:fs';
import * as path from 'node:path';
import { hyperfine } from '../../src/parse/hyperfine.js';
import { ParseError } from '../../src/errors.js';
import type { Series } from '../../src/model.js';
import { expectGolden } from './golden.js';

const FILES = [
  'basic.json',
  'parameters.json',
  'parameter-scan.json',
  'no-shell-failing.json',
  'single-run.json',
  'zero-time.json',
];
const fixture = (f: string): string => fs.readFileSync(path.join('fixtures', 'hyperfine', f), 'utf8');
const parse = (f: string): Series[] => hyperfine.parse(fixture(f), f);

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof ParseError) return e.line;
    throw e;
  }
  throw new Error('expected a ParseError');
}

describe('hyperfine --export-json', () => {
  test.each(FILES)('%s parses to its golden series', (f) => {
    expectGolden('hyperfine', f, parse(f));
  });

  test('each command is a time series in ns whose samples are its runs, the headline their median', () => {
    const [sleep] = parse('basic.json');
    expect(sleep).toMatchObject({ name: 'sleep 10ms', metric: 'time', unit: 'ns', direction: 'smaller' });
    expect(sleep.samples).toHaveLength(10);
    expect(sleep.value).toBe(12094852.18); // "median": 0.01209485218 s
    expect(sleep.spread).toEqual({ stddev: 1480661.9381061974 });
  });

  test('the name is what -n gave, or the command line after parameter substitution', () => {
    expect(parse('basic.json').map((s) => s.name)).toEqual(['sleep 10ms', 'true (no-op)', 'sleep 0.02']);
    expect(parse('parameters.json').map((s) => s.name)).toEqual([
      'sleep 0.005',
      'sleep 0.01',
      '/bin/sleep 0.005',
      '/bin/sleep 0.01',
    ]);
    expect(parse('parameter-scan.json').map((s) => s.name)).toEqual([
      'sleep 0.001',
      'sleep 0.002',
      'sleep 0.003',
    ]);
  });

  test('a single run has one sample and no spread (hyperfine writes "stddev": null)', () => {
    expect(parse('single-run.json')).toEqual([
      {
        name: 'sleep 0.01',
        metric: 'time',
        unit: 'ns',
        direction: 'smaller',
        value: 10252395.860000001,
        samples: [10252395.860000001],
      },
    ]);
  });

  test('times of exactly 0 s are kept: the median of a no-op can be 0', () => {
    const [t] = parse('zero-time.json');
    expect(t.value).toBe(0);
    expect(t.samples!.filter((x) => x === 0).length).toBeGreaterThan(0);
  });

  test('failing commands run with -i are measured like the others', () => {
    expect(parse('no-shell-failing.json').map((s) => [s.name, s.samples!.length])).toEqual([
      ['false', 10],
      ['/bin/true', 10],
    ]);
  });

  test('the same command twice is an error naming both results', () => {
    const doc = JSON.parse(fixture('basic.json')) as { results: { command: string }[] };
    doc.results[2].command = 'sleep 10ms';
    const text = JSON.stringify(doc, null, 2);
    // the line on which each result's object opens
    const opens = text.split('\n').flatMap((l, i) => (l === '    {' ? [i + 1] : []));
    expect(errorOf(() => hyperfine.parse(text, 'h.json'))).toBe(
      `benchgate: h.json:${opens[2]}: expected each command once, "sleep 10ms" is also result 0 (line ${opens[0]})`,
    );
  });

  test('a wrong field names the line of its result', () => {
    const text = fixture('basic.json').replace('"command": "sleep 0.02"', '"command": 42');
    expect(errorOf(() => hyperfine.parse(text, 'h.json'))).toMatch(
      /^benchgate: h\.json:\d+: expected a non-empty string for "command" of result 2, got "42"$/,
    );
  });

  test('an empty results list is an error', () => {
    expect(errorOf(() => hyperfine.parse('{"results": []}', 'h.json'))).toBe(
      'benchgate: h.json:1: expected at least one benchmark in "results", got []',
    );
  });
});
