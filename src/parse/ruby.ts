/**
 * Ruby's benchmarks.
 *
 * - `rubybenchmark`: the standard library's `Benchmark.bm` / `Benchmark.bmbm` report,
 *
 *       <label>   user     system      total        real
 *       sort!     0.060274   0.000000   0.060274 (  0.588424)
 *
 *   in seconds. `real` (wall clock) is the "time" series, `total` (user + system CPU) the "cpu time"
 *   one. `bmbm` prints a rehearsal table first (a warm-up, headed `Rehearsal ---…` and closed by
 *   `--- total: …sec`): only the table after it is read. A row without a label is named by its
 *   position ("report 2"), with a warning.
 * - `benchmarkips`: the benchmark-ips gem (`Benchmark.ips`), its console
 *
 *       Calculating -------------------------------------
 *                   addition     12.345M (± 1.2%) i/s   (81.00 ns/i) -     61.728M in   5.000123s
 *
 *   (numbers scaled with k/M/B/T/Q; a label longer than 20 characters is printed on a line of its own,
 *   the numbers on the next) and its JSON (`x.json! 'file.json'`): `[{ "name", "central_tendency",
 *   "ips", "error", "stddev", "microseconds", "iterations", "cycles" }]`. The headline is iterations per
 *   second (bigger is better); `error`, the standard deviation of the per-cycle rates, is the spread.
 *   Warm-up (`i/100ms`) and comparison (`name: N i/s`) lines are not results.
 */
import type { Parser, ParseSink } from './types.js';
import type { Series } from '../model.js';
import { ParseError } from '../errors.js';
import {
  JsonReader,
  SeriesList,
  UniqueNames,
  looksLikeJson,
  makeSeries,
  numberIn,
  parseJson,
  readNumber,
} from './common.js';
import { isJsSpace } from './console-table.js';
import { skipBlanks } from './line-scan.js';

const HEADER = /^(.*?)\s*user\s+system\s+total\s+real\s*$/;
const ROW = /^(.*?)\s*(-?\d+\.\d+)\s+(-?\d+\.\d+)\s+(-?\d+\.\d+)\s+\(\s*(-?\d+\.\d+)\)\s*$/;
const ROW_CLAIM = /\(\s*-?\d+\.\d+\)\s*$/;
/**
 * No Benchmark report line is longer: the label regexes above backtrack on long runs of blanks, so a
 * longer line is never matched against them (linear time on any input).
 */
const MAX_LINE = 2000;

/*
 * The usual line of either console is read by a scan that finds exactly the regex's groups, as offsets
 * into the text (a file of a million rows spends more on the regex, its match and the line strings than
 * on the rest); a line the scan is not sure of goes to the regex. Each scan says why its groups are the
 * regex's: a regex whose groups are all fixed by the line's shape has one way to match.
 */

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Where the scans found the groups (offsets into the text). */
const at = { name: 0, nameEnd: 0, a: 0, aEnd: 0, b: 0, bEnd: 0 };

