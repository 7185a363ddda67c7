import * as fs from 'node:fs';
import * as path from 'node:path';
import { benchgateResults } from '../../src/parse/benchgate.js';
import { RESULTS_SCHEMA } from '../../src/parse/benchgate-schema.js';
import { CONFIG_SCHEMA } from '../../src/config/schema.js';
import { detectFormat } from '../../src/parse/detect.js';
import { ParseError } from '../../src/errors.js';
import { expectGolden } from './golden.js';

// Hand-written: this is benchgate's own format (fixtures/benchgate/README.md).
const fixture = (f: string): string => fs.readFileSync(path.join('fixtures', 'benchgate', f), 'utf8');
const parse = (text: string) => benchgateResults.parse(text, 'results.json');

function message(text: string): string {
  try {
    parse(text);
  } catch (e) {
    if (e instanceof ParseError) return e.line;
    throw e;
  }
  throw new Error('expected a ParseError');
}

const doc = (results: unknown[]): string =>
  `{\n  "benchgate": 1,\n  "results": [\n${results.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]\n}\n`;

describe("benchgate's own results format", () => {
  test('the documented example: units converted, defaults filled in from the unit and the samples', () => {
    const series = parse(fixture('results.json'));
    expect(detectFormat(fixture('results.json'), 'results.json').name).toBe('benchgate');
    // samples in us, no value: the headline is their median, 41.1 us
    expect(series[0]).toEqual({
      name: 'parse/small',
      metric: 'time',
      unit: 'ns',
      direction: 'smaller',
      value: 41100,
      samples: [41200, 40800, 41900, 40600, 41100, 42300, 40900],
    });
    // an explicit value wins over the samples' median; the spread is converted too
    expect(series[1]).toMatchObject({ value: 12.5e6, spread: { low: 12.3e6, high: 12.8e6, stddev: 0.23e6 } });
    // a second metric of the same benchmark; MB/s is decimal and bigger is better
    expect(series[2]).toEqual({
      name: 'parse/large',
      metric: 'throughput',
      unit: 'B/s',
      direction: 'bigger',
      value: 84.2e6,
    });
    expect(series[3]).toMatchObject({ metric: 'peak memory', unit: 'B', value: 48.5 * 1024 * 1024 });
    // an unknown unit is kept, with the direction the file gives
    expect(series[4]).toEqual({
      name: 'cache',
      metric: 'hit rate',
      unit: '%',
      direction: 'bigger',
      value: 97.1,
    });
    expectGolden('benchgate', 'results.json', series);
  });

  test('the minimal file: benchgate 1 and one name, unit, value', () => {
    expect(parse(fixture('minimal.json'))).toEqual([
      { name: 'sort 1000', metric: 'time', unit: 'ns', direction: 'smaller', value: 5123 },
    ]);
  });

  test.each([
    [
      'a value that is not a number',
      doc([
        { name: 'a', unit: 'ns', value: 1 },
        { name: 'b', unit: 'ns', value: 'fast' },
      ]),
      'benchgate: results.json:5: expected results[1].value to be a number, got "fast"',
    ],
    [
      'an entry with neither value nor samples',
      doc([
        { name: 'a', unit: 'ns', value: 1 },
        { name: 'b', unit: 'ns', value: 2 },
        { name: 'c', unit: 'ns' },
      ]),
      'benchgate: results.json:6: expected "value" or "samples" (or both) in results[2]',
    ],
    [
      'a misspelt key',
      doc([{ name: 'a', unit: 'ns', sample: [1, 2] }]),
      'benchgate: results.json:4: expected only the keys the format defines in results[0], found "sample"',
    ],
    [
      'a missing unit',
      doc([{ name: 'a', value: 1 }]),
      'benchgate: results.json:4: expected "unit" in results[0]',
    ],
    [
      'an unknown direction',
      doc([{ name: 'a', unit: 'ns', value: 1, direction: 'up' }]),
      'benchgate: results.json:4: expected results[0].direction to be one of "smaller", "bigger", got "up"',
    ],
    [
      'a sample that is not a number',
      doc([{ name: 'a', unit: 'ns', samples: [1, null, 3] }]),
      'benchgate: results.json:4: expected results[0].samples[1] to be a number, got "null"',
    ],
    [
      'an empty name',
      doc([{ name: ' ', unit: 'ns', value: 1 }]),
      'benchgate: results.json:4: expected a non-empty results[0].name, got " "',
    ],
    [
      'a negative standard deviation',
      doc([{ name: 'a', unit: 'ns', value: 1, spread: { stddev: -1 } }]),
      'benchgate: results.json:4: expected results[0].spread.stddev to be at least 0, got "-1"',
    ],
    [
      'another version of the format',
      '{"benchgate": 2, "results": [{"name": "a", "unit": "ns", "value": 1}]}',
      'benchgate: results.json:1: expected benchgate to be 1, got "2"',
    ],
    [
      'no results',
      '{"benchgate": 1, "results": []}',
      'benchgate: results.json:1: expected at least one entry in results',
    ],
    [
      'one benchmark and metric twice',
      doc([
        { name: 'a', unit: 'ns', value: 1 },
        { name: 'a', unit: 'ms', value: 2 },
      ]),
      'benchgate: results.json:5: expected each benchmark name once, "a" (time) already appeared on line 4',
    ],
    [
      'a value that overflows when converted',
      doc([{ name: 'a', unit: 'h', value: 1e300 }]),
      'benchgate: results.json:4: expected a finite value for "a", got "1e+300"',
    ],
  ])('%s is an error naming its line', (_what, text, expected) => {
    expect(message(text)).toBe(expected);
  });

  test('an explicit metric and direction override what the unit implies', () => {
    const [s] = parse(doc([{ name: 'q', unit: 'ms', metric: 'p99 latency', direction: 'bigger', value: 3 }]));
    expect(s).toEqual({ name: 'q', metric: 'p99 latency', unit: 'ns', direction: 'bigger', value: 3e6 });
  });
});

describe('published schema files', () => {
  test.each([
    ['schema/benchgate-results.schema.json', RESULTS_SCHEMA],
    ['schema/config.schema.json', CONFIG_SCHEMA],
  ])('%s is what `npm run schemas` writes from the TypeScript constant', (file, schema) => {
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(schema);
  });
});

describe('the recipe (docs/recipes/benchgate-format.md)', () => {
  test("the example of benchgate's results format parses as documented", () => {
    const section = fs.readFileSync('docs/recipes/benchgate-format.md', 'utf8');
    const example = /```json\n([\s\S]*?)\n```/.exec(section)![1];
    const series = benchgateResults.parse(example, 'docs/recipes/benchgate-format.md');
    expect(series.map((s) => [s.name, s.metric, s.unit, s.direction, s.value])).toEqual([
      ['parse/small', 'time', 'ns', 'smaller', 41100],
      ['parse/large', 'time', 'ns', 'smaller', 12.5e6],
      ['parse/large', 'throughput', 'B/s', 'bigger', 84.2e6],
      ['cache', 'hit rate', '%', 'bigger', 97.1],
    ]);
  });
});
