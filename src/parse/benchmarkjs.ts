/**
 * Benchmark.js console lines, as `suite.on('cycle', e => console.log(String(e.target)))` prints them:
 * `fib(20) x 15,573 ops/sec ±2.04% (10 runs sampled)`. One series per line: ops/s, bigger is better.
 *
 * Benchmark.js keeps its samples to itself; the line gives the mean rate and the relative margin of
 * error (±rme%, the 95% Student-t half-width of the mean time per operation, over `n` sampled cycles).
 * Recorded exactly as that implies:
 *   - low/high: the interval of the mean time, turned into rates: hz/(1 + rme), hz/(1 − rme);
 *   - stddev: the cycles' relative standard deviation rme·√n / t₀.₉₇₅(n − 1) (Benchmark.js's own
 *     t-table), times hz: a first-order conversion of a time spread into a rate spread.
 * A benchmark that threw prints `name: <error>` instead, which no log line can be told apart from, so
 * it is not read: it is missing from the run, and the report lists it as missing.
 */
import type { Parser } from './types.js';
import type { Series } from '../model.js';
import { ParseError } from '../errors.js';
import { UniqueNames, exactDecimal, makeSeries, numberIn, readNumber } from './common.js';
import { isJsSpace } from './console-table.js';
import { isAt, skipBlanks } from './line-scan.js';
import { LineCursor, NextOf, TextReader } from './text-scan.js';

const RESULT =
  /^(.+?) x ([\d,]+(?:\.\d+)?) ops\/sec (?:±|\+\/-|\+-|Â±)\s*([\d.]+)% \((\d+) runs? sampled\)\s*$/;
/**
 * Any line that claims to be a result, so a malformed one is an error rather than skipped: " x <rate>"
 * then "ops/sec", or " x <rate>" ending the line (output cut short), but not "a 3 x 5 matrix".
 */
const CLAIM = / x [\d,]+(?:\.\d*)?(?: ops\/sec\b|\s*$)/;

/** Two-sided 95% Student-t critical values for df = 1…30, as Benchmark.js 2.x tabulates them. */
const T_TABLE = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131,
  2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/** The t value Benchmark.js divides by for `df` degrees of freedom (1.96 beyond its table). */
export function tCritical(df: number): number {
  return df >= 1 && df <= T_TABLE.length ? T_TABLE[df - 1] : 1.96;
}

/** `\d` */
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `[\d.]` */
function isDigitOrPoint(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 46;
}

class Reader extends TextReader {
  readonly out: Series[] = [];
  private readonly unique: UniqueNames;

  constructor(
    text: string,
    private readonly file: string,
  ) {
    super(text);
    this.unique = new UniqueNames(file);
  }

  /** Any line holding ` x `, as a string: the definition of the format. */
  line(line: string, lineNo: number): void {
    const file = this.file;
    if (!line.includes(' x ') || !CLAIM.test(line)) return;
    const m = RESULT.exec(line);
    if (!m) {
      throw new ParseError(
        file,
        lineNo,
        'expected "<name> x <ops> ops/sec ±<rme>% (<n> runs sampled)"',
        line.trim(),
      );
    }
    const name = m[1].trim();
    const hz = readNumber(m[2]);
    const rme = readNumber(m[3]);
    if (hz === undefined) throw new ParseError(file, lineNo, `expected ops/sec for "${name}"`, m[2]);
    if (rme === undefined) throw new ParseError(file, lineNo, `expected a ±% margin for "${name}"`, m[3]);
    this.add(name, hz, rme, Number(m[4]), lineNo);
  }

