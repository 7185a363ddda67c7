/**
 * Rust's built-in bench harness (`cargo bench` with `#[bench]`), and Criterion.rs's imitation of it
 * (`cargo bench -- --output-format bencher`). Both print
 *
 *     test <name> ... bench:   <value> ns/iter (+/- <deviation>)[ = <n> MB/s]
 *
 * but the two numbers mean different things, so they are two formats:
 *
 * - `libtest`: the value is the median of libtest's per-iteration samples and the deviation is their
 *   max − min (after libtest winsorizes them at 5%), not a standard deviation. Where that range lies is
 *   not printed, only that it contains the median, so the spread is recorded as the interval libtest
 *   prints, `low = median − deviation` (at least 0) and `high = median + deviation`, which is sure to
 *   contain every winsorized sample. Samples are not printed. `= N MB/s` (Bencher::bytes) is a
 *   throughput series; libtest computes it as bytes·1000/ns, i.e. decimal MB/s. Numbers may carry
 *   thousands separators and, on newer toolchains, fractions (`2,186,615.70`). Every test binary opens
 *   with `running N tests`, which tells it apart from Criterion's output. The unstable JSON events
 *   (`-Z unstable-options --format json`) are read too: `{ "type": "bench", "name", "median",
 *   "deviation", "mib_per_second"? }`, where `mib_per_second` is the same decimal MB/s number.
 * - Harnesses that imitate the line print other units: `us/iter`, `ms/iter`, `ps/iter`, `s/iter`
 *   (times, converted to ns), a count per iteration (`cycles/iter`, its own metric "cycles") or a rate
 *   (`MS/s`, a "throughput", bigger is better). The line format is the same.
 * - `criterionbencher`: the value is Criterion's median estimate and the deviation its standard
 *   deviation estimate (both rounded to integers), so it is recorded as `stddev`.
 */
import type { Parser } from './types.js';
import type { Series } from '../model.js';
import { ParseError } from '../errors.js';
import { KeyTable, holdsLineTerminator, makeSeries, numberIn, readNumber, unitInfo } from './common.js';
import type { RawSeries } from './common.js';
import { makeSeriesAt } from './lazyline.js';
import { isJsSpace } from './console-table.js';
import { isAt, skipBlanks } from './line-scan.js';

const CLAIM = /^test (.+?) \.\.\. bench:/;
const RESULT =
  /^test (.+?) \.\.\. bench:\s+([\d,._]+) (\S+?)(\/iter|\/s) \(\+\/- ([\d,._]+)\)(?: = ([\d,._]+) MB\/s)?\s*$/;

type Kind = 'libtest' | 'criterionbencher';

const CLAIMED = ' ... bench:';

/** `[\d,._]` */
function isNumberChar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 44 || c === 46 || c === 95;
}

/**
 * RESULT's groups by a scan, for a line RESULT matches at the first ` ... bench:` after a name (the
 * one its lazy name tries first; its other parts have one way each to match); undefined for any other
 * line, which RESULT itself then reads. A file of a million results spends less than half the time.
 */
function resultOf(
  line: string,
): [string, string, string, string, string, string, string | undefined] | undefined {
  const p = line.startsWith('test ') ? line.indexOf(CLAIMED, 6) : -1;
  if (p < 0) return undefined;
  const name = line.slice(5, p);
  if (holdsLineTerminator(name)) return undefined;
  const len = line.length;
  const run = (from: number, ok: (c: number) => boolean): number => {
    let i = from;
    while (i < len && ok(line.charCodeAt(i))) i++;
    return i;
  };
  const v0 = run(p + CLAIMED.length, isJsSpace);
  const v1 = run(v0, isNumberChar);
  if (v0 === p + CLAIMED.length || v1 === v0 || line.charCodeAt(v1) !== 32) return undefined;
  const t1 = run(v1 + 1, (c) => !isJsSpace(c));
  const suffix = line.endsWith('/iter', t1) ? '/iter' : line.endsWith('/s', t1) ? '/s' : undefined;
  if (suffix === undefined || t1 - suffix.length <= v1 + 1 || !line.startsWith(' (+/- ', t1))
    return undefined;
  const d0 = t1 + 6;
  const d1 = run(d0, isNumberChar);
  if (d1 === d0 || line.charCodeAt(d1) !== 41 /* ) */) return undefined;
  let end = d1 + 1;
  let mbs: string | undefined;
  if (line.startsWith(' = ', end)) {
    const m1 = run(end + 3, isNumberChar);
    if (m1 > end + 3 && line.startsWith(' MB/s', m1)) {
      mbs = line.slice(end + 3, m1);
      end = m1 + 5;
    }
  }
  if (run(end, isJsSpace) !== len) return undefined;
  return [
    line,
    name,
    line.slice(v0, v1),
    line.slice(v1 + 1, t1 - suffix.length),
    suffix,
    line.slice(d0, d1),
    mbs,
  ];
}

