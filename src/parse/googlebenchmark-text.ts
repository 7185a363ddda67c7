/**
 * Google Benchmark's console table and its CSV (`--benchmark_format=csv`, `--benchmark_out_format=csv`),
 * for users who keep those instead of the JSON (googlebenchmark.ts, whose series names and metrics
 * these follow: `time` (real), `cpu_time`, `bytes_per_second`, `items_per_second`, user counters).
 *
 * - Console rows are `<name> <time> <unit> <cpu> <unit> <iterations> [counters]`. Names may hold spaces
 *   and non-ASCII bytes that shift the columns, so a row is read from the first place where
 *   "number, time unit, number, time unit, integer" follows; the name is the text before it. Counters
 *   print as `key=value` (`items_per_second=204.287M/s`) or, with `--benchmark_counters_tabular`, in
 *   columns named in the header. Suffixes k, M, G, T scale by 1000, except for `bytes_per_second`,
 *   which Google Benchmark prints in powers of 1024.
 * - CSV rows are `name,iterations,real_time,cpu_time,time_unit,bytes_per_second,items_per_second,label,
 *   error_occurred,error_message[,"counter"...]`, after the context lines `--benchmark_out` writes first.
 *   Rows with `error_occurred` are skipped, as are complexity rows (`_BigO`, `_RMS`), as in the JSON.
 * - `--benchmark_repetitions=N`: a name printed N times gives N samples (headline: their median). The
 *   aggregate rows (`_mean`, `_median`, `_stddev`, `_cv`) of a name are recognised as such when the
 *   plain name or another aggregate of it is present; with aggregates only, `_median` (else `_mean`) is
 *   the headline and `_stddev` the spread. A series without samples is `origin: 'console'`.
 */
import type { Parser } from './types.js';
import type { Series } from '../model.js';
import { ParseError } from '../errors.js';
import type { RawSeries } from './common.js';
import { KeyTable, makeSeries, medianOf, numberIn, readNumber } from './common.js';
import { counterUnit } from './googlebenchmark.js';
import { CsvRow, csvFields, eachLine, eachPlainLine, isJsSpace, stripAnsi } from './console-table.js';
import { isAt } from './line-scan.js';
import { LineCursor } from './text-scan.js';

const TIME_UNITS = ['ns', 'us', 'ms', 's'];
const CONSOLE_UNITS = [...TIME_UNITS, '%'];
const AGGREGATES = ['_mean', '_median', '_stddev', '_cv'] as const;
type Aggregate = (typeof AGGREGATES)[number];

/** `204.287M/s`, `4.096k`, `64`, `1.12893k/s` → the number (1024-based for bytes), or undefined. */
function counterValue(text: string, key: string): number | undefined {
  const t = text.endsWith('/s') ? text.slice(0, -2) : text;
  const last = t.charAt(t.length - 1);
  const power = 'kMGTPE'.indexOf(last) + 1;
  const n = readNumber(power > 0 ? t.slice(0, -1) : t);
  if (n === undefined) return undefined;
  return n * (key === 'bytes_per_second' ? 1024 : 1000) ** power;
}

type Dir = 'bigger' | 'smaller' | undefined;

/**
 * The rows read so far, merged per printed name as they come: a 100 MB table holds millions of rows
 * and several series per row, so nothing is kept per row, and each printed (name, metric) is a record
 * in parallel arrays (its metric, first line, place in that row, unit, direction, values) rather than
 * an object with a list of values. Names in order of first appearance.
 */
class PrintedRows {
  readonly names = new KeyTable();
  readonly nameList: string[] = [];
  /** Each name's first and last record, -1 before it has one. */
  private readonly firstRec: number[] = [];
  private readonly lastRec: number[] = [];
  // the records, by record number
  readonly metric: string[] = [];
  readonly line: number[] = [];
  readonly pos: number[] = [];
  readonly rawUnit: string[] = [];
  readonly direction: Dir[] = [];
  /** The first value; the later ones (repetitions) in `more`. */
  readonly first: number[] = [];
  readonly more: (number[] | undefined)[] = [];
  /** The name's next record, -1 for its last. */
  readonly next: number[] = [];

