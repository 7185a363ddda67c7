/**
 * mitata's printed outputs (mitata 1.x), the default console and `run({ format: 'markdown' })`:
 *
 *     benchmark                   avg (min … max) p75 / p99    (min … top 1%)
 *     fib(10)                      483.24 ns/iter 484.40 ns  ▅  █
 *                         (478.24 ns … 514.29 ns) 500.84 ns ▇█  ██
 *     • sorting
 *     Array#sort (copy)            101.38 µs/iter 100.06 µs  █
 *
 *     | • sorting         |              avg |         min | …
 *     | Array#sort (copy) | `100.65 µs/iter` | ` 95.25 µs` | …
 *
 * A series per benchmark, named as the JSON reader names it: `sorting/Array#sort (copy)` inside a
 * named group. Neither output prints the median, so the headline is mitata's `avg`, in the unit mitata
 * picked for it (ns, µs, ms, s). mitata gives no spread. A benchmark that threw prints
 * `error: <message>`: a warning naming it. No samples: `origin: 'console'`.
 */
import type { Parser, ParseSink } from './types.js';
import type { Series } from '../model.js';
import { ParseError } from '../errors.js';
import { UniqueNames, numberIn } from './common.js';
import { consoleSeries, eachPlainLine, isJsSpace, stripAnsi } from './console-table.js';

const CONSOLE_HEADER = /^benchmark +avg \(min … max\)/;
const SEPARATOR = /^-{10,} -{10,}$/;

/**
 * The lines are read in place, as offsets into the text (or into the line, colour codes removed):
 * a file of a million lines would otherwise spend more on the line and cell strings than on reading
 * them. Each step below says which string operation of the line it stands for.
 */
class Reader {
  readonly out: Series[] = [];
  private readonly unique: UniqueNames;
  private started = false;
  private group: string | undefined;
  private named: string | undefined; // a `• name` line waiting for its separator
  /** `readAvg`'s result. */
  private value = 0;
  private unit = '';

  constructor(
    private readonly file: string,
    private readonly sink: ParseSink | undefined,
  ) {
    this.unique = new UniqueNames(file);
  }

  /** The line s[from, to) (no LF, no CR at its end), number n. */
  line(s: string, from: number, to: number, n: number): void {
    const first = s.charCodeAt(from);
    if (first === 124 /* | */ && from < to) {
      this.row(s, from, to, n);
      return;
    }
    if (first === 98 /* b */ && s.startsWith('benchmark', from) && CONSOLE_HEADER.test(s.slice(from, to))) {
      this.started = true;
      return;
    }
    if (!this.started || from === to || first === 32) return; // the min … max and heap lines, summaries
    if (first === 0x2022 /* • */ && s.charCodeAt(from + 1) === 32) {
      // `l.slice(2).trim()`
      this.named = trim(s, from + 2, to);
      return;
    }
    if (first === 45 /* - */ && SEPARATOR.test(s.slice(from, to))) {
      this.group = this.named;
      this.named = undefined;
      return;
    }
    // a result line (or the program's own): one string, searched as the line (not the text after it)
    const l = s.slice(from, to);
    const err = errorAt(l);
    if (err > 0) {
      this.sink?.warn(
        n,
        `mitata benchmark "${trim(l, 0, err)}" failed (${trim(l, err + 8, l.length)}): no result`,
      );
      return;
    }
    const iter = l.indexOf('/iter');
    if (iter < 0) return; // `summary`, plots, the program's own output
    // `<name>  <value> <unit>/iter`: the unit and value are the last two words (mitata pads `  s`), as
    // before = l.slice(0, iter).trimEnd(); valueEnd = before.slice(0, before.lastIndexOf(' ') + 1).trimEnd()
    const before = trimmedEnd(l, 0, iter);
    const space = lastSpace(l, 0, before);
    const valueEnd = space < 0 ? 0 : trimmedEnd(l, 0, space + 1);
    const valueAt = lastSpace(l, 0, valueEnd);
    if (valueAt < 0 || !this.readAvg(l, valueAt, iter + 5)) this.fail(l, n);
    const a = trimmedStart(l, 0, valueAt);
    const b = trimmedEnd(l, a, valueAt);
    if (a === b) this.fail(l, n);
    this.add(l.slice(a, b), n);
  }

  /** A markdown row: the cells between the first and the last bar, only the first two read. */
  private row(s: string, from: number, to: number, n: number): void {
    const bar1 = barIn(s, from + 1, to);
    const bar2 = bar1 < 0 ? -1 : barIn(s, bar1 + 1, to);
    if (bar2 >= 0 && isAvgHeader(s, bar1, bar2)) {
      this.started = true;
      const a = trimmedStart(s, from + 1, bar1);
      const b = trimmedEnd(s, a, bar1);
      this.group = s.startsWith('• ', a) && b - a >= 2 ? trim(s, a + 2, b) : undefined;
      return;
    }
    if (!this.started || bar1 < 0) return;
    const a = trimmedStart(s, from + 1, bar1);
    const b = trimmedEnd(s, a, bar1);
    if (a < b && allDashes(s, a, b)) return;
    let c = bar1;
    let d = bar1;
    if (bar2 >= 0) {
      c = trimmedStart(s, bar1 + 1, bar2);
      d = trimmedEnd(s, c, bar2);
    }
    // count === 2: bar1, bar2 and no bar after them
    if (bar2 >= 0 && s.startsWith('error:', c) && d - c >= 6 && barIn(s, bar2 + 1, to) < 0) {
      this.sink?.warn(n, `mitata benchmark "${s.slice(a, b)}" failed (${trim(s, c + 6, d)}): no result`);
      return;
    }
    // unquoted(cell1): one backtick off each end
    if (s.charCodeAt(c) === 96 && c < d) c++;
    if (d - 1 >= c && s.charCodeAt(d - 1) === 96) d--;
    if (bar2 < 0 || !this.readAvg(s, c, d) || a === b) {
      throw new ParseError(
        this.file,
        n,
        `expected "| <name> | \`<avg> <unit>/iter\` | …" for "${s.slice(a, b)}"`,
        s.slice(from, to),
      );
    }
    this.add(s.slice(a, b), n);
  }