/** "ns/iter" and the other times per iteration are "time", a rate "throughput"; else the unit's name. */
function metricOfUnit(unit: string): string {
  const metric = unitInfo(unit).metric;
  return metric === 'time' || metric === 'throughput' ? metric : unit.replace(/\/iter$/, '');
}

function seriesOf(
  kind: Kind,
  name: string,
  unit: string,
  value: number,
  dev: number,
  mbs?: number,
): RawSeries[] {
  const out: RawSeries[] = [
    {
      name,
      // "ns/iter" and the other times per iteration are "time"; a count per iteration ("cycles/iter")
      // or a rate ("MS/s") is a metric of its own, named by its unit.
      metric: metricOfUnit(unit),
      rawUnit: unit,
      value,
      spread: kind === 'libtest' ? { low: Math.max(0, value - dev), high: value + dev } : { stddev: dev },
    },
  ];
  if (mbs !== undefined) out.push({ name, metric: 'throughput', rawUnit: 'MB/s', value: mbs });
  return out;
}

class Collected {
  readonly series: Series[] = [];
  /** The names seen, and the line of each (KeyTable: a Map of a million names costs more). */
  private readonly seen = new KeyTable();
  private readonly lines: number[] = [];
  constructor(readonly file: string) {}

  /** Refuse a name seen before; remember where this one was. */
  first(name: string, line: number): void {
    const id = this.seen.idOf(name, '');
    if (id >= 0) {
      throw new ParseError(
        this.file,
        line,
        `expected each benchmark once, "${name}" already appeared on line ${this.lines[id]}`,
      );
    }
    this.lines.push(line);
  }

  add(raws: RawSeries[], line: number): void {
    this.first(raws[0].name, line);
    for (const raw of raws) this.series.push(makeSeriesAt(raw, this.file, () => line));
  }
}

/* The end of the run from `i` (before `end`) of `[\d,._]`, or of anything but spaces (skipBlanks for
   spaces).
   One loop each, not one loop taking a test: a call per character that V8 cannot inline. */
function numberCharsFrom(text: string, i: number, end: number): number {
  while (i < end && isNumberChar(text.charCodeAt(i))) i++;
  return i;
}

