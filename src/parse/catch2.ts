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
import { UniqueNames, lineAt, makeSeries, numberIn, readNumber } from './common.js';
import { isJsSpace } from './console-table.js';
import { isAt, isSpaceRun } from './line-scan.js';
import { canonical, scaleBy } from '../units.js';
import type { Canonical } from '../units.js';

/** `benchmark name  samples  iterations  estimated|est run time|mean` (v2 / v3 / no-analysis). */
const HEADER = /^benchmark name\s+samples\s+iterations\s+(estimated|est run time|mean)\s*$/;
const RULE = /^-{20,}\s*$|^={20,}\s*$|^\.{20,}\s*$/;

/** The blanks that separate Catch2's columns. */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 11 || c === 12;
}

/**
 * The console table read in place: the lines of a 100 MB log are never split into an array, and a
 * line's columns are offsets into the text, sliced only for what is kept (the name).
 */
class Table {
  /** Start and end offsets of the fields `fields` found, leftmost first, from `base`. */
  readonly fs = new Int32Array(12);
  readonly fe = new Int32Array(12);
  /** The end of the text before the fields (the name column). */
  head = 0;
  /** Time units seen, and what each is. */
  private readonly units: string[] = [];
  private readonly canonicals: Canonical[] = [];

  constructor(
    readonly text: string,
    readonly file: string,
  ) {}

  /**
   * The last `k` blank-separated fields of the line [s, e), scanning from the right, as fields
   * `base` to `base + k - 1`: false when it has fewer. Linear in the line, unlike a regex with a lazy name group, which a line of a million
   * blanks would keep busy for minutes.
   */
  fields(s: number, e: number, k: number, base = 0): boolean {
    const t = this.text;
    let i = e;
    for (let f = base + k - 1; f >= base; f--) {
      while (i > s && isSpace(t.charCodeAt(i - 1))) i--;
      if (i === s) return false;
      this.fe[f] = i;
      while (i > s && !isSpace(t.charCodeAt(i - 1))) i--;
      this.fs[f] = i;
    }
    this.head = i;
    return true;
  }

  /** Whether field f is `/^(?:[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|-?nan|-?inf)$/`. */
  isNum(f: number): boolean {
    const t = this.text;
    const e = this.fe[f];
    let i = this.fs[f];
    let c = t.charCodeAt(i);
    if (c === 45 /* - */ && e - i === 4) i++;
    if (e - i === 3 && (t.startsWith('nan', i) || t.startsWith('inf', i))) return true;
    i = this.fs[f];
    if (c === 43 || c === 45) i++;
    const intEnd = digitsTo(t, i, e);
    let end = intEnd;
    if (end < e && t.charCodeAt(end) === 46 /* . */) {
      end = digitsTo(t, end + 1, e);
      if (intEnd === i && end === intEnd + 1) return false; // "." or "-." without a digit
    } else if (intEnd === i) return false;
    if (end < e) {
      c = t.charCodeAt(end);
      if (c !== 101 && c !== 69) return false; // e E, an optional sign, at least one digit
      let x = end + 1;
      const sign = t.charCodeAt(x);
      if (x < e && (sign === 43 || sign === 45)) x++;
      end = digitsTo(t, x, e);
      if (end === x) return false;
    }
    return end === e;
  }

  /** Whether field f is `/^\d+$/`. */
  isDigits(f: number): boolean {
    const s = this.fs[f];
    const e = this.fe[f];
    return digitsTo(this.text, s, e) === e;
  }

  /** Whether [s, e) is all blanks as `trim` sees them. */
  isBlank(s: number, e: number): boolean {
    const t = this.text;
    // the usual blank line or name column is spaces: one comparison, not a look at each
    if (isSpaceRun(t, s, e)) return true;
    for (let i = s; i < e; i++) if (!isJsSpace(t.charCodeAt(i))) return false;
    return true;
  }

  /**
   * A line of three durations, "mean  low mean  high mean" or "std dev  low std dev  high std dev",
   * as fields `base` to `base + 5`. It starts with blanks (the name column).
   */
  triple(s: number, e: number, base: number): boolean {
    return (
      s < e &&
      isSpace(this.text.charCodeAt(s)) &&
      this.fields(s, e, 6, base) &&
      this.isBlank(s, this.head) &&
      this.isNum(base) &&
      this.isNum(base + 2) &&
      this.isNum(base + 4)
    );
  }

  /** The first line of a benchmark: its name (or last piece), samples, iterations, one duration. */
  row(s: number, e: number): boolean {
    return this.fields(s, e, 4) && this.isDigits(0) && this.isDigits(1) && this.isNum(2);
  }

  /** Field `value` with unit field `value + 1` as Catch2 prints it ("7.50614 us") in ns; undefined for nan/inf. */
  duration(value: number, line: number): number | undefined {
    const t = this.text;
    const us = this.fs[value + 1];
    const ue = this.fe[value + 1];
    const units = this.units;
    let c: Canonical | undefined;
    for (let k = 0; k < units.length; k++) {
      const u = units[k];
      if (u.length === ue - us && isAt(t, u, us)) {
        c = this.canonicals[k];
        break;
      }
    }
    if (c === undefined) {
      const unit = t.slice(us, ue);
      c = canonical(unit);
      if (c.kind !== 'time') {
        throw new ParseError(
          this.file,
          line,
          'expected a duration unit (ns, us, ms, s) in a Catch2 benchmark',
          unit,
        );
      }
      // the few time units Catch2 prints, each read once
      if (units.length < 8) {
        units.push(unit);
        this.canonicals.push(c);
      }
    }
    const n = numberIn(t, this.fs[value], this.fe[value]);
    if (n === undefined) return undefined;
    const ns = scaleBy(n, c.factor);
    return Number.isFinite(ns) ? ns : undefined;
  }

