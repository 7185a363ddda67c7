/**
 * `go test -bench` text, read as Go's benchmark data format (golang.org/design/14313-benchmark-format)
 * and golang.org/x/perf's benchfmt reader read it. One reader, `GoReader.line`, classifies and reads
 * every line; the test2json reader (gojson.ts) hands it the lines it reassembles from events.
 *
 * - A result line is `Benchmark<rest> <iterations> (<value> <unit>)+`, fields separated by any Unicode
 *   space. `<rest>` may start with a lower-case letter (`Benchmark_x`, `Benchmarkfoo`). A line whose first
 *   field starts with "Benchmark" but whose second field is not an iteration count does not claim to be
 *   a result (the bare names `-v` prints, prose such as "Benchmarks are fun"): it is skipped, with a
 *   warning when it has more fields. A line that claims to be one but does not parse is an error.
 * - `-count N` repeats a line N times: the repetitions become the samples of one series, whose headline
 *   is their median. Names are kept as printed, `-P` suffix included: `-cpu 1,2` prints `BenchmarkX` and
 *   `BenchmarkX-2`, which are different measurements.
 * - A configuration line `key: value` (the key starts with a lower-case letter and has no space or
 *   upper-case letter; the line starts in column 0) applies to every result after it. Keys that have a
 *   single value for all results are the run's metadata (`ParseSink.meta`: `cpu`, `goos`, `goarch`, `pkg`).
 * - A key whose value changes between results labels the series it covers, as benchstat keeps such
 *   results apart: when one benchmark name occurs under two values, each of its series is labelled with
 *   the keys that differ — `pkg` as a prefix (`example.com/a.BenchmarkEncode-2`, the form `go test ./...`
 *   users know), any other key as a ` key=value` suffix (`BenchmarkX-2 compiler=gccgo`). Go names never
 *   contain spaces (it rewrites them to `_`), so the suffix cannot be confused with a name. Names that
 *   occur under one value only stay as printed.
 * - A failed benchmark is never silent: `--- FAIL: BenchmarkX` (any test's `--- FAIL:`) and the package
 *   `FAIL` line are errors naming what failed, so a failing run is never recorded.
 */
import type { ParseSink, Parser } from './types.js';
import type { Series } from '../model.js';
import { ParseError } from '../errors.js';
import { medianOf, unitInfo } from './common.js';
import { scaleBy } from '../units.js';

const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
/** Go's ReportMetric can print these; such a pair carries no value and is left out. */
const NOT_A_VALUE = /^[-+]?(?:NaN|Inf)$/;
const LOWER = /^\p{Ll}$/u;
const UPPER = /^\p{Lu}$/u;

/** Go's unicode.IsSpace: ASCII blanks, U+0085, U+00A0 and the Unicode space separators. */
export function isGoSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0x85) return false;
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Whether the code units u[a, a + s.length) are s. */
function regionIs(u: Uint16Array, a: number, s: string): boolean {
  const n = s.length;
  for (let k = 0; k < n; k++) if (u[a + k] !== s.charCodeAt(k)) return false;
  return true;
}

/** One metric of one benchmark: its values in canonical units, in the order the lines came. */
interface Metric {
  rawUnit: string;
  metric: string;
  unit: string;
  direction: Series['direction'];
  factor: number;
  /** k when the factor is 10^k (so a decimal can be shifted exactly), else undefined. */
  pow10: number | undefined;
  values: number[];
}

interface Bench {
  name: string;
  /** In the order the units first appeared, which is the order Go prints them on every line. */
  metrics: Metric[];
}

/** The results read under one configuration (one set of `key: value` lines in effect). */
interface Context {
  config: ReadonlyMap<string, string>;
  byName: Map<string, Bench>;
  order: Bench[];
}

/** A stream of lines with its own configuration: the text file, or one package of a test2json stream. */
interface Stream {
  config: Map<string, string>;
  /** The context of the current configuration, found again after a configuration line. */
  context: Context | undefined;
}

const POW10: number[] = [];
for (let k = 0; k <= 22; k++) POW10.push(Number(`1e${k}`));

