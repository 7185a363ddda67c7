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
import { isAt, skipBlanks } from './line-scan.js';

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
  /** The command of the `Benchmark N:` line waiting for its time line, and that line's number. */
  pending: string | undefined;
  pendingLine = 0;
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
          if (this.pending !== undefined)
            throw new ParseError(
              file,
              this.pendingLine,
              `expected a "Time (mean ± σ):" line for "${this.pending}"`,
            );
          this.pending = command.trim();
          this.pendingLine = n;
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
    if (pending === undefined)
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
      throw new ParseError(file, n, `expected "<mean> <unit> ± <σ> <unit>" for "${pending}"`, t.slice(at, e));
    }
    this.add(t, value!, sd, fs[1], fe[1], fs[4], fe[4], n);
  }

  /**
   * The series of the pending command from a time line of `t` read as mean `value` in the unit at
   * t[u0, u1), with `sd` in the unit at t[v0, v1) when there is one (else undefined).
   */
  private add(
    t: string,
    value: number,
    sd: number | undefined,
    u0: number,
    u1: number,
    v0: number,
    v1: number,
    n: number,
  ): void {
    const uLen = u1 - u0;
    if (!(this.unit.length === uLen && isAt(t, this.unit, u0))) this.unit = t.slice(u0, u1);
    const unit = this.unit;
    // σ in the mean's unit: hyperfine prints both in one unit
    const sameUnit = sd !== undefined && v1 - v0 === uLen && isAt(t, unit, v0);
    const s = consoleSeries(
      {
        name: this.pending!,
        metric: 'time',
        rawUnit: unit,
        value,
        spread: sameUnit ? { stddev: sd } : undefined,
      },
      this.file,
      n,
    );
    this.out.add(s, n);
    this.pending = undefined;
  }

  /**
   * Every line of a plain LF text (no colour, no CR): the lines that start with neither `B` nor, after
   * blanks, `T` at once, the usual time line in place, any other line by `line`. The number of lines.
   */
  readPlain(text: string): number {
    let n = 0;
    for (let s = 0; ;) {
      const nl = text.indexOf('\n', s);
      const e = nl < 0 ? text.length : nl;
      n++;
      if (text.charCodeAt(s) === 66 /* B */) this.line(text, s, e, n);
      else {
        const at = skipBlanks(text, s, e);
        if (text.charCodeAt(at) === 84 /* T */ && !this.usualTime(text, at, e, n)) this.line(text, s, e, n);
      }
      if (nl < 0) return n;
      s = nl + 1;
    }
  }

  /**
   * The time line t[at, e) read as `line` reads it when it is the usual `Time (mean ± σ):` line of a
   * pending command, its fields separated by spaces: `<mean> <unit> ± <σ> <unit>` or `<mean> <unit>`,
   * each number of digits and points, each unit of letters, before any `[`. False for any other line
   * (`line` then reads it, errors included).
   */
  private usualTime(t: string, at: number, e: number, n: number): boolean {
    if (this.pending === undefined || !isAt(t, MEAN, at)) return false;
    const v0 = spacesEnd(t, at + MEAN.length, e);
    const v1 = decimalEnd(t, v0, e);
    if (v1 === v0 || t.charCodeAt(v1) !== 32) return false;
    const u1 = letterEnd(t, v1 + 1, e);
    if (u1 === v1 + 1) return false;
    const value = numberIn(t, v0, v1);
    if (value === undefined) return false;
    const p = spacesEnd(t, u1, e);
    if (p === e || t.charCodeAt(p) === 91 /* [ */) {
      if (p === u1 && p < e) return false; // `ms[`: the general reading
      this.add(t, value, undefined, v1 + 1, u1, 0, 0, n);
      return true;
    }
    if (p === u1 || t.charCodeAt(p) !== 0xb1 /* ± */ || t.charCodeAt(p + 1) !== 32) return false;
    const d0 = spacesEnd(t, p + 1, e);
    const d1 = decimalEnd(t, d0, e);
    if (d1 === d0 || t.charCodeAt(d1) !== 32) return false;
    const w1 = letterEnd(t, d1 + 1, e);
    if (w1 === d1 + 1) return false;
    const q = spacesEnd(t, w1, e);
    if (!(q === e || (q > w1 && t.charCodeAt(q) === 91))) return false;
    const sd = numberIn(t, d0, d1);
    if (sd === undefined) return false;
    this.add(t, value, sd, v1 + 1, u1, d1 + 1, w1, n);
    return true;
  }
}

/** Where the spaces (U+0020 only) from i end, before e. */
function spacesEnd(t: string, i: number, e: number): number {
  while (i < e && t.charCodeAt(i) === 32) i++;
  return i;
}

/** Where the run of digits and points from i ends, before e. */
function decimalEnd(t: string, i: number, e: number): number {
  for (; i < e; i++) {
    const c = t.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || c === 46)) break;
  }
  return i;
}

/** Where the run of a unit's letters (ASCII letters, µ, μ) from i ends, before e. */
function letterEnd(t: string, i: number, e: number): number {
  for (; i < e; i++) {
    const c = t.charCodeAt(i) | 32;
    if (!((c >= 97 && c <= 122) || c === 0xb5 || c === 0x3bc)) break;
  }
  return i;
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
    } else count = r.readPlain(text);
    const pending = r.pending;
    if (pending !== undefined)
      throw new ParseError(file, r.pendingLine, `expected a "Time (mean ± σ):" line for "${pending}"`);
    return r.out.done(count, 'expected at least one "Benchmark N: <command>" block');
  },
};
