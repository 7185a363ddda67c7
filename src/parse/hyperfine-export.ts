/**
 * hyperfine's other exports, for users who keep those instead of `--export-json` (hyperfine.ts):
 *
 * - `hyperfine-csv` (`--export-csv FILE`): `command,mean,stddev,median,user,system,min,max[,parameter_…]`,
 *   in seconds. The headline is `median`, as for the JSON export; `stddev` is the spread.
 * - `hyperfine-table` (`--export-markdown`, `--export-asciidoc`, `--export-orgmode`): one row per
 *   command, `Command | Mean [unit] | Min [unit] | Max [unit] | Relative`, in the unit hyperfine chose for
 *   the table (`s`, `ms`, `µs`). Only the mean (with `± stddev`) is printed, so it is the headline.
 *
 * Neither carries the per-run times, so every series is `origin: 'console'` and has no samples. A row
 * that does not read (a missing column, a value that is not a number) is an error naming its line.
 */
import type { Parser } from './types.js';
import type { Series } from '../model.js';
import { ParseError } from '../errors.js';
import { UniqueNames, numberIn } from './common.js';
import { CsvRow, consoleSeries, csvFields, isJsSpace } from './console-table.js';
import { isAt, skipBlanks } from './line-scan.js';

const CSV_HEADER = 'command,mean,stddev,median,user,system,min,max';

/** The CSV reader of one file: the header's columns, then a row per line. */
class CsvReader {
  readonly out: Series[] = [];
  private readonly unique: UniqueNames;
  private readonly f = new CsvRow();
  private columns: string[] = [];
  /** Where `median` and `stddev` are among the columns (-1 before the header). */
  private median = -1;
  private stddev = -1;
  /** The commas of the usual row, by offset in the text. */
  private commas = new Int32Array(0);

  constructor(private readonly file: string) {
    this.unique = new UniqueNames(file);
  }

  /** Line `n` as `eachLine` gives it (without its LF or CRLF): the definition of the format. */
  line(line: string, n: number): void {
    const file = this.file;
    const columns = this.columns;
    if (n === 1) {
      const head = line.replace(/^\uFEFF/, '');
      if (!head.startsWith(CSV_HEADER))
        throw new ParseError(file, 1, `expected the hyperfine CSV header "${CSV_HEADER}"`, head);
      this.columns = csvFields(head) ?? [];
      this.median = this.columns.indexOf('median');
      this.stddev = this.columns.indexOf('stddev');
      this.commas = new Int32Array(Math.max(0, this.columns.length - 1));
      return;
    }
    if (line.trim() === '') return;
    const f = this.f;
    // fields read in place: a file of a million commands slices only their names
    if (!f.scan(line) || f.count !== columns.length)
      throw new ParseError(file, n, `expected ${columns.length} comma-separated fields`, line);
    const num = (name: string): number => {
      const j = columns.indexOf(name);
      const v = f.number(j);
      if (v === undefined)
        throw new ParseError(file, n, `expected a number of seconds for "${name}"`, f.text(j));
      return v;
    };
    this.add(f.text(0), num('median'), num('stddev'), n);
  }

  /**
   * The row text[s, e) (e before its CR, if any) read in place when it is the usual one: the first
   * character not a blank, no field quoted, as many fields as columns, a plain number of seconds in
   * `median` and `stddev`; false for any other line, which `line` then reads.
   */
  usual(text: string, s: number, e: number, n: number): boolean {
    const c0 = text.charCodeAt(s);
    if (s === e || c0 === 34 /* " */ || isJsSpace(c0)) return false;
    const commas = this.commas;
    const last = commas.length;
    if (this.median < 0 || this.stddev < 0) return false;
    // every comma of the line, as csvFields splits a line without quotes (each search stops at the
    // next comma of the text, which is in this line or the next row: linear over the file)
    let k = 0;
    for (let i = s; ; k++) {
      const c = text.indexOf(',', i);
      if (c < 0 || c >= e) break;
      if (k === last || text.charCodeAt(c + 1) === 34) return false;
      commas[k] = c;
      i = c + 1;
    }
    if (k !== last) return false;
    const median = fieldNumber(text, this.fieldStart(s, this.median), this.fieldEnd(e, this.median));
    const stddev = fieldNumber(text, this.fieldStart(s, this.stddev), this.fieldEnd(e, this.stddev));
    if (median === undefined || stddev === undefined) return false;
    this.add(text.slice(s, commas[0]), median, stddev, n);
    return true;
  }