function newMetric(rawUnit: string): Metric {
  const { c, metric } = unitInfo(rawUnit);
  const k = Math.log10(c.factor);
  return {
    rawUnit,
    metric,
    unit: c.unit,
    direction: c.direction,
    factor: c.factor,
    pow10: Number.isInteger(k) && Math.abs(k) <= 22 ? k : undefined,
    values: [],
  };
}

/**
 * The one reader of the format. Feed it lines with `line`, switch streams with `stream` (test2json
 * packages), then take `series()`. Every pass over a line is bounded by the line: linear in the input.
 */
/** Code units a view of a file holds at least (GoReader's view). */
const VIEW = 1 << 20;

export class GoReader {
  private readonly streams = new Map<string, Stream>();
  private readonly contexts = new Map<string, Context>();
  private current: Stream;
  private last: Bench | undefined;
  private lastContext: Context | undefined;
  private results = 0;
  /* the number just read by readPlainDecimal: exact mantissa and decimals (or -1), and where it ended */
  private mantissa = 0;
  private decimals = -1;
  private numberEnd = 0;
  /*
   * The text being read as UTF-16 code units, u[i - base] for text[i] over [base, viewEnd), a 0 after
   * them: indexing a typed array is about twice as fast as charCodeAt, which runs for every character
   * of a file. A view always ends after a line's newline, or at the end of the text, so reading one
   * character past a line (as the scans do) sees what charCodeAt would, and a 0 where it sees NaN.
   */
  private bytes: Buffer = Buffer.alloc(0);
  private u: Uint16Array<ArrayBufferLike> = new Uint16Array(0);
  private base = 0;
  private viewText: string | undefined;
  private viewEnd = -1;

  constructor(
    private readonly file: string,
    private readonly sink?: ParseSink,
  ) {
    this.current = this.streamNamed('');
  }

  private streamNamed(name: string): Stream {
    let s = this.streams.get(name);
    if (!s) {
      s = { config: new Map(), context: undefined };
      if (name !== '') s.config.set('pkg', name);
      this.streams.set(name, s);
    }
    return s;
  }

  /** Switch to the lines of another stream (a test2json `Package`); its `pkg` is preset to the name. */
  stream(name: string): void {
    this.current = this.streamNamed(name);
  }

  /** How many result lines were read. */
  get size(): number {
    return this.results;
  }

  /**
   * Make the view text[a, b), b after the first newline from `from` and at least VIEW code units on
   * (one view for many lines of a file, one per line of test2json's Output strings), or the text's end.
   */
  private view(text: string, a: number, from: number): void {
    const nl = text.indexOf('\n', Math.max(from, a + VIEW));
    const b = nl < 0 ? text.length : nl + 1;
    const n = b - a;
    if (this.u.length < n + 1) {
      this.bytes = Buffer.alloc(2 * (n + 1));
      this.u = new Uint16Array(this.bytes.buffer, this.bytes.byteOffset, n + 1);
    }
    this.bytes.write(text.slice(a, b), 0, 'utf16le');
    this.u[n] = 0;
    this.viewText = text;
    this.base = a;
    this.viewEnd = b;
  }

  /** Read the line text[start, end) (without its newline) as line `lineNumber` of the file. */
  line(text: string, start: number, end: number, lineNumber: number): void {
    // the view must hold the line and the character after it (its newline, or the 0 at the text's end)
    const inView =
      text === this.viewText &&
      start >= this.base &&
      (end < this.viewEnd || (end === text.length && this.viewEnd === text.length));
    if (!inView) this.view(text, start, end);
    const u = this.u;
    const o = this.base;
    let i = start;
    while (i < end && isGoSpace(u[i - o])) i++;
    const c = u[i - o];
    if (c === 66 /* B */) {
      if (regionIs(u, i - o, 'Benchmark')) this.result(text, i, end, lineNumber);
    } else if (c === 45 /* - */) {
      if (regionIs(u, i - o, '--- FAIL:')) this.failed(text, i + 9, end, lineNumber);
    } else if (c === 70 /* F */) {
      if (regionIs(u, i - o, 'FAIL') && (i + 4 >= end || isGoSpace(u[i + 4 - o])))
        this.packageFailed(text, i + 4, end, lineNumber);
    } else if (i === start && i < end) this.configLine(text, start, end);
  }

