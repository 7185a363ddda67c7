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
import { UniqueNames, readNumber } from './common.js';
import { consoleSeries, csvFields, eachLine, textLines } from './console-table.js';

const CSV_HEADER = 'command,mean,stddev,median,user,system,min,max';

function parseCsv(text: string, file: string): Series[] {
  let columns: string[] = [];
  const out: Series[] = [];
  const unique = new UniqueNames(file);
  const count = eachLine(text, (line, n) => {
    if (n === 1) {
      const head = line.replace(/^\uFEFF/, '');
      if (!head.startsWith(CSV_HEADER))
        throw new ParseError(file, 1, `expected the hyperfine CSV header "${CSV_HEADER}"`, head);
      columns = csvFields(head) ?? [];
      return;
    }
    if (line.trim() === '') return;
    const f = csvFields(line);
    if (!f || f.length !== columns.length)
      throw new ParseError(file, n, `expected ${columns.length} comma-separated fields`, line);
    const num = (name: string): number => {
      const cell = f[columns.indexOf(name)];
      const v = readNumber(cell);
      if (v === undefined) throw new ParseError(file, n, `expected a number of seconds for "${name}"`, cell);
      return v;
    };
    const s = consoleSeries(
      { name: f[0], metric: 'time', rawUnit: 's', value: num('median'), spread: { stddev: num('stddev') } },
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

/** `20.9 ± 12.6` → mean and stddev; `1.052` (a single run) → the mean alone. */
function meanCell(cell: string): { mean?: number; stddev?: number } {
  const [m, sd] = cell.split('±');
  return { mean: readNumber(m), stddev: sd === undefined ? undefined : readNumber(sd) };
}

/** A command cell without its markup: `` `cmd` `` (Markdown, AsciiDoc) or `=cmd=` (Org). */
function commandOf(cell: string, flavour: Flavour): string {
  const t = cell.trim();
  if (flavour === 'orgmode' && t.length >= 2 && t.startsWith('=') && t.endsWith('=')) return t.slice(1, -1);
  if (t.length >= 2 && t.startsWith('`') && t.endsWith('`')) return t.slice(1, -1);
  return t;
}

function parseTable(text: string, file: string): Series[] {
  const flavour = flavourOf(text);
  if (!flavour)
    throw new ParseError(
      file,
      1,
      'expected a hyperfine --export-markdown, --export-asciidoc or --export-orgmode table',
    );
  const lines = textLines(text);
  // rows as [command, mean, min, max, relative] cells, each with its line number
  const rows: { cells: string[]; line: number }[] = [];
  let unit: string | undefined;
  if (flavour === 'asciidoc') {
    let cells: string[] = [];
    let start = 0;
    let inTable = false;
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      if (l === '|===') {
        inTable = !inTable;
        continue;
      }
      if (!inTable) continue;
      if (l.trim() === '') {
        if (cells.length > 0) rows.push({ cells, line: start });
        cells = [];
        continue;
      }
      if (!l.startsWith('|')) throw new ParseError(file, i + 1, 'expected an AsciiDoc cell "| …"', l);
      if (cells.length === 0) start = i + 1;
      cells.push(l.slice(1).trim());
    }
    if (cells.length > 0) rows.push({ cells, line: start });
    const header = rows.shift();
    unit = header ? /^Mean \[([^\]]+)\]$/.exec(header.cells[1] ?? '')?.[1] : undefined;
  } else {
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i].trim();
      if (!l.startsWith('|')) continue;
      const cells = l
        .slice(1, l.endsWith('|') ? -1 : undefined)
        .split('|')
        .map((c) => c.trim());
      if (cells[0] === 'Command') {
        unit = /^Mean \[([^\]]+)\]$/.exec(cells[1] ?? '')?.[1];
        continue;
      }
      if (/^[-:+]*$/.test(cells.join(''))) continue; // |:---|---:| or |--+--|
      rows.push({ cells, line: i + 1 });
    }
  }
  if (unit === undefined) throw new ParseError(file, 1, 'expected a "Mean [<unit>]" column header');
  const out: Series[] = [];
  const unique = new UniqueNames(file);
  for (const { cells, line } of rows) {
    if (cells.length < 4)
      throw new ParseError(
        file,
        line,
        'expected "Command | Mean | Min | Max | Relative" cells',
        cells.join(' | '),
      );
    const name = commandOf(cells[0], flavour);
    const { mean, stddev } = meanCell(cells[1]);
    if (mean === undefined)
      throw new ParseError(file, line, `expected "<mean> ± <stddev>" in ${unit} for "${name}"`, cells[1]);
    const s = consoleSeries(
      {
        name,
        metric: 'time',
        rawUnit: unit,
        value: mean,
        spread: stddev === undefined ? undefined : { stddev },
      },
      file,
      line,
    );
    unique.check(s, line);
    out.push(s);
  }
  if (out.length === 0) throw new ParseError(file, lines.length, 'expected at least one command row');
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