  private lastName: string | undefined;
  private lastId = -1;

  /** The number of a printed name, registered on its first row. */
  name(name: string): number {
    // repetitions print a name on consecutive rows: comparing it with the last one beats hashing it
    if (name === this.lastName) return this.lastId;
    let id = this.names.idOf(name, '');
    if (id < 0) {
      this.nameList.push(name);
      this.firstRec.push(-1);
      this.lastRec.push(-1);
      id = -1 - id;
    }
    this.lastName = name;
    this.lastId = id;
    return id;
  }

  /** `name(t.slice(a, b))`, without the slice when it is the last name again (repetitions). */
  nameAt(t: string, a: number, b: number): number {
    const last = this.lastName;
    if (last !== undefined && last.length === b - a && isAt(t, last, a)) return this.lastId;
    return this.name(t.slice(a, b));
  }

  /** Value number `pos` of a row of name `g`: another value of its metric, or the metric's first. */
  value(
    g: number,
    line: number,
    pos: number,
    metric: string,
    rawUnit: string,
    value: number,
    dir?: Dir,
  ): void {
    for (let r = this.firstRec[g]; r >= 0; r = this.next[r]) {
      if (this.metric[r] === metric) {
        const more = this.more[r];
        if (more) more.push(value);
        else this.more[r] = [value];
        return;
      }
    }
    const r = this.metric.length;
    this.metric.push(metric);
    this.line.push(line);
    this.pos.push(pos);
    this.rawUnit.push(rawUnit);
    this.direction.push(dir);
    this.first.push(value);
    this.more.push(undefined);
    this.next.push(-1);
    if (this.lastRec[g] < 0) this.firstRec[g] = r;
    else this.next[this.lastRec[g]] = r;
    this.lastRec[g] = r;
  }

  /** A counter's value, with its unit and direction from the key. */
  counter(g: number, line: number, pos: number, key: string, value: number): void {
    const cu = counterUnit(key);
    this.value(g, line, pos, key, cu.rawUnit, value, cu.direction);
  }

  records(g: number): number {
    return this.firstRec[g];
  }

  /** A record's values in file order. */
  values(r: number): number[] {
    const more = this.more[r];
    return more ? [this.first[r], ...more] : [this.first[r]];
  }
}

