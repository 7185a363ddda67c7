/**
 * `vitest bench --run`'s console output, coloured or not (ANSI codes are removed first):
 *
 *      ✓ bench/math.bench.ts > fibonacci
 *          name               hz     min     max    mean     p75     p99    p995    p999      rme  samples
 *        · fib(10)  1,695,265.66  0.0005  4.0722  0.0006  0.0005  0.0006  0.0006  0.0023  ±16.05%    84764
 *
 * Series are named `<group> > <bench>` as the JSON reader names them (a file's top-level benches are
 * the group `bench/math.bench.ts`, printed with its duration). The console has no median, so the
 * headline is the mean; times are milliseconds with four decimals, which keeps a single digit of a
 * 100 ns mean, while `hz` (exactly 1000 / mean ms) has two decimals: the mean is taken from whichever
 * of the two was printed more precisely. low/high are the mean ∓ rme. `--compare` adds a
 * `(baseline)` row per bench, which is the previous run and is skipped, and a `[1.10x] ⇑` marker. A
 * group printed twice with the same rows (vitest 4.1 repeats the top-level one) counts once. No
 * samples: `origin: 'console'`.
 */
import type { Parser } from './types.js';
import type { Series } from '../model.js';
import { ParseError } from '../errors.js';
import { KeyTable, UniqueNames, holdsLineTerminator, numberIn, readNumber, withoutCr } from './common.js';
import { consoleSeries, isJsSpace, rmeInterval, stripAnsi } from './console-table.js';
import { isAt } from './line-scan.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
const HEADER = /^ {2,12}name +hz +min +max +mean +/;
/** ` ✓ file > describe` (passed) or ` × file` / ` ❯ file` (failed or running). */
const GROUP = /^ [✓×❯✗] (\S.*)$/;
/** `--compare`'s marker at the end of a row: ` [1.10x] ⇑`. */
const MARK = /\s\[\d{1,9}(?:\.\d{1,9})?x\] [⇑⇓]$/;

/** The group's name: a file's top-level group is printed with its duration (` 517ms`). */
function groupName(header: string): string {
  const t = header.trim();
  if (t.includes(' > ')) return t;
  return t.replace(/ \d{1,12}(?:\.\d{1,12})?m?s$/, '');
}

/** A table's columns (after "name"), and where hz, mean and rme are among them (-1: not printed). */
interface Header {
  names: string[];
  hz: number;
  mean: number;
  rme: number;
}

function headerOf(names: string[]): Header {
  return { names, hz: names.indexOf('hz'), mean: names.indexOf('mean'), rme: names.indexOf('rme') };
}

/** Where the ANSI colour code at i (`ESC [ 0-9; letter`) ends, or -1 if there is none at i. */
function ansiEnd(t: string, i: number, end: number): number {
  if (t.charCodeAt(i + 1) !== 91 /* [ */) return -1;
  let j = i + 2;
  for (; j < end; j++) {
    const c = t.charCodeAt(j);
    if (!((c >= 48 && c <= 57) || c === 59)) break;
  }
  const c = t.charCodeAt(j);
  return j < end && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) ? j + 1 : -1;
}

/** The first five of a header's words, which HEADER requires. */
const HEADER_WORDS = ['name', 'hz', 'min', 'max', 'mean'];

/** Past the colour codes from i (-1 at an ESC that starts none). */
function skipAnsi(t: string, i: number, end: number): number {
  while (i >= 0 && i < end && t.charCodeAt(i) === 0x1b) i = ansiEnd(t, i, end);
  return i;
}

