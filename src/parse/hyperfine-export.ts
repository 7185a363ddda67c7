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
import { CsvRow, consoleSeries, csvFields, eachLine, isJsSpace } from './console-table.js';

const CSV_HEADER = 'command,mean,stddev,median,user,system,min,max';

function parseCsv(text: string, file: string): Series[] {
  let columns: string[] = [];
  const out: Series[] = [];
  const unique = new UniqueNames(file);
  const f = new CsvRow();
  const count = eachLine(text, (line, n) => {
    if (n === 1) {
      const head = line.replace(/^\uFEFF/, '');
      if (!head.startsWith(CSV_HEADER))
        throw new ParseError(file, 1, `expected the hyperfine CSV header "${CSV_HEADER}"`, head);
      columns = csvFields(head) ?? [];
      return;
    }
    if (line.trim() === '') return;
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
    const s = consoleSeries(
      {
        name: f.text(0),
        metric: 'time',
        rawUnit: 's',
        value: num('median'),
        spread: { stddev: num('stddev') },
      },
      file,
      n,
    );
    unique.check(s, n);
    out.push(s);
  });
  if (out.length === 0) throw new ParseError(file, count, 'expected at least one command row');
  return out;
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
  const pm = line.indexOf('±', meanFrom);
  const meanEnd = pm >= 0 && pm < meanTo ? pm : meanTo;
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
    const next = line.indexOf('±', meanEnd + 1);
    stddev = numberIn(line, meanEnd + 1, next >= 0 && next < meanTo ? next : meanTo);
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

/**
 * Markdown and Org rows: `| cell | cell | … |`, the header row `| Command | Mean [unit] | …` (the last
 * one in the file gives the unit of every row, as before), rule rows of `-:+` only. Two passes over the
 * lines (the header's unit first, then the rows) so that no row is kept as cells in between.
 */
function parsePipeTable(text: string, file: string, flavour: Flavour): Series[] {
  let unit: string | undefined;
  eachLine(text, (raw) => {
    const l = raw.trim();
    if (!l.startsWith('|')) return;
    if (l.slice(1, firstBar(l, innerEnd(l))).trim() !== 'Command') return;
    unit = MEAN_HEADER.exec(cellsOf(l)[1] ?? '')?.[1];
  });
  if (unit === undefined) throw new ParseError(file, 1, 'expected a "Mean [<unit>]" column header');
  const u = unit;
  const out: Series[] = [];
  const unique = new UniqueNames(file);
  const count = eachLine(text, (raw, n) => {
    const l = raw.trim();
    if (!l.startsWith('|')) return;
    // the cells between the bars, found in place: the first (command), the second (mean), how many
    const inner = innerEnd(l);
    const b1 = firstBar(l, inner);
    const name0 = l.slice(1, b1).trim();
    if (name0 === 'Command') return;
    if (isRule(l, inner)) return; // |:---|---:| or |--+--|
    let cells = 1;
    for (let b = b1; b >= 0 && b < inner; b = l.indexOf('|', b + 1)) cells++;
    const b2 = b1 < inner ? firstBarFrom(l, b1 + 1, inner) : inner;
    if (cells < 4)
      throw new ParseError(
        file,
        n,
        'expected "Command | Mean | Min | Max | Relative" cells',
        cellsOf(l).join(' | '),
      );
    const s = rowSeries(commandOf(name0, flavour), l, b1 + 1, b2, u, file, n);
    unique.check(s, n);
    out.push(s);
  });
  if (out.length === 0) throw new ParseError(file, count, 'expected at least one command row');
  return out;
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

/** Whether the cells of `l` (up to `inner`), each trimmed, hold only `-`, `:` and `+` (`/^[-:+]*$/`). */
function isRule(l: string, inner: number): boolean {
  for (let a = 1; ;) {
    const bar = l.indexOf('|', a);
    const b = bar < 0 || bar > inner ? inner : bar;
    let i = a;
    let j = b;
    while (i < j && isJsSpace(l.charCodeAt(i))) i++;
    while (j > i && isJsSpace(l.charCodeAt(j - 1))) j--;
    for (; i < j; i++) {
      const c = l.charCodeAt(i);
      if (c !== 45 && c !== 58 && c !== 43) return false;
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
 * first row the header. Rows become series as they end, keeping only their first cells; a row's error
 * waits until the whole file has been checked for cells that are not cells, which it always reported
 * first.
 */
function parseAsciidoc(text: string, file: string): Series[] {
  let unit: string | undefined;
  let header = true;
  let inTable = false;
  // the row being read: its first line, how many cells, and the first three (an error quotes them)
  let start = 0;
  let cells = 0;
  let c0 = '';
  let c1 = '';
  let c2 = '';
  const out: Series[] = [];
  const unique = new UniqueNames(file);
  let rowError: unknown;
  const endRow = (): void => {
    if (cells === 0) return;
    if (header) {
      header = false;
      unit = cells > 1 ? MEAN_HEADER.exec(c1)?.[1] : undefined;
    } else if (unit !== undefined && rowError === undefined) {
      try {
        if (cells < 4)
          throw new ParseError(
            file,
            start,
            'expected "Command | Mean | Min | Max | Relative" cells',
            [c0, c1, c2].slice(0, cells).join(' | '),
          );
        const s = rowSeries(commandOf(c0, 'asciidoc'), c1, 0, c1.length, unit, file, start);
        unique.check(s, start);
        out.push(s);
      } catch (e) {
        rowError = e;
      }
    }
    cells = 0;
  };
  const count = eachLine(text, (l, n) => {
    if (l === '|===') {
      inTable = !inTable;
      return;
    }
    if (!inTable) return;
    if (l.trim() === '') {
      endRow();
      return;
    }
    if (!l.startsWith('|')) throw new ParseError(file, n, 'expected an AsciiDoc cell "| …"', l);
    if (cells === 0) start = n;
    if (cells < 3) {
      const c = l.slice(1).trim();
      if (cells === 0) c0 = c;
      else if (cells === 1) c1 = c;
      else c2 = c;
    }
    cells++;
  });
  endRow();
  if (unit === undefined) throw new ParseError(file, 1, 'expected a "Mean [<unit>]" column header');
  if (rowError !== undefined) throw rowError;
  if (out.length === 0) throw new ParseError(file, count, 'expected at least one command row');
  return out;
}

export const hyperfineTable: Parser = {
  name: 'hyperfine-table',
  describe: 'hyperfine --export-markdown FILE (or --export-asciidoc, --export-orgmode)',
  detect(text) {
    return flavourOf(text) !== undefined;
  },
  parse: parseTable,
};
