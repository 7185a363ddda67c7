/**
 * Catch2 benchmarks (`BENCHMARK` / `BENCHMARK_ADVANCED`), from the console reporter's table or the XML
 * reporter (`-r xml`). Catch2 never prints its samples, so a series is the headline mean with the
 * bootstrap interval of the mean as `low`/`high` and the standard deviation as `stddev`; with
 * `--benchmark-no-analysis` only the mean exists, and the XML's zero-width interval is not recorded
 * (it would claim a noise-free benchmark).
 *
 * Names are the benchmark's own, without the test case: two benchmarks of one name in one file are an
 * error rather than a silent merge. The console wraps a long name over several lines; the pieces are
 * joined with single spaces, which is what the name was when Catch2 wrapped it at spaces.
 */
import type { Parser } from './types.js';
import type { Series } from '../model.js';
import { ParseError } from '../errors.js';
import { throwCatch2Failure } from './catch2-failures.js';
import { UniqueNames, lineAt, lines, makeSeries, readNumber } from './common.js';
import { canonical, scaleBy } from '../units.js';

const NUM = /^(?:[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|-?nan|-?inf)$/;
/** `benchmark name  samples  iterations  estimated|est run time|mean` (v2 / v3 / no-analysis). */
const HEADER = /^benchmark name\s+samples\s+iterations\s+(estimated|est run time|mean)\s*$/;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 11 || c === 12;
}

/**
 * The last `k` blank-separated fields of a line and the text before them, scanning from the right.
 * Linear in the line, unlike a regex with a lazy name group, which a line of a million blanks would
 * keep busy for minutes.
 */
function lastFields(line: string, k: number): { head: string; fields: string[] } | undefined {
  const fields: string[] = [];
  let i = line.length;
  while (fields.length < k) {
    while (i > 0 && isSpace(line.charCodeAt(i - 1))) i--;
    if (i === 0) return undefined;
    const end = i;
    while (i > 0 && !isSpace(line.charCodeAt(i - 1))) i--;
    fields.unshift(line.slice(i, end));
  }
  return { head: line.slice(0, i), fields };
}

/**
 * The first line of a benchmark: the name (or its last piece), samples, iterations, and one duration:
 * [name, samples, iterations, value, unit], or undefined.
 */
function row(line: string): string[] | undefined {
  const r = lastFields(line, 4);
  if (!r) return undefined;
  const [samples, iterations, value, unit] = r.fields;
  if (!/^\d+$/.test(samples) || !/^\d+$/.test(iterations) || !NUM.test(value)) return undefined;
  return [r.head.trim(), samples, iterations, value, unit];
}

/**
 * A line of three durations, "mean  low mean  high mean" or "std dev  low std dev  high std dev":
 * [value, unit, value, unit, value, unit], or undefined. It starts with blanks (the name column).
 */
function triple(line: string): string[] | undefined {
  if (line === '' || !isSpace(line.charCodeAt(0))) return undefined;
  const r = lastFields(line, 6);
  if (!r || r.head.trim() !== '') return undefined;
  const f = r.fields;
  return NUM.test(f[0]) && NUM.test(f[2]) && NUM.test(f[4]) ? f : undefined;
}

const RULE = /^-{20,}\s*$|^={20,}\s*$|^\.{20,}\s*$/;

/** A duration as Catch2 prints it ("7.50614 us") in ns; undefined for nan/inf. */
function duration(value: string, unit: string, file: string, line: number): number | undefined {
  const c = canonical(unit);
  if (c.kind !== 'time') {
    throw new ParseError(file, line, 'expected a duration unit (ns, us, ms, s) in a Catch2 benchmark', unit);
  }
  const n = readNumber(value);
  if (n === undefined) return undefined;
  const ns = scaleBy(n, c.factor);
  return Number.isFinite(ns) ? ns : undefined;
}

