/**
 * hyperfine's CSV, Markdown, Org and AsciiDoc readers scan their usual row in place (offsets into
 * the whole text, no line strings): on damaged real exports they give exactly what a plain reading of
 * each format gives, line by line with split cells and fields, as the module documents it (series,
 * and an error's line and message). Seeds are fixed; FUZZ_SEED / FUZZ_RUNS explore further.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { hyperfineCsv, hyperfineTable } from '../../src/parse/hyperfine-export.js';
import { readNumber } from '../../src/parse/common.js';
import { consoleSeries, csvFields } from '../../src/parse/console-table.js';
import { ParseError } from '../../src/errors.js';
import type { Series } from '../../src/model.js';
import type { Parser } from '../../src/parse/types.js';
import { damaged } from './damage.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 400);
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);

type Outcome = { series?: unknown; line?: number; expected?: string };

/** The series, or the error's line and what it expected. */
function outcome(read: () => Series[]): Outcome {
  try {
    return { series: read() };
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    return { line: e.lineNumber, expected: e.message.replace(/^f\.txt(:\d+)?: /, '') };
  }
}

/** The lines as the readers number them: split at LF, a CR before it dropped. */
const linesOf = (text: string): string[] => text.split('\n').map((l) => l.replace(/\r$/, ''));

/** A list of series, each (name, metric) once: the error names the line of the first. */
class Seen {
  private readonly first = new Map<string, number>();
  readonly series: Series[] = [];
  add(s: Series, n: number): void {
    const before = this.first.get(s.name);
    if (before !== undefined)
      throw new ParseError(
        'f.txt',
        n,
        `expected each benchmark name once, "${s.name}" (time) already appeared on line ${before}`,
      );
    this.first.set(s.name, n);
    this.series.push(s);
  }
  done(lines: number): Series[] {
    if (this.series.length === 0) throw new ParseError('f.txt', lines, 'expected at least one command row');
    return this.series;
  }
}

const CSV_HEADER = 'command,mean,stddev,median,user,system,min,max';

/** The CSV export read plainly: csvFields of each line, readNumber of its fields. */
function plainCsv(text: string): Series[] {
  const lines = linesOf(text);
  const head = lines[0].replace(/^\uFEFF/, '');
  if (!head.startsWith(CSV_HEADER))
    throw new ParseError('f.txt', 1, `expected the hyperfine CSV header "${CSV_HEADER}"`, head);
  const columns = csvFields(head) ?? [];
  const seen = new Seen();
  lines.forEach((line, i) => {
    const n = i + 1;
    if (n === 1 || line.trim() === '') return;
    const f = csvFields(line);
    if (!f || f.length !== columns.length)
      throw new ParseError('f.txt', n, `expected ${columns.length} comma-separated fields`, line);
    const num = (name: string): number => {
      const v = readNumber(f[columns.indexOf(name)]);
      if (v === undefined)
        throw new ParseError(
          'f.txt',
          n,
          `expected a number of seconds for "${name}"`,
          f[columns.indexOf(name)],
        );
      return v;
    };
    const raw = {
      name: f[0],
      metric: 'time',
      rawUnit: 's',
      value: num('median'),
      spread: { stddev: num('stddev') },
    };
    seen.add(consoleSeries(raw, 'f.txt', n), n);
  });
  return seen.done(lines.length);
}

const MEAN_HEADER = /^Mean \[([^\]]+)\]$/;

/** A row's series from its command and its mean cell, `<mean> ± <stddev>` or `<mean>`. */
function rowOf(name: string, mean: string, unit: string, n: number): Series {
  const parts = mean.split('±');
  const value = readNumber(parts[0]);
  if (value === undefined)
    throw new ParseError('f.txt', n, `expected "<mean> ± <stddev>" in ${unit} for "${name}"`, mean);
  const stddev = parts.length > 1 ? readNumber(parts[1]) : undefined;
  const raw = {
    name,
    metric: 'time',
    rawUnit: unit,
    value,
    spread: stddev === undefined ? undefined : { stddev },
  };
  return consoleSeries(raw, 'f.txt', n);
}

function commandOf(cell: string, org: boolean): string {
  const t = cell.trim();
  if (org && t.length >= 2 && t.startsWith('=') && t.endsWith('=')) return t.slice(1, -1);
  if (t.length >= 2 && t.startsWith('`') && t.endsWith('`')) return t.slice(1, -1);
  return t;
}

/** A Markdown or Org table read plainly: each trimmed line split at its bars. */
function plainPipeTable(text: string, org: boolean): Series[] {
  const lines = linesOf(text).map((l) => l.trim());
  const cells = (l: string): string[] =>
    l
      .slice(1, l.endsWith('|') ? -1 : undefined)
      .split('|')
      .map((c) => c.trim());
  const headers = lines.filter((l) => l.startsWith('|') && cells(l)[0] === 'Command');
  const unit =
    headers.length === 0 ? undefined : MEAN_HEADER.exec(cells(headers[headers.length - 1])[1] ?? '')?.[1];
  if (unit === undefined) throw new ParseError('f.txt', 1, 'expected a "Mean [<unit>]" column header');
  const seen = new Seen();
  lines.forEach((l, i) => {
    const c = cells(l);
    if (!l.startsWith('|') || c[0] === 'Command' || c.every((x) => /^[-:+]*$/.test(x))) return;
    if (c.length < 4)
      throw new ParseError(
        'f.txt',
        i + 1,
        'expected "Command | Mean | Min | Max | Relative" cells',
        c.join(' | '),
      );
    seen.add(rowOf(commandOf(c[0], org), c[1], unit, i + 1), i + 1);
  });
  return seen.done(lines.length);
}