/** Rows grouped by benchmark, aggregates told apart, turned into series. */
function seriesOf(rows: PrintedRows, file: string): Series[] {
  const names = rows.nameList;
  const printed = (name: string): boolean => rows.names.find(name, '') >= 0;
  const aggregateOf = (name: string): { base: string; kind: Aggregate } | undefined => {
    for (const kind of AGGREGATES) {
      if (!name.endsWith(kind)) continue;
      const base = name.slice(0, -kind.length);
      if (printed(base) || AGGREGATES.some((k) => k !== kind && printed(base + k))) return { base, kind };
    }
    return undefined;
  };
  interface Acc {
    metric: string;
    line: number;
    pos: number;
    rawUnit: string;
    direction?: 'bigger' | 'smaller';
    samples: number[];
    agg: Partial<Record<Aggregate, number>>;
  }
  // The runs in order of first appearance: a name without aggregates (most of them) is a run of its
  // own, its records already in (line, place) order, kept as its number; the names of a benchmark
  // with aggregates are merged into a list of accumulators per base name.
  // (base names numbered by a KeyTable, their lists by number: Maps of a million names cost more)
  const aggs = names.map(aggregateOf);
  const bases = new KeyTable();
  const merged: Acc[][] = [];
  for (const a of aggs) if (a && bases.idOf(a.base, '') < 0) merged.push([]);
  const runs: { name: string; run: number | Acc[] }[] = [];
  const started: boolean[] = [];
  for (let g = 0; g < names.length; g++) {
    const agg = aggs[g];
    const base = agg ? agg.base : names[g];
    const id = merged.length > 0 ? bases.find(base, '') : -1;
    if (id < 0) {
      runs.push({ name: base, run: g });
      continue;
    }
    const run = merged[id];
    if (!started[id]) {
      started[id] = true;
      runs.push({ name: base, run });
    }
    for (let r = rows.records(g); r >= 0; r = rows.next[r]) {
      const metric = rows.metric[r];
      let acc = run.find((a) => a.metric === metric);
      if (!acc)
        run.push(
          (acc = {
            metric,
            line: rows.line[r],
            pos: rows.pos[r],
            rawUnit: rows.rawUnit[r],
            direction: rows.direction[r],
            samples: [],
            agg: {},
          }),
        );
      else if (rows.line[r] < acc.line) {
        // the metric's first row in the file decides its unit, line and place, as row by row would
        Object.assign(acc, {
          line: rows.line[r],
          pos: rows.pos[r],
          rawUnit: rows.rawUnit[r],
          direction: rows.direction[r],
        });
      }
      // only the base name itself gives samples; an aggregate name gives its last printed value
      const values = rows.values(r);
      if (agg) acc.agg[agg.kind] = values[values.length - 1];
      else acc.samples = values;
    }
  }
  const out: Series[] = [];
  for (const { name, run } of runs) {
    if (typeof run === 'number') {
      for (let r = rows.records(run); r >= 0; r = rows.next[r]) {
        const raw: RawSeries = {
          name,
          metric: rows.metric[r],
          rawUnit: rows.rawUnit[r],
          value: rows.first[r],
          direction: rows.direction[r],
        };
        if (rows.more[r]) {
          const samples = rows.values(r);
          raw.value = medianOf(samples);
          raw.samples = samples;
        } else raw.origin = 'console';
        out.push(makeSeries(raw, file, rows.line[r]));
      }
      continue;
    }
    run.sort((x, y) => x.line - y.line || x.pos - y.pos);
    for (const a of run) {
      const metric = a.metric;
      const value = a.samples.length > 0 ? medianOf(a.samples) : (a.agg._median ?? a.agg._mean);
      if (value === undefined) continue;
      const raw: RawSeries = { name, metric, rawUnit: a.rawUnit, value, direction: a.direction };
      if (a.samples.length > 1) raw.samples = a.samples;
      else raw.origin = 'console';
      if (a.agg._stddev !== undefined) raw.spread = { stddev: a.agg._stddev };
      out.push(makeSeries(raw, file, a.line));
    }
  }
  if (out.length === 0) throw new ParseError(file, 1, 'expected at least one benchmark row');
  return out;
}

/**
 * The whitespace-separated fields (`\S+`) of a line, text[s, e), as offsets into the text: `start[j]`,
 * `end[j]` for j < `count`. One scanner reused for every line, so a row allocates only the fields it
 * reads.
 */
class Fields {
  readonly start: number[] = [];
  readonly end: number[] = [];
  count = 0;
  line = '';

  scan(t: string, s: number, e: number): void {
    this.line = t;
    let n = 0;
    let i = s;
    while (i < e) {
      // printable ASCII other than the space is never a blank: most characters are decided here
      for (; i < e; i++) {
        const c = t.charCodeAt(i);
        if ((c > 32 && c < 127) || !isJsSpace(c)) break;
      }
      if (i >= e) break;
      const a = i;
      for (; i < e; i++) {
        const c = t.charCodeAt(i);
        if (!(c > 32 && c < 127) && isJsSpace(c)) break;
      }
      this.start[n] = a;
      this.end[n] = i;
      n++;
    }
    this.count = n;
  }

  text(j: number): string {
    return this.line.slice(this.start[j], this.end[j]);
  }

  /** Whether field j is exactly `s`, without slicing it. */
  is(j: number, s: string): boolean {
    return this.end[j] - this.start[j] === s.length && isAt(this.line, s, this.start[j]);
  }

  /** Field j as one of the time units or `%` (a shared string, not a slice per row), else undefined. */
  unit(j: number): string | undefined {
    for (let u = 0; u < CONSOLE_UNITS.length; u++) if (this.is(j, CONSOLE_UNITS[u])) return CONSOLE_UNITS[u];
    return undefined;
  }