function parseConsole(text: string, file: string): Series[] {
  const all = lines(text);
  const out: Series[] = [];
  const unique = new UniqueNames(file);
  let mode: 'none' | 'header' | 'analysis' | 'plain' = 'none';
  let analysis = false;
  let nameParts: string[] = [];
  let nameLine = 0;
  for (let i = 0; i < all.length; i++) {
    const lineNo = i + 1;
    const line = all[i];
    const h = HEADER.exec(line);
    if (h) {
      analysis = h[1] !== 'mean';
      mode = 'header';
      nameParts = [];
      continue;
    }
    if (mode === 'none') continue;
    if (RULE.test(line)) {
      // The rule under the header opens the rows; any other rule closes the table (a new test case).
      mode = mode === 'header' ? (analysis ? 'analysis' : 'plain') : 'none';
      nameParts = [];
      continue;
    }
    if (mode === 'header') continue; // the "mean / low mean / high mean" header lines
    if (line.trim() === '') {
      nameParts = [];
      continue;
    }
    if (triple(line)) {
      throw new ParseError(
        file,
        lineNo,
        'expected a benchmark name with samples, iterations and estimate before a line of durations',
        line.trim(),
      );
    }
    const m = row(line);
    if (!m) {
      if (nameParts.length === 0) nameLine = lineNo;
      nameParts.push(line.trim()); // a piece of a wrapped name
      continue;
    }
    const firstLine = nameParts.length > 0 ? nameLine : lineNo;
    const name = [...nameParts, m[0]].filter((p) => p !== '').join(' ');
    nameParts = [];
    if (name === '') throw new ParseError(file, lineNo, 'expected a benchmark name before its samples');
    let series: Series;
    if (!analysis) {
      const mean = duration(m[3], m[4], file, lineNo);
      if (mean === undefined) throw new ParseError(file, lineNo, `expected a mean for "${name}"`, m[3]);
      series = makeSeries({ name, rawUnit: 'ns', value: mean }, file, lineNo);
    } else {
      // The estimate column is the predicted total run time, not a per-iteration time: checked, not kept.
      duration(m[3], m[4], file, lineNo);
      const meanLine = all[i + 1] ?? '';
      const sdLine = all[i + 2] ?? '';
      const mm = triple(meanLine);
      if (!mm) {
        throw new ParseError(
          file,
          lineNo + 1,
          `expected "mean  low mean  high mean" for "${name}"`,
          meanLine,
        );
      }
      const sm = triple(sdLine);
      if (!sm) {
        throw new ParseError(
          file,
          lineNo + 2,
          `expected "std dev  low std dev  high std dev" for "${name}"`,
          sdLine,
        );
      }
      const mean = duration(mm[0], mm[1], file, lineNo + 1);
      if (mean === undefined) throw new ParseError(file, lineNo + 1, `expected a mean for "${name}"`, mm[0]);
      series = makeSeries(
        {
          name,
          rawUnit: 'ns',
          value: mean,
          spread: {
            low: duration(mm[2], mm[3], file, lineNo + 1),
            high: duration(mm[4], mm[5], file, lineNo + 1),
            stddev: duration(sm[0], sm[1], file, lineNo + 2),
          },
        },
        file,
        lineNo,
      );
      i += 2;
    }
    unique.check(series, firstLine);
    out.push(series);
  }
  if (out.length === 0) {
    throw new ParseError(
      file,
      all.length,
      'expected at least one Catch2 benchmark row under a "benchmark name  samples  iterations" header',
    );
  }
  return out;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (all, e: string) => {
    if (e.startsWith('#')) {
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[e] ?? all;
  });
}

/** Attributes of one tag. Values are quoted, and Catch2 leaves `>` unescaped inside them. */
function attributes(raw: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of raw.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attrs.set(m[1], decodeXml(m[2] ?? m[3] ?? ''));
  }
  return attrs;
}

const ATTRS = String.raw`((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*`;
const OPEN = new RegExp(String.raw`<BenchmarkResults${ATTRS}(/?)>`, 'g');

function parseXml(text: string, file: string): Series[] {
  const out: Series[] = [];
  const unique = new UniqueNames(file);
  for (const open of text.matchAll(OPEN)) {
    const at = open.index;
    const line = lineAt(text, at);
    const attrs = attributes(open[1]);
    const name = attrs.get('name') ?? '';
    if (name.trim() === '') throw new ParseError(file, line, 'expected a "name" on <BenchmarkResults>');
    const close = open[2] === '/' ? -1 : text.indexOf('</BenchmarkResults>', at);
    if (close < 0) {
      throw new ParseError(file, line, `expected <mean> and </BenchmarkResults> for "${name}"`);
    }
    const body = text.slice(at + open[0].length, close);
    const child = (tag: string): Map<string, string> | undefined => {
      const m = new RegExp(String.raw`<${tag}${ATTRS}/?>`).exec(body);
      return m ? attributes(m[1]) : undefined;
    };
    const num = (a: Map<string, string> | undefined, key: string): number | undefined =>
      a?.has(key) ? readNumber(a.get(key)!) : undefined;
    const mean = child('mean');
    const value = num(mean, 'value');
    if (value === undefined) {
      throw new ParseError(
        file,
        line,
        `expected <mean value="…"/> in nanoseconds for "${name}"`,
        mean?.get('value') ?? 'nothing',
      );
    }
    const sd = child('standardDeviation');
    // ci="0" is Catch2's mark of --benchmark-no-analysis: bounds equal the mean and the std dev is 0.
    const analysed = mean?.get('ci') !== '0';
    const series = makeSeries(
      {
        name,
        rawUnit: 'ns',
        value,
        spread: analysed
          ? { low: num(mean, 'lowerBound'), high: num(mean, 'upperBound'), stddev: num(sd, 'value') }
          : undefined,
      },
      file,
      line,
    );
    unique.check(series, line);
    out.push(series);
  }
  if (out.length === 0) {
    throw new ParseError(
      file,
      1,
      'expected at least one <BenchmarkResults> element in the Catch2 XML report',
    );
  }
  return out;
}

function isXml(text: string): boolean {
  return text.trimStart().startsWith('<');
}

export const catch2: Parser = {
  name: 'catch2',
  describe: './tests --benchmark-samples 100 -r xml > catch2.xml (or the console output)',
  detect(text) {
    const head = text.slice(0, 1 << 20);
    if (isXml(head)) return /<BenchmarkResults\s/.test(head);
    return /^benchmark name\s+samples\s+iterations\s+(estimated|est run time|mean)\s*$/m.test(head);
  },
  parse(text, file) {
    throwCatch2Failure(text, file, isXml(text));
    return isXml(text) ? parseXml(text, file) : parseConsole(text, file);
  },
};
