/**
 * `go test -bench` text. A result line is `BenchmarkName[-P] <iterations> (<value> <unit>)+`; lines
 * that do not claim to be results (build logs, `goos:` headers, PASS, the bare name `-v` prints, `b.Log`
 * output) are skipped, and a line that claims to be one but does not parse is an error, as Go's benchfmt
 * does. `-count N` repeats a line N times: the repetitions become the samples of one series, whose
 * headline is their median. Names are kept as printed, `-P` suffix included: `-cpu 1,2` prints
 * `BenchmarkX` and `BenchmarkX-2`, which are different measurements.
 *
 * `go test ./...` prints one block per package, each under a `pkg:` header. The same benchmark name in
 * two packages would otherwise merge into one series, so only those colliding names are qualified with
 * their package (`example.com/a.BenchmarkEncode`); unique names stay as printed.
 */
import type { Parser } from './types.js';
import type { Series } from '../model.js';
import { ParseError } from '../errors.js';
import { unitInfo } from './common.js';
import { scaleBy } from '../units.js';

export interface GoLine {
  name: string;
  iterations: number;
  pairs: { value: number; unit: string }[];
}

const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
/** Go's ReportMetric can print these; such a pair carries no value and is left out. */
const NOT_A_VALUE = /^[-+]?(?:NaN|Inf)$/;
const ITERATIONS = /^\d+$/;

function isSpace(c: number): boolean {
  return c <= 32 && (c === 32 || c === 9 || c === 13 || c === 11 || c === 12);
}

/**
 * Whether text[a, a + s.length) equals s. A loop, not `startsWith(s, a)`: V8's startsWith with a
 * position is several times slower on the sliced strings this compares, and it runs per line.
 */
function regionIs(text: string, a: number, s: string): boolean {
  const n = s.length;
  for (let k = 0; k < n; k++) if (text.charCodeAt(a + k) !== s.charCodeAt(k)) return false;
  return true;
}

/** Whitespace-separated fields, without a regex split: this runs once per line of a 100 MB file. */
function fieldsOf(line: string): string[] {
  const out: string[] = [];
  const n = line.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(line.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isSpace(line.charCodeAt(i))) i++;
    out.push(line.slice(start, i));
  }
  return out;
}

/** "Benchmark" followed by nothing or a character that is not a lower-case letter, as `go test` requires. */
function isBenchmarkName(f: string): boolean {
  if (!f.startsWith('Benchmark')) return false;
  if (f.length === 9) return true;
  const c = f.charCodeAt(9);
  return !(c >= 97 && c <= 122);
}

/**
 * Read one line; undefined when it does not claim to be a result. Exported for the test2json reader,
 * which reassembles lines from `output` events first.
 */
export function parseGoLine(line: string, file: string, lineNumber: number): GoLine | undefined {
  const fields = fieldsOf(line);
  if (fields.length < 2 || !isBenchmarkName(fields[0])) return undefined;
  if (!ITERATIONS.test(fields[1])) return undefined; // e.g. "BenchmarkX --- FAIL": not a result line
  const pairs: { value: number; unit: string }[] = [];
  for (let i = 2; i < fields.length; i += 2) {
    const text = fields[i];
    const unit = fields[i + 1];
    if (!NUMBER.test(text)) {
      if (NOT_A_VALUE.test(text) && unit !== undefined) continue;
      throw new ParseError(
        file,
        lineNumber,
        `expected a number after "${fields[i - 1]}" in a benchmark result`,
        text,
      );
    }
    if (unit === undefined) {
      throw new ParseError(file, lineNumber, `expected a unit after ${text} in a benchmark result`);
    }
    const value = Number(text);
    // 400 digits, or 1e300 s/op in ns, are not numbers a series can hold
    if (!Number.isFinite(scaleBy(value, unitInfo(unit).c.factor))) {
      throw new ParseError(file, lineNumber, `expected a finite ${unit} value in a benchmark result`, text);
    }
    pairs.push({ value, unit });
  }
  if (pairs.length === 0 && fields.length === 2) {
    throw new ParseError(
      file,
      lineNumber,
      'expected "<value> <unit>" pairs after the iteration count',
      line.trim(),
    );
  }
  return { name: fields[0], iterations: Number(fields[1]), pairs };
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

/*
 * The last number read by readPlainDecimal, as an integer mantissa and a count of decimals when it had at
 * most 15 digits (value = mantissa / 10^decimals, exactly as written), else decimals = -1. Module state
 * rather than an object per number: this runs for every value of a 100 MB file.
 */
let lastMantissa = 0;
let lastDecimals = -1;

let plainEnd = 0;

/**
 * A decimal without exponent and with at most 15 digits read from text[a, ...) up to the first other
 * character, whose offset is left in `plainEnd`; NaN when there is none. Leaves the mantissa and
 * decimals for canonicalValue.
 */
function readPlainDecimal(text: string, a: number, end: number): number {
  let i = a;
  let negative = false;
  const first = text.charCodeAt(i);
  if (first === 45 || first === 43) {
    negative = first === 45;
    i++;
  }
  let m = 0;
  let digits = 0;
  let decimals = -1;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      digits++;
      if (decimals >= 0) decimals++;
    } else if (c === 46 && decimals < 0) decimals = 0;
    else break;
  }
  plainEnd = i;
  if (digits === 0 || digits > 15) return NaN;
  lastMantissa = negative ? -m : m;
  lastDecimals = decimals < 0 ? 0 : decimals;
  return lastMantissa / POW10[lastDecimals];
}