  /**
   * The line text[start, end) added when RESULT matches it with its name ending at the first ` x `
   * (at x, the one its lazy name tries first) and the usual `±`, read at its offsets in the whole text
   * (only the name sliced); false for any other line, which `line` then reads. Calls come in file order.
   */
  usual(start: number, x: number, end: number, lineNo: number): boolean {
    const text = this.text;
    // every string compared below holds no CR or LF, so none matches past the line's end
    const h0 = x + 3;
    let i = h0;
    // `[\d,]+(?:\.\d+)?`, its digits read as numberIn reads them when every comma is a group separator
    // (three digits after it, then a comma, the point or the blank: no word character)
    let m = 0;
    let grouped = true;
    let comma = -1;
    for (let c = text.charCodeAt(i); i < end; c = text.charCodeAt(++i)) {
      if (c >= 48 && c <= 57) m = m * 10 + (c - 48);
      else if (c === 44) {
        if (i === h0 || (comma >= 0 && i - comma !== 4)) grouped = false;
        comma = i;
      } else break;
    }
    if (i === h0) return false;
    if (comma >= 0 && i - comma !== 4) grouped = false;
    let scale = 0;
    if (text.charCodeAt(i) === 46 /* . */) {
      const f = ++i;
      for (let c = text.charCodeAt(i); i < end && isDigit(c); c = text.charCodeAt(++i)) {
        m = m * 10 + (c - 48);
        scale--;
      }
      if (i === f) return false;
    }
    const h1 = i;
    if (!isAt(text, ' ops/sec \u00b1', i)) return false;
    i = skipBlanks(text, i + 10, end);
    const r0 = i;
    while (i < end && isDigitOrPoint(text.charCodeAt(i))) i++;
    if (i === r0 || !isAt(text, '% (', i)) return false;
    const r1 = i;
    i += 3;
    const n0 = i;
    let runs = 0;
    for (let c = text.charCodeAt(i); i < end && isDigit(c); c = text.charCodeAt(++i))
      runs = runs * 10 + (c - 48);
    if (i === n0 || i - n0 > 15 || !isAt(text, ' run', i)) return false;
    i += 4;
    if (text.charCodeAt(i) === 115 /* s */) i++;
    if (!isAt(text, ' sampled)', i) || skipBlanks(text, i + 9, end) !== end) return false;
    // `.` stops at a line terminator: RESULT does not match such a name
    if (this.terminators.within(start, x)) return false;
    const num = this.num;
    const exact = grouped ? exactDecimal(m, scale) : NaN;
    const hz = Number.isNaN(exact) ? numberIn(text, h0, h1) : exact;
    const rme =
      num.read(text, r0, r1) === r1 && !Number.isNaN(num.value) ? num.value : numberIn(text, r0, r1);
    if (hz === undefined || rme === undefined) return false; // line's errors
    // m[1].trim()
    const a = skipBlanks(text, start, x);
    let b = x;
    while (b > a && isJsSpace(text.charCodeAt(b - 1))) b--;
    this.add(text.slice(a, b), hz, rme, runs, lineNo);
    return true;
  }

  private add(name: string, hz: number, rme: number, runs: number, lineNo: number): void {
    const r = rme / 100;
    const series = makeSeries(
      {
        name,
        rawUnit: 'ops/s',
        value: hz,
        spread: {
          low: hz / (1 + r),
          high: r < 1 ? hz / (1 - r) : undefined,
          stddev: runs > 1 ? (hz * r * Math.sqrt(runs)) / tCritical(runs - 1) : undefined,
        },
      },
      this.file,
      lineNo,
    );
    this.unique.check(series, lineNo);
    this.out.push(series);
  }
}

export const benchmarkjs: Parser = {
  name: 'benchmarkjs',
  describe: "node bench.js | tee bench.txt (suite.on('cycle', e => console.log(String(e.target))))",
  detect(text) {
    return /^.+ x [\d,]+(?:\.\d+)? ops\/sec (?:±|\+\/-|\+-|Â±)\s*[\d.]+% \(\d+ runs? sampled\)/m.test(
      text.slice(0, 1 << 20),
    );
  },
  parse(text, file): Series[] {
    const r = new Reader(text, file);
    const xs = new NextOf(text, ' x ');
    const lines = new LineCursor(text);
    while (lines.next()) {
      const { start, end, n } = lines;
      // RESULT's name ends at the first ` x ` after one character; a line with none anywhere is skipped
      const x = xs.from(start + 1);
      if (x + 3 <= end ? !r.usual(start, x, end, n) : isAt(text, ' x ', start) && end - start >= 3)
        r.line(text.slice(start, end), n);
    }
    if (r.out.length === 0) {
      throw new ParseError(
        file,
        lines.n,
        'expected at least one "<name> x <ops> ops/sec ±<rme>% (<n> runs sampled)" line',
      );
    }
    return r.out;
  },
};