  private fieldStart(s: number, j: number): number {
    return j === 0 ? s : this.commas[j - 1] + 1;
  }

  private fieldEnd(e: number, j: number): number {
    return j === this.commas.length ? e : this.commas[j];
  }

  private add(name: string, median: number, stddev: number, n: number): void {
    const s = consoleSeries(
      { name, metric: 'time', rawUnit: 's', value: median, spread: { stddev } },
      this.file,
      n,
    );
    this.unique.check(s, n);
    this.out.push(s);
  }
}

/**
 * `numberIn(text, a, b)` of a CSV field: hyperfine prints seconds with up to 19 significant digits
 * (`0.016727229500000003`), too many for numberIn's exact path, whose general path would look at them
 * four more times before Number; both give the correctly rounded value.
 */
function fieldNumber(text: string, a: number, b: number): number | undefined {
  let m = 0;
  let point = false;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) m = m * 10 + (c - 48);
    else if (c === 46 /* . */ && !point) point = true;
    else return numberIn(text, a, b);
  }
  // digits and at most one point: a mantissa below 2^53 is numberIn's exact path
  if (m < 2 ** 53) return numberIn(text, a, b);
  const v = Number(text.slice(a, b));
  return Number.isFinite(v) ? v : undefined;
}

function parseCsv(text: string, file: string): Series[] {
  const r = new CsvReader(file);
  let n = 0;
  for (let s = 0; ;) {
    const nl = text.indexOf('\n', s);
    const end = nl < 0 ? text.length : nl;
    const e = end > s && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    if (++n === 1 || !r.usual(text, s, e, n)) r.line(text.slice(s, e), n);
    if (nl < 0) break;
    s = nl + 1;
  }
  if (r.out.length === 0) throw new ParseError(file, n, 'expected at least one command row');
  return r.out;
}

export const hyperfineCsv: Parser = {
  name: 'hyperfine-csv',
  describe: 'hyperfine --export-csv FILE',
  detect(text) {
    return text.replace(/^\uFEFF/, '').startsWith(CSV_HEADER);
  },
  parse: parseCsv,
};

/** The table's flavour, from its header line. */
type Flavour = 'markdown' | 'asciidoc' | 'orgmode';

function flavourOf(text: string): Flavour | undefined {
  const head = text.slice(0, 4096);
  if (/^\| Command \| Mean \[[^\]\n]{1,3}\] \| Min \[/m.test(head)) return 'markdown';
  if (/^\| Command\s{0,4}\|\s{0,4}Mean \[[^\]\n]{1,3}\] \|/m.test(head)) return 'orgmode';
  if (/^\|===\r?\n\| Command \r?\n\| Mean \[[^\]\n]{1,3}\] \r?\n/m.test(head)) return 'asciidoc';
  return undefined;
}

/** A command cell without its markup: `` `cmd` `` (Markdown, AsciiDoc) or `=cmd=` (Org). */
function commandOf(cell: string, flavour: Flavour): string {
  const t = cell.trim();
  if (flavour === 'orgmode' && t.length >= 2 && t.startsWith('=') && t.endsWith('=')) return t.slice(1, -1);
  if (t.length >= 2 && t.startsWith('`') && t.endsWith('`')) return t.slice(1, -1);
  return t;
}

const MEAN_HEADER = /^Mean \[([^\]]+)\]$/;

/**
 * The series of one row from its command and mean cells (`20.9 ± 12.6`, or `1.052` for a single
 * run), read in place: a 100 MB table has a row every hundred bytes.
 */
function rowSeries(
  name: string,
  line: string,
  meanFrom: number,
  meanTo: number,
  unit: string,
  file: string,
  n: number,
): Series {
  const pm = plusMinus(line, meanFrom, meanTo);
  const meanEnd = pm >= 0 ? pm : meanTo;
  const mean = numberIn(line, meanFrom, meanEnd);
  if (mean === undefined)
    throw new ParseError(
      file,
      n,
      `expected "<mean> ± <stddev>" in ${unit} for "${name}"`,
      line.slice(meanFrom, meanTo).trim(),
    );
  let stddev: number | undefined;
  if (meanEnd < meanTo) {
    // the part after the first ±, up to a second one if any (as `split('±')[1]`)
    const next = plusMinus(line, meanEnd + 1, meanTo);
    stddev = numberIn(line, meanEnd + 1, next >= 0 ? next : meanTo);
  }
  return consoleSeries(
    {
      name,
      metric: 'time',
      rawUnit: unit,
      value: mean,
      spread: stddev === undefined ? undefined : { stddev },
    },
    file,
    n,
  );
}

