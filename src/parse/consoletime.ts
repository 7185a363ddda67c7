/**
 * JavaScript `console.time(label)` / `console.timeEnd(label)` lines, as Node prints them:
 * `label: 35.96ms` below a second, `label: 1.220s` from one, `label: 1:01.004 (m:ss.mmm)` from a
 * minute and `label: 1:00:01.004 (h:mm:ss.mmm)` from an hour; browsers print `label: 35.96 ms`, Bun
 * `[35.96ms] label`. Other lines (the program's own output) are skipped. A label timed several times
 * (in a loop) is one series with a sample per timing and the median as headline. Node's warning for
 * a timer that was never started (`Warning: No such label 'x' for console.timeEnd()`) is reported as a
 * warning naming the label: a timing the program meant to print is missing.
 */
import type { Parser, ParseSink } from './types.js';
import { ParseError } from '../errors.js';
import { SeriesCollector, holdsLineTerminator, numberIn } from './common.js';
import { isJsSpace } from './console-table.js';
import { skipBlanks } from './line-scan.js';
import { LineCursor, NextOf, TextReader } from './text-scan.js';

const CLOCK = /^(.+?): (?:(\d+):)?(\d+):(\d{2}(?:\.\d+)?) \((?:h:mm|m):ss\.mmm\)$/;
const BUN = /^\[(\d+(?:\.\d+)?) ?(ms|s)\] (.+)$/;
const NO_LABEL = /Warning: No such label '(.*)' for console\.time(?:End|Log)\(\)/;

function digitsFrom(line: string, i: number): number {
  let j = i;
  for (let c = line.charCodeAt(j); c >= 48 && c <= 57; c = line.charCodeAt(++j));
  return j;
}

/**
 * `/^(.+?): (\d+(?:\.\d+)?(?:e[-+]?\d+)?) ?(ms|s)$/` by a scan (most lines of such a log are timings;
 * the regex and its match cost more than the rest of the line): its number and unit hold no colon,
 * so the label ends at the line's last colon.
 */
function plain(line: string): { name: string; ms: number } | undefined {
  const p = line.lastIndexOf(':');
  if (p < 1 || line.charCodeAt(p + 1) !== 32) return undefined;
  const from = p + 2;
  let i = digitsFrom(line, from);
  if (i === from) return undefined;
  if (line.charCodeAt(i) === 46 /* . */) {
    const frac = i + 1;
    i = digitsFrom(line, frac);
    if (i === frac) return undefined;
  }
  if (line.charCodeAt(i) === 101 /* e */) {
    let exp = i + 1;
    const sign = line.charCodeAt(exp);
    if (sign === 43 || sign === 45) exp++;
    i = digitsFrom(line, exp);
    if (i === exp) return undefined;
  }
  const numEnd = i;
  if (line.charCodeAt(i) === 32) i++;
  const rest = line.length - i;
  const seconds = rest === 1 && line.charCodeAt(i) === 115; // s
  if (!seconds && !(rest === 2 && line.charCodeAt(i) === 109 && line.charCodeAt(i + 1) === 115))
    return undefined;
  const name = line.slice(0, p);
  if (holdsLineTerminator(name)) return undefined;
  // the number's syntax is checked above; Number() only for one too large for numberIn (Infinity)
  const n = numberIn(line, from, numEnd) ?? Number(line.slice(from, numEnd));
  return { name, ms: n * (seconds ? 1000 : 1) };
}

function read(line: string): { name: string; ms: number } | undefined {
  const p = plain(line);
  if (p) return p;
  let m = CLOCK.exec(line);
  if (m) {
    const h = m[2] === undefined ? 0 : Number(m[2]);
    const mins = m[2] === undefined ? Number(m[3]) : Number(m[3]);
    return { name: m[1], ms: ((h * 60 + mins) * 60 + Number(m[4])) * 1000 };
  }
  m = BUN.exec(line);
  if (m) return { name: m[3], ms: Number(m[1]) * (m[2] === 's' ? 1000 : 1) };
  return undefined;
}