/** Whether l[a, b) is a printed column value, `/^\d[\d,]*(?:\.\d+)?$/` (`1,695,265.66`, `0.0005`, `84764`). */
function isColumnNumber(l: string, a: number, b: number): boolean {
  if (a >= b || !isDigit(l.charCodeAt(a))) return false;
  let i = a + 1;
  while (i < b && (isDigit(l.charCodeAt(i)) || l.charCodeAt(i) === 44)) i++;
  if (i === b) return true;
  if (l.charCodeAt(i) !== 46 || i + 1 === b) return false;
  for (i++; i < b; i++) if (!isDigit(l.charCodeAt(i))) return false;
  return true;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Digits after the decimal point as printed, in t[a, b). */
function decimals(t: string, a: number, b: number): number {
  for (let i = a; i < b; i++) if (t.charCodeAt(i) === 46) return b - i - 1;
  return 0;
}

/** A key of printed columns with its colours gone and its runs of blanks made one. */
function normalKey(key: string): string {
  const plain = key.includes('\u001b') ? key.replace(ANSI, '') : key;
  return plain.includes('  ') ? plain.replace(/ +/g, ' ') : plain;
}

function grown(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** The reading of one console output. */
class Reader {
  private readonly out: Series[] = [];
  private readonly unique: UniqueNames;
  /** Each name's printed columns, to tell a group printed again from a second benchmark of the name. */
  private readonly printed = new KeyTable();
  /**
   * The columns by name id: `values.join(' ')`, or the text they were read from in place (normalKey
   * makes the first of the second), compared only when a name comes again.
   */
  private readonly printedKeys: string[] = [];
  private group: string | undefined;
  private header: Header | undefined;
  /** The last group and header line read (as printed) and what each gave: the tables repeat them. */
  private groupLine: string | undefined;
  private lastGroup: string | undefined;
  private headerLine: string | undefined;
  private lastHeader: Header | undefined;
  /** Start and end of the fields of a row read in place, left to right. */
  private ts: Int32Array<ArrayBuffer> = new Int32Array(32);
  private te: Int32Array<ArrayBuffer> = new Int32Array(32);

  constructor(private readonly file: string) {
    this.unique = new UniqueNames(file);
  }

  /** Whether `raw` is the last group or header line read (as printed), which it then reads again. */
  again(raw: string, first: number): boolean {
    if (first === 110 /* n */) {
      if (raw !== this.headerLine) return false;
      this.header = this.lastHeader;
    } else if (first !== 0xb7 /* · */) {
      if (raw !== this.groupLine) return false;
      this.group = this.lastGroup;
      this.header = undefined;
    } else return false;
    return true;
  }

  /** A line (colours removed, no CR) that starts with k blanks and then `first`; `raw` as printed. */
  line(l: string, k: number, first: number, lineNo: number, raw: string): void {
    if (k === 1) {
      const g = GROUP.exec(l);
      if (g) {
        this.group = groupName(g[1]);
        this.header = undefined;
        this.groupLine = raw;
        this.lastGroup = this.group;
      }
    } else if (first === 110 /* n */) {
      if (HEADER.test(l)) {
        this.header = headerOf(l.trim().split(/ +/).slice(1));
        this.headerLine = raw;
        this.lastHeader = this.header;
      }
    } else if (
      l.charCodeAt(k + 1) === 32 &&
      k + 2 < l.length &&
      !isJsSpace(l.charCodeAt(k + 2)) &&
      !holdsLineTerminator(l)
    ) {
      this.row(l, k + 2, lineNo); // ROW, /^ {2,12}· (\S.*)$/: its group from k + 2
    }
  }

  /** A result row, its text from l[bodyStart]. */
  private row(l: string, bodyStart: number, lineNo: number): void {
    const file = this.file;
    const header = this.header;
    const group = this.group;
    if (!header || group === undefined)
      throw new ParseError(
        file,
        lineNo,
        'expected a group line and a "name hz min max mean …" header before a result',
        l,
      );
    let bodyEnd = l.length;
    while (bodyEnd > bodyStart && isJsSpace(l.charCodeAt(bodyEnd - 1))) bodyEnd--;
    const lastChar = l.charCodeAt(bodyEnd - 1);
    if (lastChar === 0x21d1 || lastChar === 0x21d3) {
      // ⇑ ⇓
      const mark = MARK.exec(l.slice(bodyStart, bodyEnd));
      if (mark) {
        bodyEnd = bodyStart + mark.index;
        while (bodyEnd > bodyStart && isJsSpace(l.charCodeAt(bodyEnd - 1))) bodyEnd--;
      }
    }
    const body = l.slice(bodyStart, bodyEnd);
    const fields = body.split(/ +/);
    const names = header.names;
    const n = names.length;
    if (fields.length <= n)
      throw new ParseError(file, lineNo, `expected a name and ${n} columns (${names.join(' ')})`, body);
    const values = fields.slice(-n);
    const name = `${group} > ${fields.slice(0, -n).join(' ')}`;
    const col = (at: number): string => values[at] ?? '';
    const hzText = col(header.hz);
    const meanText = col(header.mean);
    const hz = readNumber(hzText);
    const mean = readNumber(meanText);
    const rmeText = col(header.rme);
    const rme =
      rmeText.startsWith('±') && rmeText.endsWith('%') ? readNumber(rmeText.slice(1, -1)) : undefined;
    const unreadable = values.some((v, k) => k !== header.rme && !isColumnNumber(v, 0, v.length));
    if (hz === undefined || mean === undefined || rme === undefined || hz <= 0 || unreadable)
      throw new ParseError(file, lineNo, `expected numbers (${names.join(' ')}) for "${name}"`, body);
    const meanDecimals = decimals(meanText, 0, meanText.length);
    const hzDecimals = decimals(hzText, 0, hzText.length);
    this.add(name, hz, mean, rme, meanDecimals, hzDecimals, values.join(' '), lineNo);
  }

  /**
   * A result row read in place from t[at, end), just after its "·" (in a text without a CR, U+2028
   * or U+2029): true when read, false to leave the line to `line`, which then says what is wrong with
   * it. Its fields are the runs between blanks once the colours are gone, here each without a colour
   * inside.
   */
  rowInPlace(t: string, at: number, end: number, lineNo: number): boolean {
    const header = this.header;
    const group = this.group;
    if (!header || group === undefined) return false;
    // "· " and the first field's first character, colours between them
    let i = skipAnsi(t, at, end);
    if (i < 0 || t.charCodeAt(i) !== 32) return false;
    i = skipAnsi(t, i + 1, end);
    if (i < 0 || i === end || t.charCodeAt(i) === 32) return false;
    const count = this.fields(t, i, end);
    if (count < 0) return false;
    const ts = this.ts;
    const te = this.te;
    const n = header.names.length;
    if (count <= n) return false;
    const last = t.charCodeAt(te[count - 1] - 1);
    if (isJsSpace(last) || last === 0x21d1 || last === 0x21d3 || isJsSpace(t.charCodeAt(ts[0]))) return false;
    // the name's fields as one slice: single blanks and no colour between them
    const v0 = count - n;
    for (let f = 1; f < v0; f++) if (ts[f] !== te[f - 1] + 1) return false;
    if (header.rme < 0 || header.hz < 0 || header.mean < 0) return false;
    const ra = ts[v0 + header.rme];
    const rb = te[v0 + header.rme];
    if (!(rb - ra >= 2 && t.charCodeAt(ra) === 0xb1 && t.charCodeAt(rb - 1) === 37)) return false;
    const rme = numberIn(t, ra + 1, rb - 1);
    for (let v = 0; v < n; v++)
      if (v !== header.rme && !isColumnNumber(t, ts[v0 + v], te[v0 + v])) return false;
    const ha = ts[v0 + header.hz];
    const hb = te[v0 + header.hz];
    const ma = ts[v0 + header.mean];
    const mb = te[v0 + header.mean];
    const hz = numberIn(t, ha, hb);
    const mean = numberIn(t, ma, mb);
    if (hz === undefined || mean === undefined || rme === undefined || hz <= 0) return false;
    const name = `${group} > ${t.slice(ts[0], te[v0 - 1])}`;
    const key = t.slice(ts[v0], te[count - 1]);
    this.add(name, hz, mean, rme, decimals(t, ma, mb), decimals(t, ha, hb), key, lineNo);
    return true;
  }

  /**
   * The fields of t[i, end) from i (a field's first character) into ts/te: the runs between blanks
   * once the colours are gone, or -1 when a colour is inside one (or an ESC starts none).
   */
  private fields(t: string, i: number, end: number): number {
    let ts = this.ts;
    let te = this.te;
    let count = 0;
    while (i < end) {
      const c = t.charCodeAt(i);
      if (c === 32) i++;
      else if (c === 0x1b) {
        const after = ansiEnd(t, i, end);
        if (after < 0) return -1;
        i = after;
      } else {
        const from = i;
        while (i < end && t.charCodeAt(i) !== 32 && t.charCodeAt(i) !== 0x1b) i++;
        if (count === ts.length) {
          ts = this.ts = grown(ts);
          te = this.te = grown(te);
        }
        ts[count] = from;
        te[count++] = i;
        i = skipAnsi(t, i, end);
        if (i < 0 || (i < end && t.charCodeAt(i) !== 32)) return -1;
      }
    }
    return count;
  }

  /**
   * A header line read in place from t[i, end), i at its "name" (in a text without a CR, U+2028 or
   * U+2029): true when read, false to leave it to `line`.
   */
  headerInPlace(t: string, i: number, end: number): boolean {
    const count = this.fields(t, i, end);
    if (count < 6) return false;
    const ts = this.ts;
    const te = this.te;
    for (let f = 0; f < 5; f++) {
      const word = HEADER_WORDS[f];
      if (te[f] - ts[f] !== word.length || !isAt(t, word, ts[f])) return false;
    }
    if (isJsSpace(t.charCodeAt(te[count - 1] - 1))) return false; // trim() would take it
    // the columns as the last header had them: the same list
    const last = this.lastHeader;
    let same = last !== undefined && last.names.length === count - 1;
    for (let f = 1; same && f < count; f++) {
      const name = last!.names[f - 1];
      same = te[f] - ts[f] === name.length && isAt(t, name, ts[f]);
    }
    if (!same) {
      const names: string[] = [];
      for (let f = 1; f < count; f++) names.push(t.slice(ts[f], te[f]));
      this.lastHeader = headerOf(names);
      this.headerLine = undefined;
    }
    this.header = this.lastHeader;
    return true;
  }

  /** A row read: a series, unless it is the same group printed again. */
  private add(
    name: string,
    hz: number,
    mean: number,
    rme: number,
    meanDecimals: number,
    hzDecimals: number,
    key: string,
    lineNo: number,
  ): void {
    const id = this.printed.idOf(name, '');
    if (id >= 0) {
      const before = this.printedKeys[id];
      if (before === key || normalKey(before) === normalKey(key)) return; // the same group printed again
      this.printedKeys[id] = key;
    } else this.printedKeys.push(key);
    // relative rounding error of each: hz to 2 decimals, the mean to `decimals` decimals
    const meanErr = (0.5 * 10 ** -meanDecimals) / (mean || Number.MIN_VALUE);
    const hzErr = (0.5 * 10 ** -hzDecimals) / hz;
    const ms = hzErr < meanErr ? 1000 / hz : mean;
    const s = consoleSeries(
      {
        name,
        metric: 'time',
        rawUnit: 'ms',
        value: ms,
        spread: rmeInterval(ms, rme),
      },
      this.file,
      lineNo,
      'mean', // the JSON headline is the median, which the console does not print
    );
    this.unique.check(s, lineNo);
    this.out.push(s);
  }

  done(lines: number): Series[] {
    if (this.out.length === 0)
      throw new ParseError(this.file, lines, 'expected vitest bench tables with at least one result row');
    return this.out;
  }
}

export const vitestConsole: Parser = {
  name: 'vitest-console',
  describe: 'vitest bench --run > bench.txt (its console output, with or without colours)',
  detect(text) {
    return /^ {2,12}name +hz +min +max +mean +p75 +p99 +p995 +p999 +rme +samples/m.test(
      stripAnsi(text.slice(0, 65536)),
    );
  },
  parse(text, file): Series[] {
    const r = new Reader(file);
    // a line terminator other than LF ends `.` in the regexes and a CR is dropped after the colours:
    // such a text is read line by line as strings, without the in-place reading of rows
    const inPlace = !text.includes('\r') && !text.includes('\u2028') && !text.includes('\u2029');
    // the next ESC from where it was last looked for (-1: none left)
    let nextEsc = 0;
    let lineNo = 0;
    for (let s = 0; ;) {
      lineNo++;
      const nl = text.indexOf('\n', s);
      const end = nl < 0 ? text.length : nl;
      if (nextEsc >= 0 && nextEsc < s) nextEsc = text.indexOf('\u001b', s);
      // Which of the three lines this can be, from the blanks and the first character after them once
      // the colours are gone: most lines are none, and are never stripped or sliced.
      let k = 0;
      let i = s;
      while (i < end) {
        const c = text.charCodeAt(i);
        if (c === 32) {
          k++;
          i++;
        } else if (c === 0x1b) {
          const after = ansiEnd(text, i, end);
          if (after < 0) break;
          i = after;
        } else break;
      }
      const first = i < end ? text.charCodeAt(i) : -1;
      const candidate =
        k === 1
          ? first === 0x2713 || first === 0xd7 || first === 0x276f || first === 0x2717 // ✓ × ❯ ✗
          : k >= 2 && k <= 12 && (first === 110 /* n */ || first === 0xb7); /* · */
      const read =
        candidate &&
        inPlace &&
        (first === 0xb7
          ? r.rowInPlace(text, i + 1, end, lineNo)
          : first === 110 && r.headerInPlace(text, i, end));
      if (candidate && !read) {
        const raw = text.slice(s, end);
        // a group or header line as printed before: what it gave then, without removing its colours again
        if (!r.again(raw, first)) {
          const l = withoutCr(nextEsc >= 0 && nextEsc < end ? raw.replace(ANSI, '') : raw);
          r.line(l, k, first, lineNo, raw);
        }
      }
      if (nl < 0) break;
      s = nl + 1;
    }
    return r.done(lineNo);
  },
};
