import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { mitata } from '../../src/parse/mitata.js';
import { detectFormat } from '../../src/parse/detect.js';
import { ParseError } from '../../src/errors.js';
import { expectGolden } from './golden.js';

const file = (f: string): string => path.join('fixtures', 'mitata', f);

/** The fixture's `throws` benchmark fails on purpose; the results of the others are read without it. */
function withoutThrows(text: string): string {
  const doc = JSON.parse(text) as { benchmarks: { alias: string }[] };
  doc.benchmarks = doc.benchmarks.filter((b) => b.alias !== 'throws');
  return JSON.stringify(doc);
}

describe('mitata JSON (format: { json: { samples: false } })', () => {
  const text = fs.readFileSync(file('bench-json-nosamples.json'), 'utf8');
  const series = mitata.parse(withoutThrows(text), 'bench.json');
  const time = series.filter((s) => s.metric === 'time');

  test('a time series per run, named as mitata prints it, grouped runs under their group', () => {
    expect(time.map((s) => s.name)).toEqual([
      'fib(10)',
      'fib(5)',
      'fib(15)',
      'sorting/Array#sort (copy)',
      'sorting/Float64Array#sort (copy)',
      'async: await setTimeout(0)',
      'naïve 日本 normalize',
    ]);
    expectGolden('mitata', 'bench-json-nosamples-without-throws.json', series);
  });

  test('the headline is p50 in ns per iteration; heap.avg is a "heap" series in bytes', () => {
    // fib(15): "p50": 5475.3681640625, heap avg 0.12418094758064516 b (the console's "0.12 b")
    expect(series.filter((s) => s.name === 'fib(15)')).toEqual([
      { name: 'fib(15)', metric: 'time', unit: 'ns', direction: 'smaller', value: 5475.3681640625 },
      { name: 'fib(15)', metric: 'heap', unit: 'B', direction: 'smaller', value: 0.12418094758064516 },
    ]);
    // Array#sort (copy): p50 97284 ns, heap avg 26270.859241126072 B (the console's "25.70 kb")
    expect(series.find((s) => s.name === 'sorting/Array#sort (copy)' && s.metric === 'heap')!.value).toBe(
      26270.859241126072,
    );
    expect(time[3].value).toBe(97284);
  });

  test('a benchmark that threw makes the file an error naming it', () => {
    expect(() => mitata.parse(text, 'bench.json')).toThrow(ParseError);
    expect(() => mitata.parse(text, 'bench.json')).toThrow(
      'bench.json:1: expected benchmark "throws" to have run, it failed: deliberate failure (fix or remove it)',
    );
  });
});

describe('mitata JSON with its defaults (samples and debug code: 25 MB on one line)', () => {
  const text = zlib.gunzipSync(fs.readFileSync(file('bench-json-default.json.gz'))).toString('utf8');

  test('is detected, and every run keeps its samples in ns (sorted, as mitata stores them)', () => {
    expect(text.length).toBeGreaterThan(20e6);
    expect(detectFormat(text, 'bench.json').name).toBe('mitata');
    const time = mitata.parse(withoutThrows(text), 'bench.json').filter((s) => s.metric === 'time');
    expect(time.map((s) => [s.name, s.samples!.length])).toEqual([
      ['fib(10)', 345],
      ['fib(5)', 4299],
      ['fib(15)', 28],
      ['sorting/Array#sort (copy)', 6797],
      ['sorting/Float64Array#sort (copy)', 12],
      ['async: await setTimeout(0)', 642],
      ['naïve 日本 normalize', 1826],
    ]);
    expect(time[0].samples!.slice(0, 3)).toEqual([478.27685546875, 478.333251953125, 478.38208007789217]);
    expect(time[3].samples![0]).toBe(95091);
  });
});
