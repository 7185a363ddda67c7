/**
 * Helpers for console and table outputs (hyperfine's exports, Google Benchmark's console, ...): line
 * iteration with 1-based numbers, ANSI colour removal, and series marked `origin: 'console'` (the tool
 * printed a summary, not its samples). All linear: no regex that can backtrack over a line twice.
 */
import type { Series } from '../model.js';
import type { RawSeries } from './common.js';
import { makeSeries, numberIn, readNumber, withoutCr } from './common.js';
import { isGoSpace } from './go.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

/** The text without ANSI colour codes (vitest, Google Benchmark on a terminal). */
export function stripAnsi(text: string): string {
  return text.includes('\u001b') ? text.replace(ANSI, '') : text;
}

/** Lines without their line ends (LF or CRLF), for a loop with `i + 1` as the line number. */
export function textLines(text: string): string[] {
  const lines = text.split('\n');
  // one array, edited in place, and no pass at all over LF-only text
  if (text.includes('\r')) {
    for (let i = 0; i < lines.length; i++) lines[i] = withoutCr(lines[i]);
  }
  return lines;
}

/**
 * Calls `each(line, n)` for every line of `text` (without its LF or CRLF; `n` from 1), the lines
 * `textLines` would return, without building an array of the whole file. Returns the number of lines.
 */
export function eachLine(text: string, each: (line: string, n: number) => void): number {
  let n = 0;
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    each(text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end), ++n);
    if (nl < 0) return n;
    start = nl + 1;
  }
}

/**
 * `eachLine(stripAnsi(text), each)` without a colour-free copy of the whole file: colour codes never
 * hold a line end, so each line is stripped on its own (before its CR is dropped, as in the copy).
 */
export function eachPlainLine(text: string, each: (line: string, n: number) => void): number {
  if (!text.includes('\u001b')) return eachLine(text, each);
  let n = 0;
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    let line = text.slice(start, end);
    if (line.includes('\u001b')) line = line.replace(ANSI, '');
    each(withoutCr(line), ++n);
    if (nl < 0) return n;
    start = nl + 1;
  }
}

/**
 * JavaScript's `\s` (what `trim` removes, what `\S+` splits on): Go's set without U+0085, with U+FEFF.
 * The ASCII space is asked first and the rest of ASCII next: console columns are padded with spaces.
 */
export function isJsSpace(c: number): boolean {
  if (c === 32) return true;
  if (c < 128) return c >= 9 && c <= 13;
  return isGoSpace(c) ? c !== 0x85 : c === 0xfeff;
}

/**
 * A series read from a printed summary: no samples, marked as such. `statistic: 'mean'` when the
 * console prints only the mean of a tool whose JSON headline is the median (Series.statistic).
 */
export function consoleSeries(
  raw: Omit<RawSeries, 'origin' | 'samples'>,
  file: string,
  line: number,
  statistic?: 'mean',
): Series {
  const s = makeSeries(raw, file, line, 'console');
  if (statistic) s.statistic = statistic;
  return s;
}

/** Fields of one CSV record (RFC 4180 quoting: `"a, b"`, `""` for a quote); undefined if a quote is open. */
export function csvFields(line: string): string[] | undefined {
  const out: string[] = [];
  let i = 0;
  const n = line.length;
  for (;;) {
    if (line.charCodeAt(i) === 34 /* " */) {
      let v = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) return undefined;
        v += line.slice(i, q);
        if (line.charCodeAt(q + 1) === 34) {
          v += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      out.push(v);
      if (i < n && line.charCodeAt(i) !== 44) return undefined;
    } else {
      let c = line.indexOf(',', i);
      if (c < 0) c = n;
      out.push(line.slice(i, c));
      i = c;
    }
    if (i >= n) return out;
    i++; // the comma
  }
}

/**
 * The fields of CSV records as `csvFields` reads them, as offsets into the line: a reader of a large
 * CSV file slices only the fields it keeps (the name) and reads numbers in place. One per file.
 */
export class CsvRow {
  private line = '';
  private readonly start: number[] = [];
  private readonly end: number[] = [];
  /** Quoted with `""` inside: its text is not a plain slice. */
  private readonly escaped: boolean[] = [];
  count = 0;

  /** Read `line`; false where `csvFields` gives undefined (a quote left open or text after one). */
  scan(line: string): boolean {
    this.line = line;
    const n = line.length;
    let k = 0;
    let i = 0;
    for (; ; k++) {
      if (line.charCodeAt(i) === 34 /* " */) {
        const from = i + 1;
        let escaped = false;
        i = from;
        for (;;) {
          const q = line.indexOf('"', i);
          if (q < 0) return false;
          if (line.charCodeAt(q + 1) === 34) {
            escaped = true;
            i = q + 2;
          } else {
            this.start[k] = from;
            this.end[k] = q;
            this.escaped[k] = escaped;
            i = q + 1;
            break;
          }
        }
        if (i < n && line.charCodeAt(i) !== 44) return false;
      } else {
        let c = line.indexOf(',', i);
        if (c < 0) c = n;
        this.start[k] = i;
        this.end[k] = c;
        this.escaped[k] = false;
        i = c;
      }
      if (i >= n) break;
      i++; // the comma
    }
    this.count = k + 1;
    return true;
  }

  text(j: number): string {
    const t = this.line.slice(this.start[j], this.end[j]);
    return this.escaped[j] ? t.replace(/""/g, '"') : t;
  }

  isEmpty(j: number): boolean {
    return this.start[j] === this.end[j];
  }

  /** Whether field j is exactly `s`, without slicing it. */
  is(j: number, s: string): boolean {
    if (this.escaped[j]) return this.text(j) === s;
    const a = this.start[j];
    return this.end[j] - a === s.length && this.line.startsWith(s, a);
  }

  /** `readNumber` of field j. */
  number(j: number): number | undefined {
    return this.escaped[j] ? readNumber(this.text(j)) : numberIn(this.line, this.start[j], this.end[j]);
  }
}

/** The interval `mean ∓ rme%` that tinybench and vitest print as `±4.40%`, as a spread. */
export function rmeInterval(mean: number, rmePercent: number): { low: number; high: number } {
  return { low: mean * (1 - rmePercent / 100), high: mean * (1 + rmePercent / 100) };
}