function wordFrom(text: string, i: number, end: number): number {
  while (i < end && !isJsSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The line text[start, end) read in place when it is the usual result, `test <name> ... bench: <v>
 * ns/iter (+/- <d>)[ = <m> MB/s]`, with what `readLine` would make of it; false for any other line
 * (another unit, a name holding a line terminator, a number readNumber refuses, `test result:`), which
 * `readLine` then reads. `claim` is where the first ` ... bench:` at or after start + 6 is.
 */
function readUsual(
  kind: Kind,
  text: string,
  start: number,
  end: number,
  claim: number,
  n: number,
  out: Collected,
): boolean {
  const p = claim;
  // "test result: FAILED" lines are failedTest's
  if (p + CLAIMED.length > end || text.charCodeAt(start + 5) === 114 /* r */) return false;
  // the name as resultOf slices it (no line terminator in it), trimmed as parseText trims it
  let a = -1;
  let b = -1;
  for (let i = start + 5; i < p; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 || c === 0x2028 || c === 0x2029) return false;
    if (!isJsSpace(c)) {
      if (a < 0) a = i;
      b = i + 1;
    }
  }
  if (a < 0) return false;
  const v0 = skipBlanks(text, p + CLAIMED.length, end);
  const v1 = numberCharsFrom(text, v0, end);
  if (v0 === p + CLAIMED.length || v1 === v0 || text.charCodeAt(v1) !== 32) return false;
  const t1 = wordFrom(text, v1 + 1, end);
  if (t1 !== v1 + 8 || !isAt(text, 'ns/iter', v1 + 1) || !isAt(text, ' (+/- ', t1)) return false;
  const d0 = t1 + 6;
  const d1 = numberCharsFrom(text, d0, end);
  if (d1 === d0 || d1 >= end || text.charCodeAt(d1) !== 41 /* ) */) return false;
  let tail = d1 + 1;
  let m0 = -1;
  let m1 = -1;
  if (isAt(text, ' = ', tail)) {
    const e = numberCharsFrom(text, tail + 3, end);
    if (e > tail + 3 && e + 5 <= end && isAt(text, ' MB/s', e)) {
      m0 = tail + 3;
      m1 = e;
      tail = e + 5;
    }
  }
  if (skipBlanks(text, tail, end) !== end) return false;
  const value = numberIn(text, v0, v1);
  const dev = numberIn(text, d0, d1);
  const mbs = m0 < 0 ? undefined : numberIn(text, m0, m1);
  if (value === undefined || dev === undefined || (m0 >= 0 && mbs === undefined)) return false;
  const name = text.slice(a, b);
  out.first(name, n);
  const spread = kind === 'libtest' ? { low: Math.max(0, value - dev), high: value + dev } : { stddev: dev };
  out.series.push(makeSeries({ name, metric: 'time', rawUnit: 'ns', value, spread }, out.file, n));
  if (mbs !== undefined)
    out.series.push(makeSeries({ name, metric: 'throughput', rawUnit: 'MB/s', value: mbs }, out.file, n));
  return true;
}

/** Any `test ` line, as a string: failures, other units and every line readUsual leaves. */
function readLine(kind: Kind, line: string, n: number, out: Collected): void {
  const file = out.file;
  failedTest(line, file, n);
  // "test x ... ok", "test x ... ignored", "test result: ok. ...": no CLAIM without " ... bench:"
  if (!line.includes(' ... bench:') || !CLAIM.test(line)) return;
  const m = resultOf(line) ?? RESULT.exec(line);
  if (!m) {
    throw new ParseError(file, n, 'expected "bench: <value> ns/iter (+/- <deviation>)"', line);
  }
  const num = (s: string, what: string): number => {
    const v = readNumber(s);
    if (v === undefined) throw new ParseError(file, n, `expected a number for the ${what} of "${m[1]}"`, s);
    return v;
  };
  out.add(
    seriesOf(
      kind,
      m[1].trim(),
      m[4] === '/s' ? `${m[3]}/s` : m[3],
      num(m[2], 'time'),
      num(m[5], 'deviation'),
      m[6] === undefined ? undefined : num(m[6], 'throughput'),
    ),
    n,
  );
}

/**
 * The lines of `text` (LF or CRLF, as `eachLine` splits them): a line that does not start with
 * `test ` is never sliced, the usual result is read in place, every other `test ` line as a string.
 */
function parseText(kind: Kind, text: string, file: string): Series[] {
  const out = new Collected(file);
  let n = 0;
  let start = 0;
  // the next " ... bench:" at or after the last line's start + 6 (each search goes on from the one
  // before, so finding them all reads the file once)
  let claim = -1;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const stop = nl < 0 ? text.length : nl;
    const end = stop > start && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
    n++;
    if (end - start >= 5 && isAt(text, 'test ', start)) {
      if (claim < start + 6 && claim !== Infinity) {
        const at = text.indexOf(CLAIMED, start + 6);
        claim = at < 0 ? Infinity : at;
      }
      if (claim + CLAIMED.length <= end) {
        if (!readUsual(kind, text, start, end, claim, n, out)) readLine(kind, text.slice(start, end), n, out);
      } else if (mayMatter(text, start, end)) readLine(kind, text.slice(start, end), n, out);
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  if (out.series.length === 0) {
    throw new ParseError(file, n, 'expected at least one "test <name> ... bench: <value> ns/iter" line');
  }
  return out.series;
}

/**
 * Whether the `test ` line text[start, end), which holds no ` ... bench:` from start + 6 on, is one
 * readLine acts on: a failure (failedTest) or a claim just after "test" (` ... bench:` at start + 4
 * or 5, an empty name). "test x ... ignored", "test x ... ok" and "test result: ok. …" are not: they
 * are passed by without a line string.
 */
function mayMatter(text: string, start: number, end: number): boolean {
  const t = skipBlanksBack(text, start, end); // line.trimEnd()
  return (
    (t - start >= 19 && isAt(text, 'test result: FAILED', start)) ||
    (t - start >= 11 && isAt(text, ' ... FAILED', t - 11)) ||
    (end - start >= 4 + CLAIMED.length && isAt(text, CLAIMED, start + 4)) ||
    (end - start >= 5 + CLAIMED.length && isAt(text, CLAIMED, start + 5))
  );
}

/** The end of text[from, to) without the JavaScript whitespace at its end (what trimEnd keeps). */
function skipBlanksBack(text: string, from: number, to: number): number {
  let j = to;
  while (j > from && isJsSpace(text.charCodeAt(j - 1))) j--;
  return j;
}

/**
 * A failed benchmark is never silent: `test <name> ... FAILED` names it, and `test result: FAILED` (the
 * summary of a binary whose failing line was not captured) fails the whole run.
 */
function failedTest(line: string, file: string, lineNumber: number): void {
  const t = line.trimEnd();
  if (t.endsWith(' ... FAILED')) {
    throw new ParseError(
      file,
      lineNumber,
      `expected every benchmark to pass, ${t.slice(5, -11).trim()} FAILED (a failing run is not recorded)`,
    );
  }
  if (t.startsWith('test result: FAILED')) {
    throw new ParseError(
      file,
      lineNumber,
      'expected a passing run, libtest printed "test result: FAILED" (a failing run is not recorded)',
    );
  }
}

/** libtest's `--format json` events, one object per line; only `"type": "bench"` events are results. */
function parseJsonEvents(text: string, file: string): Series[] {
  const out = new Collected(file);
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line.startsWith('{')) continue; // cargo's own lines when stderr was captured too
    let ev: unknown;
    try {
      ev = JSON.parse(line);
    } catch {
      throw new ParseError(file, i + 1, 'expected one JSON event per line', line);
    }
    if (typeof ev !== 'object' || ev === null) continue;
    const e = ev as Record<string, unknown>;
    if (e.event === 'failed' && (e.type === 'test' || e.type === 'bench' || e.type === 'suite')) {
      throw new ParseError(
        file,
        i + 1,
        typeof e.name === 'string' && e.type !== 'suite'
          ? `expected every benchmark to pass, ${e.name} failed (a failing run is not recorded)`
          : 'expected a passing run, the libtest suite failed (a failing run is not recorded)',
      );
    }
    if (e.type !== 'bench') continue;
    const name = e.name;
    if (typeof name !== 'string' || name === '')
      throw new ParseError(file, i + 1, 'expected a "name" in the bench event', line);
    const num = (k: string, optional = false): number | undefined => {
      const v = e[k];
      if (v === undefined && optional) return undefined;
      if (typeof v !== 'number' || !Number.isFinite(v))
        throw new ParseError(
          file,
          i + 1,
          `expected a number for "${k}" of "${name}"`,
          JSON.stringify(v) ?? 'nothing',
        );
      return v;
    };
    out.add(
      seriesOf('libtest', name, 'ns', num('median')!, num('deviation')!, num('mib_per_second', true)),
      i + 1,
    );
  }
  if (out.series.length === 0)
    throw new ParseError(file, lines.length, 'expected at least one { "type": "bench" } event');
  return out.series;
}