/** The number text[a, b) spells (an exponent allowed), or NaN. */
function readDecimal(text: string, a: number, b: number): number {
  const plain = readPlainDecimal(text, a, b);
  if (plain === plain && plainEnd === b) return plain;
  lastDecimals = -1;
  const t = text.slice(a, b);
  return NUMBER.test(t) ? Number(t) : NaN;
}

/** `value` (just read by readDecimal) in the metric's canonical unit, shifted exactly when possible. */
function canonicalValue(m: Metric, value: number): number {
  if (m.factor === 1) return value;
  if (lastDecimals >= 0 && m.pow10 !== undefined) {
    const e = m.pow10 - lastDecimals;
    if (e >= 0 && e <= 22) return lastMantissa * POW10[e];
    if (e < 0 && e >= -22) return lastMantissa / POW10[-e];
  }
  return scaleBy(value, m.factor);
}

let scratch = new Float64Array(64);

/**
 * The median, sorting a copy in a reused buffer: there is one per series of a file that may have
 * hundreds of thousands, and a fresh array (or typed array) for each costs more than the sort.
 */
function median(values: readonly number[]): number {
  const n = values.length;
  if (scratch.length < n) scratch = new Float64Array(n * 2);
  const s = scratch;
  if (n <= 64) {
    for (let i = 0; i < n; i++) {
      const v = values[i];
      let j = i - 1;
      while (j >= 0 && s[j] > v) {
        s[j + 1] = s[j];
        j--;
      }
      s[j + 1] = v;
    }
  } else {
    for (let i = 0; i < n; i++) s[i] = values[i];
    s.subarray(0, n).sort();
  }
  const mid = n >> 1;
  return n % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

interface Package {
  byName: Map<string, Bench>;
  order: Bench[];
}

/**
 * Results of several packages, collected per package; names are qualified only where two packages
 * share one (see the module comment).
 */
export class GoResults {
  private readonly packages = new Map<string, Package>();
  private current: Package | undefined;
  private currentName = '';
  private last: Bench | undefined;

  /** Switch to a package (a `pkg:` header, or the test2json `Package` field). */
  setPackage(pkg: string): void {
    if (pkg === this.currentName && this.current) return;
    this.currentName = pkg;
    this.current = this.packages.get(pkg);
    this.last = undefined;
  }

  private benchNamed(name: string): Bench {
    if (!this.current) {
      this.current = { byName: new Map(), order: [] };
      this.packages.set(this.currentName, this.current);
    }
    let b = this.current.byName.get(name);
    if (!b) {
      b = { name, metrics: [] };
      this.current.byName.set(name, b);
      this.current.order.push(b);
    }
    this.last = b;
    return b;
  }

  /** The benchmark whose name is text[a, b); no string is made when it is the previous line's. */
  benchAt(text: string, a: number, b: number): Bench {
    // -count N repeats a name on consecutive lines; comparing the slice natively beats a loop or a hash
    const name = text.slice(a, b);
    const last = this.last;
    if (last && last.name === name) return last;
    return this.benchNamed(name);
  }

  /** The metric of `b` whose unit is text[a, z), expected at position `k` (Go keeps the order). */
  static metricAt(b: Bench, k: number, text: string, a: number, z: number): Metric {
    const guess = b.metrics[k];
    if (guess && guess.rawUnit.length === z - a && regionIs(text, a, guess.rawUnit)) return guess;
    const unit = text.slice(a, z);
    let m = b.metrics.find((x) => x.rawUnit === unit);
    if (!m) {
      m = newMetric(unit);
      b.metrics.push(m);
    }
    return m;
  }

  /** Add a line already split by parseGoLine (the test2json reader's path). */
  add(r: GoLine): void {
    const b = this.benchNamed(r.name);
    r.pairs.forEach(({ value, unit }, k) => {
      const m = GoResults.metricAt(b, k, unit, 0, unit.length);
      lastDecimals = -1;
      m.values.push(canonicalValue(m, value));
    });
  }

  get size(): number {
    let n = 0;
    for (const p of this.packages.values()) for (const b of p.order) n += b.metrics.length;
    return n;
  }

  series(): Series[] {
    const packagesOf = new Map<string, number>();
    for (const p of this.packages.values())
      for (const b of p.order) packagesOf.set(b.name, (packagesOf.get(b.name) ?? 0) + 1);
    const out: Series[] = [];
    for (const [pkg, p] of this.packages) {
      for (const b of p.order) {
        const name = (packagesOf.get(b.name) ?? 0) > 1 && pkg !== '' ? `${pkg}.${b.name}` : b.name;
        // metrics by the (name, metric) identity: two raw units of one metric ("MB/s" and "GB/s")
        // would be one series with mixed samples, so the first keeps the metric and others their unit
        const metricsSeen = new Set<string>();
        for (const m of b.metrics) {
          if (m.values.length === 0) continue;
          const metric = metricsSeen.has(m.metric) ? m.rawUnit : m.metric;
          metricsSeen.add(metric);
          out.push({
            name,
            metric,
            unit: m.unit,
            direction: m.direction,
            value: median(m.values),
            samples: m.values,
          });
        }
      }
    }
    return out;
  }
}

/**
 * Read the line text[start, end) straight into `results`, without splitting it into strings: this is
 * the hot loop of a 100 MB file. The caller has checked that it starts with "Benchmark" after blanks.
 * Returns false when the line does not claim to be a result. Accepts and
 * rejects exactly what parseGoLine does.
 */
function scanLine(
  text: string,
  start: number,
  end: number,
  file: string,
  lineNumber: number,
  results: GoResults,
): boolean {
  let i = start;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  const nameStart = i; // the caller saw "Benchmark" here
  // the name is long and ends at a tab or a space: let indexOf find it rather than a loop per character
  let tab = text.indexOf('\t', i);
  if (tab < 0 || tab > end) tab = end;
  let space = text.indexOf(' ', i);
  if (space < 0 || space > tab) space = tab;
  i = space;
  while (i > nameStart && isSpace(text.charCodeAt(i - 1))) i--; // a CR before the end of the line
  const nameEnd = i;
  if (nameEnd - nameStart > 9) {
    const c = text.charCodeAt(nameStart + 9);
    if (c >= 97 && c <= 122) return false;
  }
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  const itersStart = i;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    i++;
  }
  if (i === itersStart || (i < end && !isSpace(text.charCodeAt(i)))) return false;
  const itersEnd = i;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  if (i >= end) {
    throw new ParseError(
      file,
      lineNumber,
      'expected "<value> <unit>" pairs after the iteration count',
      text.slice(start, end).trim(),
    );
  }
  const bench = results.benchAt(text, nameStart, nameEnd);
  let k = 0;
  let prevStart = itersStart;
  let prevEnd = itersEnd;
  while (i < end) {
    const vStart = i;
    // read a plain decimal in one pass; anything else (an exponent, NaN) takes the general path
    let value = readPlainDecimal(text, i, end);
    let vEnd = plainEnd;
    if (value !== value || (vEnd < end && !isSpace(text.charCodeAt(vEnd)))) {
      while (i < end && !isSpace(text.charCodeAt(i))) i++;
      vEnd = i;
      value = readDecimal(text, vStart, vEnd);
    }
    i = vEnd;
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    const uStart = i;
    // the unit Go printed at this position on the previous line, if it is that one again
    const guess = bench.metrics[k];
    let uEnd: number;
    let known: Metric | undefined;
    if (
      guess !== undefined &&
      regionIs(text, uStart, guess.rawUnit) &&
      (uStart + guess.rawUnit.length >= end || isSpace(text.charCodeAt(uStart + guess.rawUnit.length)))
    ) {
      uEnd = i = uStart + guess.rawUnit.length;
      known = guess;
    } else {
      while (i < end && !isSpace(text.charCodeAt(i))) i++;
      uEnd = i;
    }
    while (i < end && isSpace(text.charCodeAt(i))) i++;
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
    const m = known ?? GoResults.metricAt(bench, k, text, uStart, uEnd);
    k++;
    const v = canonicalValue(m, value);
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
  return true;
}

/** Whether the text from `start` begins with optional blanks and then "Benchmark". */
function startsWithBenchmark(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return regionIs(text, i, 'Benchmark');
}

export const goBench: Parser = {
  name: 'go',
  describe: 'go test -bench . -benchmem -count 10 (text output)',
  detect(text) {
    // 1 MB, not 64 KB: `go test -v -run . -bench .` prints every test's log before the first result.
    return /^[ \t]*Benchmark(?![a-z])\S*[ \t]+\d+[ \t]+[-+\d.eE]+ \S+\/op\b/m.test(text.slice(0, 1 << 20));
  },
  parse(text, file): Series[] {
    const results = new GoResults();
    let start = 0;
    let lineNumber = 0;
    // A manual scan, not split(), so a 100 MB file does not become a million strings at once.
    while (start <= text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      lineNumber++;
      const c = text.charCodeAt(start);
      if (c === 66 /* B */ || isSpace(c)) {
        if (startsWithBenchmark(text, start, end)) scanLine(text, start, end, file, lineNumber, results);
      } else if (c === 112 /* p */ && text.startsWith('pkg: ', start)) {
        results.setPackage(text.slice(start + 5, end).trim());
      }
      start = end + 1;
    }
    if (results.size === 0) {
      const hint = /^\s*\{.*"Action"/.test(text.slice(0, 4096))
        ? ' (this is go test -json output: use format gojson)'
        : '';
      throw new ParseError(
        file,
        lineNumber,
        `expected at least one "BenchmarkName  N  value ns/op" line${hint}`,
      );
    }
    return results.series();
  },
};