  private failed(text: string, a: number, end: number, lineNumber: number): never {
    const what = text.slice(a, end).trim().split(/\s/u, 1)[0];
    const kind = what.startsWith('Benchmark') ? 'benchmark' : 'test';
    throw new ParseError(
      this.file,
      lineNumber,
      `expected every ${kind} to pass, ${what || 'one'} failed (a failing run is not recorded)`,
    );
  }

  private packageFailed(text: string, a: number, end: number, lineNumber: number): never {
    const pkg = text.slice(a, end).trim().split(/\s/u, 1)[0];
    throw new ParseError(
      this.file,
      lineNumber,
      pkg
        ? `expected the package to pass, ${pkg} failed (a failing run is not recorded)`
        : 'expected a passing run, go test printed FAIL (a failing run is not recorded)',
    );
  }

  /** `key: value` with a lower-case first letter, no space or upper-case letter in the key. */
  private configLine(text: string, start: number, end: number): void {
    const first = text.charCodeAt(start);
    if (!(first >= 97 && first <= 122) && !(first > 127 && LOWER.test(String.fromCodePoint(first)))) return;
    let i = start + 1;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 58 /* : */) break;
      if ((c >= 65 && c <= 90) || isGoSpace(c)) return;
      if (c > 127 && UPPER.test(text[i])) return;
    }
    if (i >= end) return;
    const after = i + 1;
    if (after < end && text.charCodeAt(after) !== 32 && text.charCodeAt(after) !== 9) return;
    const key = text.slice(start, i);
    const value = text.slice(after, end).trim();
    const s = this.current;
    if (s.config.get(key) === value) return;
    s.config.set(key, value);
    s.context = undefined;
  }

  private contextOf(s: Stream): Context {
    const entries = [...s.config].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const id = JSON.stringify(entries);
    let ctx = this.contexts.get(id);
    if (!ctx) {
      ctx = { config: new Map(entries), byName: new Map(), order: [] };
      this.contexts.set(id, ctx);
    }
    s.context = ctx;
    return ctx;
  }

  /** The benchmark whose name is text[a, b) in the current context. */
  private benchAt(text: string, a: number, b: number): Bench {
    const ctx = this.current.context ?? this.contextOf(this.current);
    // -count N repeats a name on consecutive lines; comparing the slice natively beats a loop or a hash
    const name = text.slice(a, b);
    const last = this.last;
    if (last && this.lastContext === ctx && last.name === name) return last;
    let bench = ctx.byName.get(name);
    if (!bench) {
      bench = { name, metrics: [] };
      ctx.byName.set(name, bench);
      ctx.order.push(bench);
    }
    this.last = bench;
    this.lastContext = ctx;
    return bench;
  }

  /**
   * A decimal without exponent and with at most 15 digits read from text[a, ...) up to the first other
   * character (its offset left in `numberEnd`); NaN when there is none. Keeps the exact mantissa and
   * decimals for `canonical`.
   */
  private readPlainDecimal(text: string, a: number, end: number): number {
    const u = this.u;
    const o = this.base;
    let i = a;
    let negative = false;
    const first = u[i - o];
    if (first === 45 || first === 43) {
      negative = first === 45;
      i++;
    }
    let m = 0;
    let digits = 0;
    let decimals = -1;
    for (; i < end; i++) {
      const c = u[i - o];
      if (c >= 48 && c <= 57) {
        m = m * 10 + (c - 48);
        digits++;
        if (decimals >= 0) decimals++;
      } else if (c === 46 && decimals < 0) decimals = 0;
      else break;
    }
    this.numberEnd = i;
    if (digits === 0 || digits > 15) {
      this.decimals = -1;
      return NaN;
    }
    this.mantissa = negative ? -m : m;
    this.decimals = decimals < 0 ? 0 : decimals;
    return this.mantissa / POW10[this.decimals];
  }

  /** `value` (just read) in the metric's canonical unit, shifted exactly when possible. */
  private canonical(m: Metric, value: number): number {
    if (m.factor === 1) return value;
    if (this.decimals >= 0 && m.pow10 !== undefined) {
      const e = m.pow10 - this.decimals;
      if (e >= 0 && e <= 22) return this.mantissa * POW10[e];
      if (e < 0 && e >= -22) return this.mantissa / POW10[-e];
    }
    return scaleBy(value, m.factor);
  }

  /** A line whose first field, at text[nameStart...), starts with "Benchmark". */
  private result(text: string, nameStart: number, end: number, lineNumber: number): void {
    const file = this.file;
    const u = this.u;
    const o = this.base;
    // -count N prints a name on N lines in a row: the last benchmark's name again, then a space, is the
    // name the scan would find (a name holds no space), without scanning, slicing or comparing a slice
    const last = this.last;
    const again =
      last !== undefined &&
      this.lastContext === this.current.context &&
      nameStart + last.name.length < end &&
      isGoSpace(u[nameStart + last.name.length - o]) &&
      regionIs(u, nameStart - o, last.name);
    let i = again ? nameStart + last.name.length : nameStart + 9;
    while (i < end && !isGoSpace(u[i - o])) i++;
    const nameEnd = i;
    while (i < end && isGoSpace(u[i - o])) i++;
    if (i >= end) return; // a bare name: `-v` prints one before each result
    const itersStart = i;
    while (i < end) {
      const c = u[i - o];
      if (c < 48 || c > 57) break;
      i++;
    }
    if (i === itersStart || (i < end && !isGoSpace(u[i - o]))) {
      this.sink?.warn(
        lineNumber,
        `skipped a line starting with "${text.slice(nameStart, Math.min(nameEnd, nameStart + 60))}": ` +
          'no iteration count after the name, so it is not a benchmark result',
      );
      return;
    }
    const itersEnd = i;
    while (i < end && isGoSpace(u[i - o])) i++;
    if (i >= end) {
      throw new ParseError(
        file,
        lineNumber,
        'expected "<value> <unit>" pairs after the iteration count',
        text.slice(nameStart, end).trim(),
      );
    }
    const bench = again ? last : this.benchAt(text, nameStart, nameEnd);
    let k = 0;
    let prevStart = itersStart;
    let prevEnd = itersEnd;
    while (i < end) {
      const vStart = i;
      // a plain decimal in one pass; anything else (an exponent, NaN) takes the general path
      let value = this.readPlainDecimal(text, i, end);
      let vEnd = this.numberEnd;
      if (value !== value || (vEnd < end && !isGoSpace(u[vEnd - o]))) {
        while (i < end && !isGoSpace(u[i - o])) i++;
        vEnd = i;
        const t = text.slice(vStart, vEnd);
        this.decimals = -1;
        value = NUMBER.test(t) ? Number(t) : NaN;
      }
      i = vEnd;
      while (i < end && isGoSpace(u[i - o])) i++;
      const uStart = i;
      // the unit Go printed at this position on the previous line, if it is that one again
      const guess = bench.metrics[k];
      let known: Metric | undefined;
      if (
        guess !== undefined &&
        regionIs(u, uStart - o, guess.rawUnit) &&
        (uStart + guess.rawUnit.length >= end || isGoSpace(u[uStart + guess.rawUnit.length - o]))
      ) {
        i = uStart + guess.rawUnit.length;
        known = guess;
      } else {
        while (i < end && !isGoSpace(u[i - o])) i++;
      }
      const uEnd = i;
      while (i < end && isGoSpace(u[i - o])) i++;
      if (value !== value) {
        // NaN: not a number, unless Go's NaN/Inf spelling of a ReportMetric value (which is left out)
        if (uStart < uEnd && NOT_A_VALUE.test(text.slice(vStart, vEnd))) {
          prevStart = uStart;
          prevEnd = uEnd;
          continue;
        }
        throw new ParseError(
          file,
          lineNumber,
          `expected a number after "${text.slice(prevStart, prevEnd)}" in a benchmark result`,
          text.slice(vStart, vEnd),
        );
      }
      if (uStart === uEnd) {
        throw new ParseError(
          file,
          lineNumber,
          `expected a unit after ${text.slice(vStart, vEnd)} in a benchmark result`,
        );
      }
      const m = known ?? GoReader.metricAt(bench, text.slice(uStart, uEnd));
      k++;
      const v = this.canonical(m, value);
      if (!Number.isFinite(v)) {
        throw new ParseError(
          file,
          lineNumber,
          `expected a finite ${m.rawUnit} value in a benchmark result`,
          text.slice(vStart, vEnd),
        );
      }
      m.values.push(v);
      prevStart = uStart;
      prevEnd = uEnd;
    }
    this.results++;
  }

  private static metricAt(b: Bench, unit: string): Metric {
    let m = b.metrics.find((x) => x.rawUnit === unit);
    if (!m) {
      m = newMetric(unit);
      b.metrics.push(m);
    }
    return m;
  }

  /** The series read so far, labelled where a configuration key tells them apart (module comment). */
  series(): Series[] {
    const contexts = [...this.contexts.values()].filter((c) => c.order.length > 0);
    // keys and whether their value (absent = "") differs between the contexts that hold results
    const keys: string[] = [];
    for (const c of contexts) for (const k of c.config.keys()) if (!keys.includes(k)) keys.push(k);
    const varying = keys.filter((k) => new Set(contexts.map((c) => c.config.get(k) ?? '')).size > 1);
    for (const k of keys)
      if (!varying.includes(k)) {
        const v = contexts[0].config.get(k);
        if (v !== undefined) this.sink?.meta(k, v);
      }
    const contextsOf = new Map<string, Context[]>();
    for (const c of contexts)
      for (const b of c.order) {
        const list = contextsOf.get(b.name);
        if (list) list.push(c);
        else contextsOf.set(b.name, [c]);
      }
    const out: Series[] = [];
    for (const c of contexts) {
      for (const b of c.order) {
        const others = contextsOf.get(b.name)!;
        const name = others.length > 1 ? labelled(b.name, c, others, varying) : b.name;
        // metrics by the (name, metric) identity: two raw units of one metric ("MB/s" and "GB/s")
        // would be one series with mixed samples, so the first keeps the metric and others their unit
        // (a list, not a Set: a benchmark has a handful of metrics, and there may be a million benchmarks)
        const metricsSeen: string[] = [];
        for (const m of b.metrics) {
          if (m.values.length === 0) continue;
          const metric = metricsSeen.includes(m.metric) ? m.rawUnit : m.metric;
          metricsSeen.push(metric);
          out.push({
            name,
            metric,
            unit: m.unit,
            direction: m.direction,
            value: medianOf(m.values),
            samples: m.values,
          });
        }
      }
    }
    return out;
  }
}

