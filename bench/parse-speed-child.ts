/**
 * The measuring half of bench/parse-speed.ts, run in a fresh process per file so its peak RSS is the
 * parse's own. parse-speed.ts bundles this file with ncc and runs the bundle with Node 24, the way the
 * action runs: a TypeScript loader would add its own memory to the figure.
 *
 *     node <bundle> FILE [DUMP]   → {format, series, bytes, readMs, parseMs, maxRssKb, baseRssKb} on stdout
 *     node --expose-gc <bundle> FILE --floor DUMP   → {floorMs}
 *
 * The floor is what any parser returning these `Series` must spend at least: the time to allocate the
 * same objects (each series, its spread and its sample list, in the key order the parsers use) when
 * their names and numbers are already in hand. A parse run given DUMP writes a compact copy of its
 * result there (names, and numbers in typed arrays); a floor run, another fresh process that has read
 * the same file as the parse does, loads that copy and times making the objects from it.
 */
import * as fs from 'node:fs';
import * as v8 from 'node:v8';
import { parseText } from '../src/parse/detect.js';
import type { Series } from '../src/model.js';

export interface ChildResult {
  format: string;
  series: number;
  bytes: number;
  readMs: number;
  parseMs: number;
  maxRssKb: number;
  baseRssKb: number;
}

/** The result's series as strings, shape codes and typed arrays: no object per series. */
interface Compact {
  strings: string[][];
  /** Per series: which keys it has, as an index into `shapes`. */
  shape: Uint8Array;
  shapes: string[];
  value: Float64Array;
  /** Per series its spread's low, high and stddev (NaN when absent). */
  spread: Float64Array;
  sampleStart: Uint32Array;
  samples: Float64Array;
}

function compact(series: Series[]): Compact {
  const shapes: string[] = [];
  const n = series.length;
  const c: Compact = {
    strings: [],
    shape: new Uint8Array(n),
    shapes,
    value: new Float64Array(n),
    spread: new Float64Array(3 * n),
    sampleStart: new Uint32Array(n + 1),
    samples: new Float64Array(series.reduce((k, s) => k + (s.samples?.length ?? 0), 0)),
  };
  let k = 0;
  series.forEach((s, i) => {
    const keys = [...Object.keys(s), '|', ...Object.keys(s.spread ?? {})].join(',');
    let id = shapes.indexOf(keys);
    if (id < 0) id = shapes.push(keys) - 1;
    c.shape[i] = id;
    c.strings.push([s.name, s.metric, s.unit, s.direction, s.origin ?? '', s.statistic ?? '']);
    c.value[i] = s.value;
    c.spread[3 * i] = s.spread?.low ?? NaN;
    c.spread[3 * i + 1] = s.spread?.high ?? NaN;
    c.spread[3 * i + 2] = s.spread?.stddev ?? NaN;
    c.sampleStart[i] = k;
    for (const x of s.samples ?? []) c.samples[k++] = x;
  });
  c.sampleStart[n] = k;
  return c;
}

/**
 * One builder per shape, an object literal in the parser's key order (what V8 sees in makeSeries), so
 * the floor's objects are the parsers' objects.
 */
function builders(shapes: string[]): ((c: Compact, i: number) => unknown)[] {
  return shapes.map((shape) => {
    const [own, spreadKeys] = shape.split(',|').map((p) => p.split(',').filter((x) => x !== ''));
    const field: Record<string, string> = {
      name: 's[0]',
      metric: 's[1]',
      unit: 's[2]',
      direction: 's[3]',
      origin: 's[4]',
      statistic: 's[5]',
      exact: 'true',
      value: 'c.value[i]',
      samples: 'samplesOf(c, i)',
      spread: `{ ${spreadKeys.map((k) => `${k}: c.spread[3 * i + ${['low', 'high', 'stddev'].indexOf(k)}]`).join(', ')} }`,
    };
    const body = `const s = c.strings[i]; return { ${own.map((k) => `${k}: ${field[k] ?? 'undefined'}`).join(', ')} };`;
    return new Function('samplesOf', 'c', 'i', body).bind(null, samplesOf) as (
      c: Compact,
      i: number,
    ) => unknown;
  });
}

function samplesOf(c: Compact, i: number): number[] {
  // a list of one is made with its sample, as the parsers make it (a push into [] reserves 17)
  if (c.sampleStart[i + 1] - c.sampleStart[i] === 1) return [c.samples[c.sampleStart[i]]];
  const out: number[] = [];
  for (let k = c.sampleStart[i]; k < c.sampleStart[i + 1]; k++) out.push(c.samples[k]);
  return out;
}

function floorMs(c: Compact): number {
  (globalThis as { gc?: () => void }).gc?.();
  const make = builders(c.shapes);
  const t0 = performance.now();
  const out: unknown[] = [];
  for (let i = 0; i < c.shape.length; i++) out.push(make[c.shape[i]](c, i));
  const ms = performance.now() - t0;
  if (out.length !== c.shape.length) throw new Error('floor: lost series');
  return ms;
}

const [file, mode, dump] = process.argv.slice(2);
const baseRssKb = process.resourceUsage().maxRSS;
const t0 = performance.now();
// as src/results.ts reads an output file
const text = fs.readFileSync(file, 'utf8');
const t1 = performance.now();
if (mode === '--floor') {
  const c = v8.deserialize(fs.readFileSync(dump)) as Compact;
  process.stdout.write(JSON.stringify({ floorMs: floorMs(c), bytes: text.length }));
} else {
  const { format, series } = parseText(text, file, 'auto');
  const t2 = performance.now();
  const result: ChildResult = {
    format,
    series: series.length,
    bytes: fs.statSync(file).size,
    readMs: t1 - t0,
    parseMs: t2 - t1,
    maxRssKb: process.resourceUsage().maxRSS,
    baseRssKb,
  };
  if (mode !== undefined) fs.writeFileSync(mode, v8.serialize(compact(series)));
  process.stdout.write(JSON.stringify(result));
}