/** The first `±` in t[from, to), or -1 (a search bounded by the cell: a row may have none). */
function plusMinus(t: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (t.charCodeAt(i) === 0xb1) return i;
  return -1;
}

/** Whether the trimmed line `l` is a header row, `| Command | …`. */
function isHeaderRow(l: string): boolean {
  return l.startsWith('|') && l.slice(1, firstBar(l, innerEnd(l))).trim() === 'Command';
}

/**
 * The unit of the last header row (`| Command | Mean [ms] | …`), which gives the unit of every row,
 * found from the end of the text: a table repeated in one file has its last header near the end.
 * Each line is looked at in place up to the first character of its first cell; only a line whose
 * cell starts with `C` is sliced. Undefined when there is none, or its mean has no unit.
 */
function lastHeaderUnit(text: string): string | undefined {
  for (let end = text.length; ;) {
    const nl = end === 0 ? -1 : text.lastIndexOf('\n', end - 1);
    const s = skipBlanks(text, nl + 1, end);
    if (s < end && text.charCodeAt(s) === 124 /* | */) {
      const c = skipBlanks(text, s + 1, end);
      if (c < end && text.charCodeAt(c) === 67 /* C */) {
        const l = text.slice(nl + 1, end).trim();
        if (isHeaderRow(l)) return MEAN_HEADER.exec(cellsOf(l)[1] ?? '')?.[1];
      }
    }
    if (nl < 0) return undefined;
    end = nl;
  }
}

/**
 * The rows of a Markdown or Org table, each line given as `line` (its text, the definition of the
 * format) or first tried in place by `usual`.
 */
class PipeReader {
  readonly out: Series[] = [];
  private readonly unique: UniqueNames;

  constructor(
    private readonly file: string,
    private readonly flavour: Flavour,
    private readonly unit: string,
  ) {
    this.unique = new UniqueNames(file);
  }

  line(raw: string, n: number): void {
    const l = raw.trim();
    if (!l.startsWith('|')) return;
    // the cells between the bars, found in place: the first (command), the second (mean), how many
    const inner = innerEnd(l);
    const b1 = firstBar(l, inner);
    const name0 = l.slice(1, b1).trim();
    if (name0 === 'Command') return;
    if (isRule(l, 1, inner)) return; // |:---|---:| or |--+--|
    let cells = 1;
    for (let b = b1; b >= 0 && b < inner; b = l.indexOf('|', b + 1)) cells++;
    const b2 = b1 < inner ? firstBarFrom(l, b1 + 1, inner) : inner;
    if (cells < 4)
      throw new ParseError(
        this.file,
        n,
        'expected "Command | Mean | Min | Max | Relative" cells',
        cellsOf(l).join(' | '),
      );
    this.add(commandOf(name0, this.flavour), l, b1 + 1, b2, n);
  }

  /**
   * The line text[ls, le) read in place as `line` reads it, when it is not a row, or a header, a rule
   * or a row of at least four cells; false for a row of fewer (an error), which `line` then reads.
   */
  usual(text: string, ls: number, le: number, n: number): boolean {
    // the line trimmed is text[s, te)
    const s = skipBlanks(text, ls, le);
    if (s === le || text.charCodeAt(s) !== 124 /* | */) return true;
    let te = le;
    while (isJsSpace(text.charCodeAt(te - 1))) te--;
    const inner = te - s > 1 && text.charCodeAt(te - 1) === 124 ? te - 1 : te;
    // each search for a bar stops at the next bar of the text, in this line or the next row
    const b1 = firstBarFrom(text, s + 1, inner);
    const a = skipBlanks(text, s + 1, b1);
    let z = b1;
    while (z > a && isJsSpace(text.charCodeAt(z - 1))) z--;
    if (z - a === 7 && isAt(text, 'Command', a)) return true;
    // a command's first character is not a rule's: the rule's check only for a cell that may be one
    if ((a === z || isRuleChar(text.charCodeAt(a))) && isRuleAt(text, s + 1, inner)) return true;
    const b2 = b1 < inner ? firstBarFrom(text, b1 + 1, inner) : inner;
    const b3 = b2 < inner ? firstBarFrom(text, b2 + 1, inner) : inner;
    if (b3 >= inner) return false;
    this.add(commandAt(text, a, z, this.flavour), text, b1 + 1, b2, n);
    return true;
  }