/** `name` qualified by the keys whose values differ between the contexts that share it. */
function labelled(name: string, c: Context, all: Context[], varying: string[]): string {
  let prefix = '';
  let suffix = '';
  for (const k of varying) {
    const v = c.config.get(k) ?? '';
    if (all.every((o) => (o.config.get(k) ?? '') === v)) continue;
    if (k === 'pkg') prefix = v === '' ? '' : `${v}.`;
    else suffix += ` ${k}=${v}`;
  }
  return prefix + name + suffix;
}

/** Read `text` line by line into `reader` (a manual scan: a 100 MB file never becomes a million strings). */
export function readGoText(reader: GoReader, text: string, firstLine = 1): number {
  let start = 0;
  let lineNumber = firstLine - 1;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNumber++;
    let e = end;
    if (e > start && text.charCodeAt(e - 1) === 13) e--;
    reader.line(text, start, e, lineNumber);
    start = end + 1;
  }
  return lineNumber;
}

export const goBench: Parser = {
  name: 'go',
  describe: 'go test -bench . -benchmem -count 10 (text output)',
  detect(text) {
    // 1 MB, not 64 KB: `go test -v -run . -bench .` prints every test's log before the first result.
    // Bounded quantifiers: a long line of spaces or digits must not make the search quadratic.
    return /^[ \t]{0,16}Benchmark\S{0,1000}[ \t]{1,100}\d{1,20}[ \t]{1,100}[-+\d.eE]{1,40} \S{0,100}\/op\b/m.test(
      text.slice(0, 1 << 20),
    );
  },
  parse(text, file, sink): Series[] {
    const reader = new GoReader(file, sink);
    const lines = readGoText(reader, text);
    if (reader.size === 0) {
      const hint = /^\s*\{.*"Action"/.test(text.slice(0, 4096))
        ? ' (this is go test -json output: use format gojson)'
        : '';
      throw new ParseError(file, lines, `expected at least one "BenchmarkName  N  value ns/op" line${hint}`);
    }
    return reader.series();
  },
};