  /** `readNumber` of field j, read in place. */
  number(j: number): number | undefined {
    return numberIn(this.line, this.start[j], this.end[j]);
  }

  /** Whether field j is all ASCII digits (`/^\d+$/`). */
  isDigits(j: number): boolean {
    for (let k = this.start[j]; k < this.end[j]; k++) {
      const c = this.line.charCodeAt(k);
      if (c < 48 || c > 57) return false;
    }
    return true;
  }

  /** Whether the line is a rule (`-----`): one field of dashes only. */
  isRule(): boolean {
    if (this.count !== 1) return false;
    for (let k = this.start[0]; k < this.end[0]; k++) if (this.line.charCodeAt(k) !== 45) return false;
    return true;
  }
}

const CONSOLE_HEADER = /^Benchmark\s+Time\s+CPU\s+Iterations(?:\s|$)/;

/** The console table's rows, one line at a time. */
class ConsoleReader {
  readonly rows = new PrintedRows();
  private tabular: string[] | undefined;
  private inTable = false;
  private readonly f = new Fields();

  constructor(private readonly file: string) {}

  /** The line text[s, e) (no line end, no colours) as line n. */
  line(t: string, s: number, e: number, n: number): void {
    const file = this.file;
    if (e - s >= 9 && isAt(t, 'Benchmark', s)) {
      const line = t.slice(s, e);
      if (CONSOLE_HEADER.test(line)) {
        const extra = line.trim().split(/\s+/).slice(4);
        this.tabular =
          extra.length === 0 || (extra.length === 1 && extra[0] === 'UserCounters...') ? undefined : extra;
        this.inTable = true;
        return;
      }
    }
    if (!this.inTable) return;
    const f = this.f;
    f.scan(t, s, e);
    if (f.count === 0 || f.isRule()) return;
    let k = 1;
    for (; k + 4 < f.count; k++) {
      if (
        f.unit(k + 1) !== undefined &&
        f.unit(k + 3) !== undefined &&
        f.isDigits(k + 4) &&
        f.number(k) !== undefined &&
        f.number(k + 2) !== undefined
      )
        break;
    }
    if (k + 4 >= f.count) {
      const line = t.slice(s, e);
      // complexity fits (`BM_Sort_BigO 2.43 NlgN`, `BM_Sort_RMS 29 %`) and SkipWithError rows, as in the JSON
      if (/_(?:BigO|RMS)$/.test(f.count > 0 ? f.text(0) : '') || /ERROR OCCURRED|SKIPPED/.test(line)) return;
      throw new ParseError(file, n, 'expected "<name> <time> <unit> <cpu> <unit> <iterations>"', line.trim());
    }
    // the name is the line before the numbers, trimmed: from the first field to the end of field k - 1
    const a = f.start[0];
    const b = f.end[k - 1];
    const percent = f.is(k + 1, '%');
    // a _cv row (percentages) adds nothing, not even its name, but its counters are still checked
    const rows = this.rows;
    const g = percent && b - a >= 3 && isAt(t, '_cv', b - 3) ? -1 : rows.nameAt(t, a, b);
    let pos = 0;
    if (!percent) {
      rows.value(g, n, pos++, 'time', f.unit(k + 1) ?? '', Number(f.number(k)));
      rows.value(g, n, pos++, 'cpu_time', f.unit(k + 3) ?? '', Number(f.number(k + 2)));
    }
    const tabular = this.tabular;
    for (let j = 0; k + 5 + j < f.count; j++) {
      const c = f.text(k + 5 + j);
      const eq = c.indexOf('=');
      const key = tabular ? tabular[j] : c.slice(0, eq);
      const value = tabular ? c : c.slice(eq + 1);
      if (key === undefined || (!tabular && eq <= 0))
        throw new ParseError(
          file,
          n,
          `expected a counter "key=value" after the iterations of "${t.slice(a, b)}"`,
          c,
        );
      if (value.endsWith('%')) continue; // a _cv row's counters
      const v = counterValue(value, key);
      if (v === undefined)
        throw new ParseError(file, n, `expected a number for counter "${key}" of "${t.slice(a, b)}"`, value);
      if (g >= 0) rows.counter(g, n, pos++, key, v);
    }
  }
}