/** Any line `Reader.usual` leaves, as a string (trimmed): the definition of the format. */
function readLine(line: string, n: number, out: SeriesCollector, file: string, sink?: ParseSink): void {
  const r = read(line);
  if (r) {
    if (!Number.isFinite(r.ms * 1e6))
      throw new ParseError(file, n, `expected a finite time for "${r.name}"`, line);
    out.add(r.name, 'ms', r.ms);
    return;
  }
  const missing = line.includes('Warning: No such label') ? NO_LABEL.exec(line) : null;
  if (missing)
    sink?.warn(n, `console.timeEnd('${missing[1]}') had no matching console.time: no timing printed`);
}

/** What may follow a plain timing's colon: its number's `[0-9.e+-]`, a space, the unit's `m` and `s`. */
function isTimeChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    c === 46 ||
    c === 101 ||
    c === 43 ||
    c === 45 ||
    c === 32 ||
    c === 109 ||
    c === 115
  );
}

/**
 * The usual line, a timing `plain` reads, read at its offsets in the whole text: no line string, no
 * `{ name, ms }` per line, only the label sliced.
 */
class Reader extends TextReader {
  constructor(
    text: string,
    private readonly out: SeriesCollector,
  ) {
    super(text);
  }

  /**
   * text[a, b), a trimmed line, added when `plain` reads it and its time is finite; false for any other
   * line (`readLine` then reads it). Calls come in file order.
   */
  usual(a: number, b: number): boolean {
    const text = this.text;
    // plain's colon is the line's last: nothing after it but the number, a blank and the unit, whose
    // characters hold no colon (so a line that ends otherwise is not plain)
    let p = b - 1;
    while (p > a && isTimeChar(text.charCodeAt(p))) p--;
    if (p <= a || p + 1 >= b || text.charCodeAt(p) !== 58 /* : */ || text.charCodeAt(p + 1) !== 32)
      return false;
    const from = p + 2;
    // plain's number, its `.` and `e` each with the digits after them: a `.` or an `e` left unread is
    // not a unit, so the line is not plain either way
    const num = this.num;
    let i = num.read(text, from, b);
    if (i === from) return false;
    const numEnd = i;
    if (i < b && text.charCodeAt(i) === 32) i++;
    const rest = b - i;
    const seconds = rest === 1 && text.charCodeAt(i) === 115; // s
    if (!seconds && !(rest === 2 && text.charCodeAt(i) === 109 && text.charCodeAt(i + 1) === 115))
      return false;
    if (this.terminators.within(a, p)) return false;
    const n = Number.isNaN(num.value)
      ? (numberIn(text, from, numEnd) ?? Number(text.slice(from, numEnd)))
      : num.value;
    const ms = n * (seconds ? 1000 : 1);
    if (!Number.isFinite(ms * 1e6)) return false; // readLine's error
    this.out.add(text.slice(a, p), 'ms', ms);
    return true;
  }
}

export const consoleTime: Parser = {
  name: 'consoletime',
  describe: 'JavaScript console.time / console.timeEnd lines ("label: 1.234ms")',
  detect(text) {
    // Most lines of such a log are the program's own; ask for two timings, or one in a short file.
    const lines = text.slice(0, 65536).split('\n', 2000);
    let hits = 0;
    for (const l of lines) if (read(l.replace(/\r$/, '').trim()) && ++hits >= 2) return true;
    return hits === 1 && lines.length <= 3;
  },
  parse(text, file, sink?: ParseSink) {
    const out = new SeriesCollector();
    const reader = new Reader(text, out);
    const colons = new NextOf(text, ':');
    const lines = new LineCursor(text);
    while (lines.next()) {
      // the line as `raw.trim()` leaves it (its CR, a blank, goes with the trimmed end)
      const a = skipBlanks(text, lines.start, lines.stop);
      let b = lines.stop;
      while (b > a && isJsSpace(text.charCodeAt(b - 1))) b--;
      // a line without a colon that does not start with `[` is none of read's forms nor the warning
      if (!reader.usual(a, b) && (text.charCodeAt(a) === 91 /* [ */ || colons.within(a, b)))
        readLine(text.slice(a, b), lines.n, out, file, sink);
    }
    if (out.size === 0)
      throw new ParseError(file, lines.n, 'expected "<label>: <time>ms" lines from console.timeEnd');
    return out.series();
  },
};