/** The start of the blanks that end at `to` (not before `from`). */
function blanksBefore(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && isJsSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Whether text[from, to) holds a character `.` does not match (no LF in a line: CR, U+2028, U+2029). */
function holdsTerminator(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/**
 * The start of `-?\d+\.\d+` ending at `end` (not before `from`), or -1: its digits taken as far back
 * as they go and its minus sign, so that the character before it is not a digit (where the regex
 * needs a blank or a `(` there, no shorter reading would do).
 */
function decimalBefore(text: string, from: number, end: number): number {
  let i = end;
  while (i > from && isDigit(text.charCodeAt(i - 1))) i--;
  if (i === end || i <= from || text.charCodeAt(i - 1) !== 46 /* . */) return -1;
  const dot = --i;
  while (i > from && isDigit(text.charCodeAt(i - 1))) i--;
  if (i === dot) return -1;
  if (i > from && text.charCodeAt(i - 1) === 45 /* - */) i--;
  return i;
}

/**
 * ROW_CLAIM on the line text[from, to): the offset of its `(`, or -1; the real time's number is then
 * at.b … at.bEnd. Anchored at the end, its match is read backwards.
 */
function rowClaim(text: string, from: number, to: number): number {
  const close = blanksBefore(text, from, to) - 1;
  if (close < from || text.charCodeAt(close) !== 41 /* ) */) return -1;
  const real = decimalBefore(text, from, close);
  if (real < 0) return -1;
  const open = blanksBefore(text, from, real) - 1;
  if (open < from || text.charCodeAt(open) !== 40 /* ( */) return -1;
  at.b = real;
  at.bEnd = close;
  return open;
}

/**
 * ROW on a claimed line (its `(` at `open`): true with the label at.name … at.nameEnd (trimmed) and
 * the total at at.a … at.aEnd, or false for the regex to decide. The three numbers before the `(`
 * are read backwards, each after blanks; the lazy label then ends where the blanks before the first
 * one start.
 */
function rowAt(text: string, from: number, open: number): boolean {
  let end = blanksBefore(text, from, open);
  if (end === open) return false;
  const total = decimalBefore(text, from, end);
  if (total < 0) return false;
  at.a = total;
  at.aEnd = end;
  end = blanksBefore(text, from, total);
  if (end === total) return false;
  const system = decimalBefore(text, from, end);
  if (system < 0) return false;
  end = blanksBefore(text, from, system);
  if (end === system) return false;
  const user = decimalBefore(text, from, end);
  if (user < 0) return false;
  const labelEnd = blanksBefore(text, from, user);
  if (holdsTerminator(text, from, labelEnd)) return false;
  at.name = skipBlanks(text, from, labelEnd);
  at.nameEnd = labelEnd;
  return true;
}

export const rubyBenchmark: Parser = {
  name: 'rubybenchmark',
  describe: "Ruby's Benchmark.bm / Benchmark.bmbm report",
  detect(text) {
    const lines = text.slice(0, 65536).split('\n');
    for (let i = 0; i + 1 < lines.length; i++) {
      const [line, next] = [lines[i].replace(/\r$/, ''), lines[i + 1]];
      if (line.length > MAX_LINE || next.length > MAX_LINE || !line.includes('user')) continue;
      if (
        /^ *(?:\S.*?)? {2,}user +system +total +real *$/.test(line) &&
        /\d\.\d{6} +\( *\d+\.\d{6}\)/.test(next)
      )
        return true;
    }
    return false;
  },
  parse(text, file, sink?: ParseSink) {
    const out = new SeriesList(file);
    let inTable = false;
    let rehearsal = false;
    let unnamed = 0;
    let n = 0;
    const row = (name: string, real: number, total: number): void => {
      // both made before either is added: a value error comes before a repeated name
      const time = makeSeries({ name, metric: 'time', rawUnit: 's', value: real }, file, n);
      const cpu = makeSeries({ name, metric: 'cpu time', rawUnit: 's', value: total }, file, n);
      out.add(time, n);
      out.add(cpu, n);
    };
    const named = (label: string): string => {
      if (label !== '') return label;
      const name = `report ${++unnamed}`;
      sink?.warn(n, `a Benchmark report without a label is named "${name}" by its position`);
      return name;
    };
    // Each regex below is tried only on lines holding a string it needs (a table of a million rows
    // would otherwise run every one of them on every row); a row is read by rowClaim and rowAt.
    for (let start = 0; ;) {
      const nl = text.indexOf('\n', start);
      let end = nl < 0 ? text.length : nl;
      n++;
      if (end > start && text.charCodeAt(end - 1) === 13) end--; // withoutCr
      const open = end - start > MAX_LINE ? -1 : rowClaim(text, start, end);
      if (open >= 0) {
        // a row ("Rehearsal -+" and "-+ total: …sec" never end in ")"): read by the scan or by ROW
        if (inTable || rehearsal) {
          if (rowAt(text, start, open)) {
            if (!rehearsal) {
              const name = named(text.slice(at.name, at.nameEnd));
              row(name, numberIn(text, at.b, at.bEnd)!, numberIn(text, at.a, at.aEnd)!);
            }
          } else {
            const line = text.slice(start, end);
            const m = ROW.exec(line);
            if (!m)
              throw new ParseError(file, n, 'expected "<label> <user> <system> <total> (<real>)"', line);
            if (!rehearsal) row(named(m[1].trim()), readNumber(m[5])!, readNumber(m[4])!);
          }
        }
      } else {
        const line = text.slice(start, end);
        if (line.length > MAX_LINE) {
          if (ROW_CLAIM.test(line.slice(-200)))
            throw new ParseError(file, n, `a Benchmark report row of at most ${MAX_LINE} characters`, line);
        } else if (line.startsWith('Rehearsal -') && /^Rehearsal -+$/.test(line)) {
          rehearsal = true;
          inTable = false;
        } else if (line.includes('real') && HEADER.test(line)) {
          inTable = true;
          rehearsal = false;
        } else if (!(inTable || rehearsal) || (line.startsWith('-') && /^-+ total: [\d.]+sec$/.test(line))) {
          // not in a table, or the rehearsal's total
        } else if (line.trim() === '') inTable = false;
        // Three numbers in a row of the table but no "(real)": a row cut short.
        else if (/\d\.\d+\s+-?\d+\.\d+\s+-?\d+\.\d+/.test(line))
          throw new ParseError(file, n, 'expected "<label> <user> <system> <total> (<real>)"', line);
      }
      if (nl < 0) break;
      start = nl + 1;
    }
    return out.done(n, 'expected a Benchmark table: "user system total real" and its rows');
  },
};

const SCALE: Record<string, number> = { '': 1, k: 1e3, K: 1e3, M: 1e6, B: 1e9, T: 1e12, Q: 1e15 };
const IPS = /^\s*(.*?)\s+(\d+(?:\.\d+)?)([kKMBTQ]?) \(±\s*(\d+(?:\.\d+)?)%\) i\/s\b/;
const IPS_CLAIM = /\(±\s*\S*%\) i\/s/;

function parseIpsJson(text: string, file: string): Series[] {
  const doc = parseJson(text, file);
  const r = new JsonReader(text, file);
  const list = r.array(doc, [], 'the benchmark-ips report list [{"name", "central_tendency", …}]');
  if (list.length === 0) r.fail([], 'expected at least one benchmark-ips entry, got []');
  const unique = new UniqueNames(file);
  return list.map((e, i): Series => {
    const rec = r.record(e, [i], 'a benchmark-ips entry');
    const name = r.string(rec.name, [i, 'name'], '"name"');
    const ips = r.number(
      rec.central_tendency ?? rec.ips,
      [i, 'central_tendency'],
      `"central_tendency" of "${name}"`,
    );
    const err = r.optionalNumber(rec.error ?? rec.stddev, [i, 'error'], `"error" of "${name}"`);
    const s = makeSeries(
      {
        name,
        metric: 'throughput',
        rawUnit: 'ops/s',
        value: ips,
        spread: err === undefined ? undefined : { stddev: err },
      },
      file,
      r.at([i]),
    );
    unique.check(s, r.at([i]));
    return s;
  });
}

/** A result's scale letter (IPS's third group) as its factor; not one of them: 0. */
function scaleOf(c: number): number {
  if (c === 107 || c === 75) return 1e3; // k K
  if (c === 77) return 1e6; // M
  if (c === 66) return 1e9; // B
  if (c === 84) return 1e12; // T
  if (c === 81) return 1e15; // Q
  return 0;
}

/** `\w`: the characters `\b` tells from the others. */
function isWordChar(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** `\d+(?:\.\d+)?` from `from` on, greedy as the regex is: its end, or -1 when it cannot end there. */
function decimalFrom(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isDigit(text.charCodeAt(i))) i++;
  if (i === from) return -1;
  if (i < to && text.charCodeAt(i) === 46 /* . */) {
    const frac = i + 1;
    i = frac;
    while (i < to && isDigit(text.charCodeAt(i))) i++;
    if (i === frac) return -1; // "1." then `%`: the regex fails too
  }
  return i;
}

/**
 * IPS on the line text[start, end) (its first non-blank at `from`), around its first "(±" at `p`:
 * true with the label at.name … at.nameEnd (empty when the numbers stand alone), the rate at
 * at.a … at.aEnd scaled by `ipsScale` and the error at at.b … at.bEnd; false for the regex to decide.
 * Before "(±" come `' '`, the scale, the rate and blanks, all fixed by the line read backwards, so the
 * lazy label ends where those blanks start; with every blank of the indent taken, no shorter label
 * can match (one that ends earlier would need blanks up to the rate). An empty label is the regex's
 * only when no later "(±" could close a label holding these numbers: the caller asks. Without
 * `terminators` (no CR, U+2028 or U+2029 in the text) the label is not looked through for one.
 */
function ipsAt(
  text: string,
  start: number,
  from: number,
  end: number,
  p: number,
  terminators: boolean,
): boolean {
  let e = p - 1;
  if (e <= start || text.charCodeAt(e) !== 32) return false;
  const scale = scaleOf(text.charCodeAt(e - 1));
  if (scale !== 0) e--;
  let k = e;
  while (k > start && isDigit(text.charCodeAt(k - 1))) k--;
  if (k === e) return false;
  if (k > start && text.charCodeAt(k - 1) === 46) {
    const dot = --k;
    while (k > start && isDigit(text.charCodeAt(k - 1))) k--;
    if (k === dot) return false;
  }
  if (k <= start || !isJsSpace(text.charCodeAt(k - 1))) return false;
  const labelEnd = blanksBefore(text, start, k);
  if (terminators && labelEnd > from && holdsTerminator(text, from, labelEnd)) return false;
  const v = skipBlanks(text, p + 2, end);
  const ve = decimalFrom(text, v, end);
  if (ve < 0 || ve + 6 > end || !text.startsWith('%) i/s', ve)) return false;
  if (ve + 6 < end && isWordChar(text.charCodeAt(ve + 6))) return false; // \b
  at.name = labelEnd > from ? from : k;
  at.nameEnd = labelEnd > from ? labelEnd : k;
  at.a = k;
  at.aEnd = e;
  at.b = v;
  at.bEnd = ve;
  ipsScale = scale === 0 ? 1 : scale;
  return true;
}

let ipsScale = 1;

/** The console of benchmark-ips read line by line, as the regex loop it stands for read it. */
class IpsConsole {
  readonly out: SeriesList;
  private calculating = false;
  /** A long label printed alone on the line above its numbers, as offsets (-1: none). */
  private pending = -1;
  private pendingEnd = -1;
  /** The first "(±" from the line on (-1: none left): one search serves the lines before it. */
  private claim = -2;
  private ips = 0;
  private error = 0;
  /** Whether the text holds a CR, U+2028 or U+2029 at all: without one no label is looked through. */
  private readonly terminators: boolean;

  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {
    this.out = new SeriesList(file);
    this.terminators = text.includes('\r') || text.includes('\u2028') || text.includes('\u2029');
  }

  /** The line text[start, end) (no LF, no CR at its end), number n. */
  line(start: number, end: number, n: number): void {
    const text = this.text;
    // the first character tells the three marker lines from a result before any startsWith
    if (
      text.charCodeAt(start) === 67 /* C */ &&
      text.startsWith('Calculating -', start) &&
      /^Calculating -+\s*$/.test(text.slice(start, end))
    ) {
      this.calculating = true;
      return;
    }
    if (!this.calculating) return; // a "Warming up" or "Comparison:" line would change nothing
    const from = skipBlanks(text, start, end); // the line trimmed: from … its last non-blank
    const first = text.charCodeAt(from);
    if (
      (first === 87 /* W */ && text.startsWith('Warming up', from)) ||
      (first === 67 /* C */ && text.startsWith('Comparison:', from))
    ) {
      this.calculating = false;
      return;
    }
    if (this.claim !== -1 && this.claim < start) this.claim = text.indexOf('(±', start);
    const p = this.claim >= 0 && this.claim < end ? this.claim : -1;
    let name: string | undefined;
    if (p >= 0 && ipsAt(text, start, from, end, p, this.terminators)) {
      this.claim = text.indexOf('(±', p + 2);
      if (at.name === at.nameEnd && this.claim >= 0 && this.claim < end) name = this.byRegex(start, end, n);
      else {
        name = at.name < at.nameEnd ? text.slice(at.name, at.nameEnd) : this.pendingLabel();
        this.ips = numberIn(text, at.a, at.aEnd)! * ipsScale;
        this.error = numberIn(text, at.b, at.bEnd)!;
      }
    } else if (p < 0 || !IPS_CLAIM.test(text.slice(start, end))) {
      const to = blanksBefore(text, from, end);
      const dashes = text.charCodeAt(from) === 45 /* - */ && /^-+$/.test(text.slice(from, to));
      this.pending = from === to || dashes ? -1 : from;
      this.pendingEnd = to;
      return;
    } else name = this.byRegex(start, end, n);
    this.pending = -1;
    if (name === undefined)
      throw new ParseError(this.file, n, 'expected a label before the numbers', this.trimmed(start, end));
    const ips = this.ips;
    const s = makeSeries(
      {
        name,
        metric: 'throughput',
        rawUnit: 'ops/s',
        value: ips,
        spread: { stddev: (ips * this.error) / 100 },
      },
      this.file,
      n,
    );
    this.out.add(s, n);
  }

  /** IPS's match on the line: its name (`m[1].trim() || pending`); sets `ips` and `error`. */
  private byRegex(start: number, end: number, n: number): string | undefined {
    const m = IPS.exec(this.text.slice(start, end));
    if (!m)
      throw new ParseError(
        this.file,
        n,
        'expected "<label> <ips> (±<error>%) i/s"',
        this.trimmed(start, end),
      );
    this.ips = readNumber(m[2])! * SCALE[m[3]];
    this.error = readNumber(m[4])!;
    return m[1].trim() || this.pendingLabel();
  }

  private pendingLabel(): string | undefined {
    return this.pending < 0 ? undefined : this.text.slice(this.pending, this.pendingEnd);
  }

  private trimmed(start: number, end: number): string {
    return this.text.slice(start, end).trim();
  }
}

export const benchmarkIps: Parser = {
  name: 'benchmarkips',
  describe: "Ruby's benchmark-ips: the console, or x.json! 'ips.json'",
  detect(text) {
    if (looksLikeJson(text)) {
      const head = text.slice(0, 4096);
      return (
        /^\s*\[\s*\{\s*"name"\s*:/.test(head) &&
        /"central_tendency"\s*:/.test(head) &&
        /"cycles"\s*:/.test(head)
      );
    }
    const head = text.slice(0, 65536);
    return /^Calculating -+\s*$/m.test(head) && IPS_CLAIM.test(head);
  },
  parse(text, file) {
    if (looksLikeJson(text)) return parseIpsJson(text, file);
    const r = new IpsConsole(text, file);
    let n = 0;
    for (let start = 0; ;) {
      const nl = text.indexOf('\n', start);
      const end = nl < 0 ? text.length : nl;
      r.line(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end, ++n); // withoutCr
      if (nl < 0) break;
      start = nl + 1;
    }
    return r.out.done(n, 'expected "Calculating ---" and "<label> <ips> (±<error>%) i/s" lines');
  },
};