  private add(name: string, line: string, meanFrom: number, meanTo: number, n: number): void {
    const s = rowSeries(name, line, meanFrom, meanTo, this.unit, this.file, n);
    this.unique.check(s, n);
    this.out.push(s);
  }
}

/**
 * Markdown and Org rows: `| cell | cell | … |`, the header row `| Command | Mean [unit] | …` (the last
 * one in the file gives the unit of every row, as before), rule rows of `-:+` only. The header's
 * unit first (from the end), then the rows, so that no row is kept as cells in between.
 */
function parsePipeTable(text: string, file: string, flavour: Flavour): Series[] {
  const unit = lastHeaderUnit(text);
  if (unit === undefined) throw new ParseError(file, 1, 'expected a "Mean [<unit>]" column header');
  const r = new PipeReader(file, flavour, unit);
  let n = 0;
  for (let s = 0; ;) {
    const nl = text.indexOf('\n', s);
    const end = nl < 0 ? text.length : nl;
    if (!r.usual(text, s, end, ++n))
      r.line(text.slice(s, end > s && text.charCodeAt(end - 1) === 13 ? end - 1 : end), n);
    if (nl < 0) break;
    s = nl + 1;
  }
  if (r.out.length === 0) throw new ParseError(file, n, 'expected at least one command row');
  return r.out;
}

/** `commandOf(t.slice(a, z), flavour)` for a cell t[a, z) already trimmed, with one slice. */
function commandAt(t: string, a: number, z: number, flavour: Flavour): string {
  if (z - a >= 2) {
    const c = t.charCodeAt(a);
    const d = t.charCodeAt(z - 1);
    if ((flavour === 'orgmode' && c === 61 && d === 61) || (c === 96 && d === 96))
      return t.slice(a + 1, z - 1);
  }
  return t.slice(a, z);
}

/** Where the cells of a `| a | b |` line end: before its closing bar, if it has one. */
function innerEnd(l: string): number {
  return l.length > 1 && l.endsWith('|') ? l.length - 1 : l.length;
}

/** The end of the first cell: the next bar inside the cells, or their end. */
function firstBar(l: string, inner: number): number {
  return firstBarFrom(l, 1, inner);
}

function firstBarFrom(l: string, from: number, inner: number): number {
  const bar = l.indexOf('|', from);
  return bar < 0 || bar > inner ? inner : bar;
}

/** The trimmed cells of a `| a | b |` line (for a header, or an error's excerpt). */
function cellsOf(l: string): string[] {
  return l
    .slice(1, l.endsWith('|') ? -1 : undefined)
    .split('|')
    .map((c) => c.trim());
}

/**
 * `isRule(t, from, inner)` by one look at each character when no cell holds a blank (`|:---|---:|`,
 * `|--+--|`): every character a bar, `-`, `:` or `+`.
 */
function isRuleAt(t: string, from: number, inner: number): boolean {
  for (let i = from; i < inner; i++) {
    const c = t.charCodeAt(i);
    if (c !== 124 && !isRuleChar(c)) return isJsSpace(c) ? isRule(t, from, inner) : false;
  }
  return true;
}

/** `-`, `:` or `+`. */
function isRuleChar(c: number): boolean {
  return c === 45 || c === 58 || c === 43;
}

/**
 * Whether the cells of `l` from `from` (after the opening bar) up to `inner`, each trimmed, hold only
 * `-`, `:` and `+` (`/^[-:+]*$/`).
 */
function isRule(l: string, from: number, inner: number): boolean {
  for (let a = from; ;) {
    const bar = l.indexOf('|', a);
    const b = bar < 0 || bar > inner ? inner : bar;
    let i = a;
    let j = b;
    while (i < j && isJsSpace(l.charCodeAt(i))) i++;
    while (j > i && isJsSpace(l.charCodeAt(j - 1))) j--;
    for (; i < j; i++) {
      if (!isRuleChar(l.charCodeAt(i))) return false;
    }
    if (b >= inner) return true;
    a = b + 1;
  }
}

