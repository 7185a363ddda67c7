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
import { makeSeries, medianOf, readNumber } from './common.js';
import { counterUnit } from './googlebenchmark.js';
import { csvFields, stripAnsi, textLines } from './console-table.js';

const TIME_UNITS = new Set(['ns', 'us', 'ms', 's']);
const AGGREGATES = ['_mean', '_median', '_stddev', '_cv'] as const;
type Aggregate = (typeof AGGREGATES)[number];

interface Row {
  name: string;
  line: number;
  values: { metric: string; rawUnit: string; value: number; direction?: 'bigger' | 'smaller' }[];
}

/** `204.287M/s`, `4.096k`, `64`, `1.12893k/s` → the number (1024-based for bytes), or undefined. */
function counterValue(text: string, key: string): number | undefined {
  const t = text.endsWith('/s') ? text.slice(0, -2) : text;
  const last = t.charAt(t.length - 1);
  const power = 'kMGTPE'.indexOf(last) + 1;
  const n = readNumber(power > 0 ? t.slice(0, -1) : t);
  if (n === undefined) return undefined;
  return n * (key === 'bytes_per_second' ? 1024 : 1000) ** power;
}

function counter(row: Row, key: string, value: number): void {
  const cu = counterUnit(key);
  row.values.push({ metric: key, rawUnit: cu.rawUnit, value, direction: cu.direction });
}