function parseConsole(text: string, file: string): Series[] {
  const r = new ConsoleReader(file);
  if (text.includes('\u001b')) {
    eachPlainLine(text, (line, n) => r.line(line, 0, line.length, n));
    return seriesOf(r.rows, file);
  }
  // without colours, each line is read in place: the lines eachLine would give, unsliced
  const lines = new LineCursor(text);
  while (lines.next()) r.line(text, lines.start, lines.end, lines.n);
  return seriesOf(r.rows, file);
}

const CSV_HEADER = 'name,iterations,real_time,cpu_time,time_unit,';

function parseCsv(text: string, file: string): Series[] {
  const rows = new PrintedRows();
  let columns: string[] | undefined;
  // the columns every row reads, found once in the header
  let at = { real: -1, cpu: -1, unit: -1, error: -1, counters: [] as number[] };
  const f = new CsvRow();
  eachLine(text, (line, n) => {
    if (!columns) {
      if (!line.startsWith(CSV_HEADER)) return;
      columns = csvFields(line) ?? [];
      const cols = columns;
      at = {
        real: cols.indexOf('real_time'),
        cpu: cols.indexOf('cpu_time'),
        unit: cols.indexOf('time_unit'),
        error: cols.indexOf('error_occurred'),
        counters: cols.flatMap((c, j) =>
          j < 5 || c === 'label' || c === 'error_occurred' || c === 'error_message' ? [] : [j],
        ),
      };
      return;
    }
    if (line.trim() === '') return;
    // fields read in place: a row is a few dozen bytes and several series
    if (!f.scan(line) || f.count !== columns.length)
      throw new ParseError(file, n, `expected ${columns.length} comma-separated fields`, line);
    const name = f.text(0);
    if ((at.error >= 0 && f.is(at.error, 'true')) || name.endsWith('_BigO') || name.endsWith('_RMS')) return;
    const cols = columns;
    const num = (j: number): number => {
      const v = f.number(j);
      if (v === undefined)
        throw new ParseError(file, n, `expected a number for "${cols[j]}" of "${name}"`, f.text(j));
      return v;
    };
    const unit = TIME_UNITS.find((u) => f.is(at.unit, u));
    if (unit === undefined)
      throw new ParseError(file, n, 'expected a time_unit of ns, us, ms or s', f.text(at.unit));
    const g = rows.name(name);
    if (!name.endsWith('_cv')) {
      rows.value(g, n, 0, 'time', unit, num(at.real));
      rows.value(g, n, 1, 'cpu_time', unit, num(at.cpu));
      let pos = 2;
      for (const j of at.counters) if (!f.isEmpty(j)) rows.counter(g, n, pos++, cols[j], num(j));
    }
  });
  if (!columns) throw new ParseError(file, 1, `expected the Google Benchmark CSV header "${CSV_HEADER}…"`);
  return seriesOf(rows, file);
}

export const googleBenchmarkConsole: Parser = {
  name: 'googlebenchmark-console',
  describe: 'Google Benchmark console output (the table a benchmark binary prints)',
  detect(text) {
    const head = stripAnsi(text.slice(0, 65536));
    return /^-{20,400}\r?\nBenchmark {2,200}Time {2,200}CPU {2,200}Iterations/m.test(head);
  },
  parse: parseConsole,
};

export const googleBenchmarkCsv: Parser = {
  name: 'googlebenchmark-csv',
  describe: 'Google Benchmark --benchmark_format=csv (or --benchmark_out=FILE --benchmark_out_format=csv)',
  detect(text) {
    return /^name,iterations,real_time,cpu_time,time_unit,/m.test(text.slice(0, 65536));
  },
  parse: parseCsv,
};