  /**
   * `483.24 ns/iter` in s[from, to) after trimming, split as `t.slice(0, -5).trim().split(/ +/)`:
   * exactly two words, a number and its unit; sets `value` and `unit`.
   */
  private readAvg(s: string, from: number, to: number): boolean {
    const a = trimmedStart(s, from, to);
    const b = trimmedEnd(s, a, to);
    if (b - a < 5 || !s.startsWith('/iter', b - 5)) return false;
    const c = trimmedStart(s, a, b - 5);
    const d = trimmedEnd(s, c, b - 5);
    if (c === d) return false;
    const p = s.indexOf(' ', c);
    if (p < 0 || p >= d) return false;
    let q = p + 1;
    while (s.charCodeAt(q) === 32) q++;
    const r = s.indexOf(' ', q);
    if (r >= 0 && r < d) return false;
    const value = numberIn(s, c, p);
    if (value === undefined) return false;
    this.value = value;
    this.unit = unitOf(s, q, d);
    return true;
  }

  private add(bench: string, line: number): void {
    const group = this.group;
    const s = consoleSeries(
      { name: group ? `${group}/${bench}` : bench, metric: 'time', rawUnit: this.unit, value: this.value },
      this.file,
      line,
      'mean', // mitata's JSON headline is p50, which neither output prints
    );
    this.unique.check(s, line);
    this.out.push(s);
  }

  private fail(l: string, n: number): never {
    throw new ParseError(this.file, n, 'expected "<name>  <avg> <unit>/iter  <p75> <unit>"', l.trim());
  }
}

/**
 * `l.indexOf(' error: ')`, searched as `error: ` after a space: a search for a pattern that starts with
 * a blank stops at every blank of a padded line.
 */
function errorAt(l: string): number {
  for (let p = l.indexOf('error: ', 1); p >= 0; p = l.indexOf('error: ', p + 1)) {
    if (l.charCodeAt(p - 1) === 32) return p - 1;
  }
  return -1;
}

/** The common units as constants: not a new two-character string per line. */
const UNITS = ['ns', 'µs', 'ms', 's', 'ps', 'us'];

function unitOf(s: string, from: number, to: number): string {
  for (const u of UNITS) if (u.length === to - from && s.startsWith(u, from)) return u;
  return s.slice(from, to);
}

/** The start of s[from, to) without the blanks `trimStart` removes. */
function trimmedStart(s: string, from: number, to: number): number {
  let a = from;
  while (a < to && isJsSpace(s.charCodeAt(a))) a++;
  return a;
}

/** s[from, to).trim() */
function trim(s: string, from: number, to: number): string {
  const a = trimmedStart(s, from, to);
  return s.slice(a, trimmedEnd(s, a, to));
}

/** The end of s[from, to) without the blanks `trimEnd` removes. */
function trimmedEnd(s: string, from: number, to: number): number {
  let b = to;
  while (b > from && isJsSpace(s.charCodeAt(b - 1))) b--;
  return b;
}

/** The last ASCII space in s[from, to), or -1. */
function lastSpace(s: string, from: number, to: number): number {
  if (to <= from) return -1;
  const p = s.lastIndexOf(' ', to - 1);
  return p >= from ? p : -1;
}

/** The first `|` in s[from, to), or -1. */
function barIn(s: string, from: number, to: number): number {
  if (from >= to) return -1;
  const p = s.indexOf('|', from);
  return p >= 0 && p < to ? p : -1;
}

/** Whether the cell between the bars is ` +avg ` (`/^\|[^|]*\| +avg \|/`). */
function isAvgHeader(s: string, bar1: number, bar2: number): boolean {
  if (bar2 - bar1 < 6 || !s.startsWith('avg ', bar2 - 4)) return false;
  for (let i = bar1 + 1; i < bar2 - 4; i++) if (s.charCodeAt(i) !== 32) return false;
  return true;
}

/** `/^-+$/` on a non-empty s[from, to). */
function allDashes(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (s.charCodeAt(i) !== 45) return false;
  return true;
}

export const mitataConsole: Parser = {
  name: 'mitata-console',
  describe: "mitata's console output, or its run({ format: 'markdown' }) tables",
  detect(text) {
    const head = stripAnsi(text.slice(0, 65536));
    return (
      /^benchmark +avg \(min … max\) +p75/m.test(head) ||
      /^\|[^|\n]{0,2000}\| +avg \| +min \| +p75 \|/m.test(head)
    );
  },
  parse(text, file, sink?: ParseSink): Series[] {
    const r = new Reader(file, sink);
    let count = 0;
    if (text.includes('\u001b')) count = eachPlainLine(text, (l, n) => r.line(l, 0, l.length, n));
    else {
      // eachLine's lines, as offsets
      for (let start = 0; ;) {
        const nl = text.indexOf('\n', start);
        const end = nl < 0 ? text.length : nl;
        r.line(text, start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end, ++count);
        if (nl < 0) break;
        start = nl + 1;
      }
    }
    if (r.out.length === 0)
      throw new ParseError(file, count, 'expected mitata results ("<name>  <avg> <unit>/iter")');
    return r.out;
  },
};