/** Rows grouped by benchmark, aggregates told apart, turned into series. */
function seriesOf(rows: Row[], file: string): Series[] {
  const names = new Set(rows.map((r) => r.name));
  const aggregateOf = (name: string): { base: string; kind: Aggregate } | undefined => {
    for (const kind of AGGREGATES) {
      if (!name.endsWith(kind)) continue;
      const base = name.slice(0, -kind.length);
      if (names.has(base) || AGGREGATES.some((k) => k !== kind && names.has(base + k))) return { base, kind };
    }
    return undefined;
  };
  interface Acc {
    line: number;
    rawUnit: string;
    direction?: 'bigger' | 'smaller';
    samples: number[];
    agg: Partial<Record<Aggregate, number>>;
  }
  const runs = new Map<string, Map<string, Acc>>();
  for (const row of rows) {
    const agg = aggregateOf(row.name);
    const base = agg ? agg.base : row.name;
    let run = runs.get(base);
    if (!run) runs.set(base, (run = new Map()));
    for (const v of row.values) {
      let acc = run.get(v.metric);
      if (!acc)
        run.set(
          v.metric,
          (acc = { line: row.line, rawUnit: v.rawUnit, direction: v.direction, samples: [], agg: {} }),
        );
      if (agg) acc.agg[agg.kind] = v.value;
      else acc.samples.push(v.value);
    }
  }
  const out: Series[] = [];
  for (const [name, run] of runs) {
    for (const [metric, a] of run) {
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

/** Offsets of the whitespace-separated fields of a line. */
function fieldsAt(line: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  const re = /\S+/g;
  for (let m = re.exec(line); m; m = re.exec(line)) out.push({ text: m[0], at: m.index });
  return out;
}

const CONSOLE_HEADER = /^Benchmark\s+Time\s+CPU\s+Iterations(?:\s|$)/;

function parseConsole(text: string, file: string): Series[] {
  const lines = textLines(stripAnsi(text));
  const rows: Row[] = [];
  let tabular: string[] | undefined;
  let inTable = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (CONSOLE_HEADER.test(line)) {
      const extra = line.trim().split(/\s+/).slice(4);
      tabular =
        extra.length === 0 || (extra.length === 1 && extra[0] === 'UserCounters...') ? undefined : extra;
      inTable = true;
      continue;
    }
    if (!inTable || line.trim() === '' || /^-+$/.test(line.trim())) continue;
    const f = fieldsAt(line);
    let k = 1;
    for (; k + 4 < f.length; k++) {
      if (
        readNumber(f[k].text) !== undefined &&
        (TIME_UNITS.has(f[k + 1].text) || f[k + 1].text === '%') &&
        readNumber(f[k + 2].text) !== undefined &&
        (TIME_UNITS.has(f[k + 3].text) || f[k + 3].text === '%') &&
        /^\d+$/.test(f[k + 4].text)
      )
        break;
    }
    if (k + 4 >= f.length) {
      // complexity fits (`BM_Sort_BigO 2.43 NlgN`, `BM_Sort_RMS 29 %`) and SkipWithError rows, as in the JSON
      if (/_(?:BigO|RMS)$/.test(f[0]?.text ?? '') || /ERROR OCCURRED|SKIPPED/.test(line)) continue;
      throw new ParseError(
        file,
        i + 1,
        'expected "<name> <time> <unit> <cpu> <unit> <iterations>"',
        line.trim(),
      );
    }
    const name = line.slice(0, f[k].at).trim();
    const row: Row = { name, line: i + 1, values: [] };
    if (f[k + 1].text !== '%') {
      row.values.push({ metric: 'time', rawUnit: f[k + 1].text, value: Number(readNumber(f[k].text)) });
      row.values.push({
        metric: 'cpu_time',
        rawUnit: f[k + 3].text,
        value: Number(readNumber(f[k + 2].text)),
      });
    }
    const rest = f.slice(k + 5);
    rest.forEach((c, j) => {
      const eq = c.text.indexOf('=');
      const key = tabular ? tabular[j] : c.text.slice(0, eq);
      const text = tabular ? c.text : c.text.slice(eq + 1);
      if (key === undefined || (!tabular && eq <= 0))
        throw new ParseError(
          file,
          i + 1,
          `expected a counter "key=value" after the iterations of "${name}"`,
          c.text,
        );
      if (text.endsWith('%')) return; // a _cv row's counters
      const v = counterValue(text, key);
      if (v === undefined)
        throw new ParseError(file, i + 1, `expected a number for counter "${key}" of "${name}"`, text);
      counter(row, key, v);
    });
    if (name.endsWith('_cv') && f[k + 1].text === '%') continue;
    rows.push(row);
  }
  return seriesOf(rows, file);
}

const CSV_HEADER = 'name,iterations,real_time,cpu_time,time_unit,';

function parseCsv(text: string, file: string): Series[] {
  const lines = textLines(text);
  const h = lines.findIndex((l) => l.startsWith(CSV_HEADER));
  if (h < 0) throw new ParseError(file, 1, `expected the Google Benchmark CSV header "${CSV_HEADER}…"`);
  const columns = csvFields(lines[h]) ?? [];
  const col = (c: string): number => columns.indexOf(c);
  const rows: Row[] = [];
  for (let i = h + 1; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const f = csvFields(lines[i]);
    if (!f || f.length !== columns.length)
      throw new ParseError(file, i + 1, `expected ${columns.length} comma-separated fields`, lines[i]);
    if (f[col('error_occurred')] === 'true' || /_(?:BigO|RMS)$/.test(f[0])) continue;
    const num = (c: string): number => {
      const v = readNumber(f[col(c)]);
      if (v === undefined)
        throw new ParseError(file, i + 1, `expected a number for "${c}" of "${f[0]}"`, f[col(c)]);
      return v;
    };
    const unit = f[col('time_unit')];
    if (!TIME_UNITS.has(unit))
      throw new ParseError(file, i + 1, 'expected a time_unit of ns, us, ms or s', unit);
    const row: Row = { name: f[0], line: i + 1, values: [] };
    if (!f[0].endsWith('_cv')) {
      row.values.push({ metric: 'time', rawUnit: unit, value: num('real_time') });
      row.values.push({ metric: 'cpu_time', rawUnit: unit, value: num('cpu_time') });
      columns.forEach((c, j) => {
        if (j < 5 || c === 'label' || c === 'error_occurred' || c === 'error_message' || f[j] === '') return;
        counter(row, c, num(c));
      });
    }
    rows.push(row);
  }
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