/** An AsciiDoc table read plainly: its rows as lists of cells, then the series of each. */
function plainAsciidoc(text: string): Series[] {
  const lines = linesOf(text);
  const rows: { start: number; cells: string[] }[] = [];
  let inTable = false;
  let row: { start: number; cells: string[] } | undefined;
  lines.forEach((l, i) => {
    if (l === '|===') inTable = !inTable;
    else if (!inTable) return;
    else if (l.trim() === '') row = undefined;
    else if (!l.startsWith('|')) throw new ParseError('f.txt', i + 1, 'expected an AsciiDoc cell "| …"', l);
    else {
      if (!row) rows.push((row = { start: i + 1, cells: [] }));
      row.cells.push(l.slice(1).trim());
    }
  });
  const head = rows.shift();
  const unit = head && head.cells.length > 1 ? MEAN_HEADER.exec(head.cells[1])?.[1] : undefined;
  if (unit === undefined) throw new ParseError('f.txt', 1, 'expected a "Mean [<unit>]" column header');
  const seen = new Seen();
  for (const { start, cells } of rows) {
    if (cells.length < 4)
      throw new ParseError(
        'f.txt',
        start,
        'expected "Command | Mean | Min | Max | Relative" cells',
        cells.slice(0, 3).join(' | '),
      );
    seen.add(rowOf(commandOf(cells[0], false), cells[1], unit, start), start);
  }
  return seen.done(lines.length);
}

const PIECES = [
  ' ',
  '  ',
  '\t',
  '\r',
  '\u2028',
  '\u00a0',
  '\ufeff',
  '0',
  '9',
  '.',
  '-',
  '+',
  'e',
  ',',
  '"',
  '""',
  '|',
  '| ',
  '`',
  '=',
  ':',
  '±',
  ' ± ',
  'Command',
  '|===',
  'Mean [ms]',
  '12345678901234567890',
  '\n',
  '\n\n',
];

const fixtures = (re: RegExp): string[] =>
  fs
    .readdirSync(path.join('fixtures', 'hyperfine'))
    .filter((f) => re.test(f) && f !== 'README.md')
    .map((f) => fs.readFileSync(path.join('fixtures', 'hyperfine', f), 'utf8'));

/** The flavour the table reader sees, as its detection tells them apart (Org strips `=cmd=`). */
function plainTable(text: string): Series[] {
  const head = text.slice(0, 4096);
  if (/^\| Command \| Mean \[[^\]\n]{1,3}\] \| Min \[/m.test(head)) return plainPipeTable(text, false);
  if (/^\| Command\s{0,4}\|\s{0,4}Mean \[[^\]\n]{1,3}\] \|/m.test(head)) return plainPipeTable(text, true);
  if (/^\|===\r?\n\| Command \r?\n\| Mean \[[^\]\n]{1,3}\] \r?\n/m.test(head)) return plainAsciidoc(text);
  throw new ParseError(
    'f.txt',
    1,
    'expected a hyperfine --export-markdown, --export-asciidoc or --export-orgmode table',
  );
}

describe.each<{ p: Parser; ext: RegExp; plain: (text: string) => Series[] }>([
  { p: hyperfineCsv, ext: /\.csv$/, plain: plainCsv },
  { p: hyperfineTable, ext: /\.md$/, plain: plainTable },
  { p: hyperfineTable, ext: /\.org$/, plain: plainTable },
  { p: hyperfineTable, ext: /\.adoc$/, plain: plainTable },
])('$p.name ($ext) read in place', ({ p, ext, plain }) => {
  const texts = fixtures(ext);

  test('reads every fixture as the plain reading does', () => {
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) {
      const o = outcome(() => p.parse(t, 'f.txt'));
      expect(o.series).toBeDefined();
      expect(o).toEqual(outcome(() => plain(t)));
    }
  });

  test('gives the same series and errors as the plain reading on damaged fixtures', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...texts).chain((t) => damaged(t, PIECES, { repeatLine: true, crlf: true })),
        (text) => {
          expect(outcome(() => p.parse(text, 'f.txt'))).toEqual(outcome(() => plain(text)));
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  });
});

test('hyperfine-csv reads rows of quoted, empty and long fields as the plain reading does', () => {
  const field = fc.constantFrom(
    'sleep 1',
    '"a,b"',
    '"a""b"',
    '"x',
    'x"y',
    '"0.5"',
    '',
    ' ',
    ' 0.5',
    '0.0123',
    '0.016727229500000003',
    '12345678901234567890.5',
    '1e-3',
    '-0.5',
    '1,000',
    '.5',
    '5.',
    '.',
  );
  const row = fc.array(field, { minLength: 6, maxLength: 10 }).map((f) => f.join(','));
  fc.assert(
    fc.property(fc.array(row, { minLength: 1, maxLength: 4 }), fc.boolean(), (rows, crlf) => {
      const text = [`${CSV_HEADER}`, ...rows].join(crlf ? '\r\n' : '\n');
      expect(outcome(() => hyperfineCsv.parse(text, 'f.txt'))).toEqual(outcome(() => plainCsv(text)));
    }),
    { numRuns: RUNS * 5, seed: SEED },
  );
});
