/**
 * hyperfine's console output (what a CI log shows when no export was asked for):
 *
 *     Benchmark 1: sleep 0.01
 *       Time (mean ± σ):      20.9 ms ±  12.6 ms    [User: 0.9 ms, System: 0.4 ms]
 *       Range (min … max):    11.5 ms …  62.1 ms    20 runs
 *
 * `Time (abs ≡):` replaces the mean line after a single run. The headline is the printed mean (the
 * console has no median and no per-run times: `origin: 'console'`, no samples), the spread its σ.
 * Colours and progress-bar redraws (`\r`) of a terminal run are removed first. A `Benchmark N:` block
 * without a readable time line is an error naming the command, never a silently missing benchmark.
 */
import type { Parser } from './types.js';
import type { Series } from '../model.js';
import { ParseError } from '../errors.js';
import { SeriesList, holdsLineTerminator, numberIn } from './common.js';
import { consoleSeries, eachPlainLine, isJsSpace, stripAnsi } from './console-table.js';
import { isAt } from './line-scan.js';

const BENCHMARK = 'Benchmark ';
const MEAN = 'Time (mean ± σ):';
const ABS = 'Time (abs ≡):';

/** Where the digits from i end, before e. */
function digitsEnd(t: string, i: number, e: number): number {
  while (i < e && t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57) i++;
  return i;
}

/**
 * The lines of one output, each given as `t` with the line at [s, e): the text itself with offsets
 * for plain LF text (nothing is sliced but what is kept), a line string of its own otherwise.
 */
class Reader {
  readonly out: SeriesList;
  pending: { name: string; line: number } | undefined;
  /** Start and end of the fields of a time line. */
  private readonly fs = new Int32Array(6);
  private readonly fe = new Int32Array(6);
  /** The last unit read, kept as one string while the lines repeat it. */
  private unit = '';

  /**
   * @param terminators whether a line may hold a CR, U+2028 or U+2029, where the block regex's `.`
   *   stops: a plain text without any is looked at once, not each command
   */
  constructor(
    readonly file: string,
    private readonly terminators: boolean,
  ) {
    this.out = new SeriesList(file);
  }

  line(t: string, s: number, e: number, n: number): void {
    const file = this.file;
    // `Benchmark N: <command>`, as /^Benchmark \d{1,9}: (.+)$/ reads it
    if (isAt(t, BENCHMARK, s)) {
      const d = s + BENCHMARK.length;
      const de = digitsEnd(t, d, e);
      if (de > d && de - d <= 9 && t.charCodeAt(de) === 58 && t.charCodeAt(de + 1) === 32 && de + 2 < e) {
        const command = t.slice(de + 2, e);
        if (!this.terminators || !holdsLineTerminator(command)) {
          if (this.pending)
            throw new ParseError(
              file,
              this.pending.line,
              `expected a "Time (mean ± σ):" line for "${this.pending.name}"`,
            );
          this.pending = { name: command.trim(), line: n };
          return;
        }
      }
    }
    // most lines are neither: the time line is the one that starts with "Time" after blanks
    let at = s;
    while (at < e && isJsSpace(t.charCodeAt(at))) at++;
    if (t.charCodeAt(at) !== 84 /* T */) return;
    const mean = isAt(t, MEAN, at) ? MEAN.length : isAt(t, ABS, at) ? ABS.length : -1;
    if (mean < 0) return;
    const pending = this.pending;
    if (!pending)
      throw new ParseError(file, n, 'expected "Benchmark N: <command>" before "Time"', t.slice(at, e));
    // `20.9 ms ±  12.6 ms` or `10.3 ms`: the blank-separated fields before any "["
    const fs = this.fs;
    const fe = this.fe;
    let count = 0;
    for (let i = at + mean; count < 6;) {
      while (i < e && isJsSpace(t.charCodeAt(i))) i++;
      if (i === e || t.charCodeAt(i) === 91 /* [ */) break;
      fs[count] = i;
      while (i < e && !isJsSpace(t.charCodeAt(i)) && t.charCodeAt(i) !== 91) i++;
      fe[count++] = i;
    }
    const value = count === 0 ? undefined : numberIn(t, fs[0], fe[0]);
    let sd: number | undefined;
    let ok = value !== undefined && count >= 2;
    if (ok && count !== 2) {
      ok = count === 5 && fe[2] - fs[2] === 1 && t.charCodeAt(fs[2]) === 0xb1; /* ± */
      if (ok) sd = numberIn(t, fs[3], fe[3]);
      ok = ok && sd !== undefined;
    }
    if (!ok) {
      throw new ParseError(
        file,
        n,
        `expected "<mean> <unit> ± <σ> <unit>" for "${pending.name}"`,
        t.slice(at, e),
      );
    }
    const uLen = fe[1] - fs[1];
    if (!(this.unit.length === uLen && isAt(t, this.unit, fs[1]))) this.unit = t.slice(fs[1], fe[1]);
    const unit = this.unit;
    // σ in the mean's unit: hyperfine prints both in one unit
    const sameUnit = sd !== undefined && fe[4] - fs[4] === uLen && isAt(t, unit, fs[4]);
    const s2 = consoleSeries(
      {
        name: pending.name,
        metric: 'time',
        rawUnit: unit,
        value: value!,
        spread: sameUnit ? { stddev: sd! } : undefined,
      },
      file,
      n,
    );
    this.out.add(s2, n);
    this.pending = undefined;
  }
}

export const hyperfineConsole: Parser = {
  name: 'hyperfine-console',
  describe: 'hyperfine console output (stdout of hyperfine without an export)',
  detect(text) {
    return /^Benchmark \d{1,9}: [^\n]{1,2000}\n(?:[^\n]{0,2000}\n){0,3}\s{0,8}Time \((?:mean ± σ|abs ≡)\):/m.test(
      stripAnsi(text.slice(0, 65536)),
    );
  },
  parse(text, file): Series[] {
    let count = 0;
    const plain = !text.includes('\u001b') && !text.includes('\r');
    const r = new Reader(file, !plain || text.includes('\u2028') || text.includes('\u2029'));
    if (!plain) {
      // colours and progress-bar redraws: each line as a string of its own, the part after its last CR
      count = eachPlainLine(text, (raw, n) => {
        const cr = raw.lastIndexOf('\r');
        const l = cr >= 0 ? raw.slice(cr + 1) : raw;
        r.line(l, 0, l.length, n);
      });
    } else {
      for (let s = 0; ;) {
        const nl = text.indexOf('\n', s);
        r.line(text, s, nl < 0 ? text.length : nl, ++count);
        if (nl < 0) break;
        s = nl + 1;
      }
    }
    const pending = r.pending;
    if (pending)
      throw new ParseError(file, pending.line, `expected a "Time (mean ± σ):" line for "${pending.name}"`);
    return r.out.done(count, 'expected at least one "Benchmark N: <command>" block');
  },
};