function parseTable(text: string, file: string): Series[] {
  const flavour = flavourOf(text);
  if (!flavour)
    throw new ParseError(
      file,
      1,
      'expected a hyperfine --export-markdown, --export-asciidoc or --export-orgmode table',
    );
  if (flavour !== 'asciidoc') return parsePipeTable(text, file, flavour);
  return parseAsciidoc(text, file);
}

/**
 * AsciiDoc: a cell per line (`| 20.9 ± 12.6`) between `|===` lines, rows separated by blank lines, the
 * first row the header. Rows become series as they end, keeping only where their first cells are;
 * a row's error waits until the whole file has been checked for cells that are not cells, which it
 * always reported first. Each line is read in place; only a command is sliced.
 */
function parseAsciidoc(text: string, file: string): Series[] {
  const r = new AsciidocRows(text, file);
  const at = r.at;
  let inTable = false;
  // the row being read: its first line and how many cells (locals: the loop runs once a line)
  let start = 0;
  let cells = 0;
  let n = 0;
  for (let ls = 0; ;) {
    const nl = text.indexOf('\n', ls);
    const end = nl < 0 ? text.length : nl;
    // the line without its CR is text[ls, le)
    const le = end > ls && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    n++;
    if (le - ls === 4 && isAt(text, '|===', ls)) inTable = !inTable;
    else if (inTable) {
      const a = skipBlanks(text, ls, le);
      if (a === le) {
        if (cells > 0) r.endRow(cells, start);
        cells = 0;
      } else if (text.charCodeAt(ls) !== 124 /* | */)
        throw new ParseError(file, n, 'expected an AsciiDoc cell "| …"', text.slice(ls, le));
      else {
        if (cells === 0) start = n;
        if (cells < 3) {
          // the cell after its bar, trimmed
          const c = skipBlanks(text, ls + 1, le);
          let z = le;
          while (z > c && isJsSpace(text.charCodeAt(z - 1))) z--;
          at[2 * cells] = c;
          at[2 * cells + 1] = z;
        }
        cells++;
      }
    }
    if (nl < 0) break;
    ls = nl + 1;
  }
  if (cells > 0) r.endRow(cells, start);
  if (r.unit === undefined) throw new ParseError(file, 1, 'expected a "Mean [<unit>]" column header');
  if (r.rowError !== undefined) throw r.rowError;
  if (r.out.length === 0) throw new ParseError(file, n, 'expected at least one command row');
  return r.out;
}

/** The rows of an AsciiDoc table as they end: the header's unit first, then a series per row. */
class AsciidocRows {
  /** Where the first three cells of the row being read are in the text (trimmed): start, end. */
  readonly at = new Int32Array(6);
  readonly out: Series[] = [];
  unit: string | undefined;
  rowError: unknown;
  private header = true;
  private readonly unique: UniqueNames;

  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {
    this.unique = new UniqueNames(file);
  }

  private cell(k: number): string {
    return this.text.slice(this.at[2 * k], this.at[2 * k + 1]);
  }

  /** The row of `cells` cells that started on line `start` has ended. */
  endRow(cells: number, start: number): void {
    if (this.header) {
      this.header = false;
      this.unit = cells > 1 ? MEAN_HEADER.exec(this.cell(1))?.[1] : undefined;
      return;
    }
    const unit = this.unit;
    if (unit === undefined || this.rowError !== undefined) return;
    try {
      if (cells < 4)
        throw new ParseError(
          this.file,
          start,
          'expected "Command | Mean | Min | Max | Relative" cells',
          [0, 1, 2]
            .slice(0, cells)
            .map((k) => this.cell(k))
            .join(' | '),
        );
      const at = this.at;
      const name = commandAt(this.text, at[0], at[1], 'asciidoc');
      const s = rowSeries(name, this.text, at[2], at[3], unit, this.file, start);
      this.unique.check(s, start);
      this.out.push(s);
    } catch (e) {
      this.rowError = e;
    }
  }
}

export const hyperfineTable: Parser = {
  name: 'hyperfine-table',
  describe: 'hyperfine --export-markdown FILE (or --export-asciidoc, --export-orgmode)',
  detect(text) {
    return flavourOf(text) !== undefined;
  },
  parse: parseTable,
};