const HEAD = 65536;
const BENCH_LINE = /^test .+? \.\.\. bench:\s+[\d,._]+ \S+\/(?:iter|s) \(\+\/- /m;
const JSON_EVENT = /^\{\s*"type"\s*:\s*"(?:suite|test|bench)"\s*,\s*"(?:event|name)"\s*:/;

export const libtest: Parser = {
  name: 'libtest',
  describe: 'cargo bench with the built-in #[bench] harness (text, or -Z unstable-options --format json)',
  detect(text) {
    const head = text.slice(0, HEAD);
    const firstJson = /^\s*(\{.*)$/m.exec(head);
    if (firstJson && JSON_EVENT.test(firstJson[1])) return true;
    return BENCH_LINE.test(head) && /^running \d+ tests?$/m.test(head);
  },
  parse(text, file) {
    const firstJson = /^\s*(\{.*)$/m.exec(text.slice(0, HEAD));
    if (firstJson && JSON_EVENT.test(firstJson[1])) return parseJsonEvents(text, file);
    return parseText('libtest', text, file);
  },
};

export const criterionBencher: Parser = {
  name: 'criterionbencher',
  describe: 'Criterion.rs: cargo bench -- --output-format bencher',
  detect(text) {
    const head = text.slice(0, HEAD);
    return BENCH_LINE.test(head) && !/^running \d+ tests?$/m.test(head);
  },
  parse(text, file) {
    return parseText('criterionbencher', text, file);
  },
};