  field(f: number): string {
    return this.text.slice(this.fs[f], this.fe[f]);
  }
}

/** The end of the run of ASCII digits from i, before e. */
function digitsTo(t: string, i: number, e: number): number {
  while (i < e) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) break;
    i++;
  }
  return i;
}

/** The end of the line starting at s (the text's length for the last), before a CR that ends it. */
function lineEnd(text: string, s: number, nl: number): number {
  const end = nl < 0 ? text.length : nl;
  return end > s && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}

/**
 * The line after the one whose LF is at nl ("" past the end), which must be a line of three
 * durations `what` of benchmark `name` (read into fields `base` to `base + 5`): its LF.
 */
function tripleAfter(t: Table, nl: number, base: number, line: number, what: string, name: string): number {
  const text = t.text;
  const s = nl < 0 ? text.length : nl + 1;
  const next = nl < 0 ? -1 : text.indexOf('\n', s);
  const e = nl < 0 ? s : lineEnd(text, s, next);
  if (!t.triple(s, e, base))
    throw new ParseError(t.file, line, `expected "${what}" for "${name}"`, text.slice(s, e));
  return next;
}

/** `lines(text).length`: the line count of an error about the whole file. */
function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * The lines are those of `text.split(/\r?\n/)`: [s, e) from one LF to the next, without the CR
 * before an LF.
 */
function parseConsole(text: string, file: string): Series[] {
  const t = new Table(text, file);
  const out: Series[] = [];
  const unique = new UniqueNames(file);
  let mode: 'none' | 'header' | 'analysis' | 'plain' = 'none';
  let analysis = false;
  let nameParts: string[] = [];
  let nameLine = 0;
  let lineNo = 0;
  for (let s = 0, nl = text.indexOf('\n'); ;) {
    lineNo++;
    const e = lineEnd(text, s, nl);
    const c = text.charCodeAt(s);
    // "b…… " before the slower look at the whole prefix: names often start with a b
    const h =
      c === 98 /* b */ && text.charCodeAt(s + 9) === 32 && text.startsWith('benchmark name', s)
        ? HEADER.exec(text.slice(s, e))
        : null;
    if (h) {
      analysis = h[1] !== 'mean';
      mode = 'header';
      nameParts = [];
    } else if (mode === 'none') {
      // outside a table
    } else if ((c === 45 || c === 61 || c === 46) /* - = . */ && RULE.test(text.slice(s, e))) {
      // The rule under the header opens the rows; any other rule closes the table (a new test case).
      mode = mode === 'header' ? (analysis ? 'analysis' : 'plain') : 'none';
      nameParts = [];
    } else if (mode === 'header') {
      // the "mean / low mean / high mean" header lines
    } else if (t.isBlank(s, e)) {
      nameParts = [];
    } else if (t.triple(s, e, 0)) {
      throw new ParseError(
        file,
        lineNo,
        'expected a benchmark name with samples, iterations and estimate before a line of durations',
        text.slice(s, e).trim(),
      );
    } else if (!t.row(s, e)) {
      if (nameParts.length === 0) nameLine = lineNo;
      nameParts.push(text.slice(s, e).trim()); // a piece of a wrapped name
    } else {
      const firstLine = nameParts.length > 0 ? nameLine : lineNo;
      const last = text.slice(s, t.head).trim();
      // the pieces are never empty (a blank line clears them)
      const name =
        nameParts.length === 0 ? last : last === '' ? nameParts.join(' ') : `${nameParts.join(' ')} ${last}`;
      nameParts = [];
      if (name === '') throw new ParseError(file, lineNo, 'expected a benchmark name before its samples');
      let series: Series;
      if (!analysis) {
        const mean = t.duration(2, lineNo);
        if (mean === undefined)
          throw new ParseError(file, lineNo, `expected a mean for "${name}"`, t.field(2));
        series = makeSeries({ name, rawUnit: 'ns', value: mean }, file, lineNo);
      } else {
        // The estimate column is the predicted total run time, not a per-iteration time: checked, not kept.
        t.duration(2, lineNo);
        // the next two lines, "" past the end
        const nl1 = tripleAfter(t, nl, 0, lineNo + 1, 'mean  low mean  high mean', name);
        const nl2 = tripleAfter(t, nl1, 6, lineNo + 2, 'std dev  low std dev  high std dev', name);
        const mean = t.duration(0, lineNo + 1);
        if (mean === undefined) {
          throw new ParseError(file, lineNo + 1, `expected a mean for "${name}"`, t.field(0));
        }
        const low = t.duration(2, lineNo + 1);
        const high = t.duration(4, lineNo + 1);
        const stddev = t.duration(6, lineNo + 2);
        series = makeSeries(
          { name, rawUnit: 'ns', value: mean, spread: { low, high, stddev } },
          file,
          lineNo,
        );
        lineNo += 2;
        nl = nl2;
      }
      unique.check(series, firstLine);
      out.push(series);
    }
    if (nl < 0) break;
    s = nl + 1;
    nl = text.indexOf('\n', s);
  }
  if (out.length === 0) {
    throw new ParseError(
      file,
      lineCount(text),
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
