/**
 * tinybench's `console.table(bench.table())` as Node prints it, in both layouts:
 *
 *     │ (index) │ Task name │ Latency avg (ns)  │ Latency med (ns) │ Throughput avg (ops/s) │ … │ Samples │
 *     │ 0       │ 'fib(10)' │ '531.33 ± 4.40%'  │ '511.00 ± 1.00'  │ '1927424 ± 1.07%'      │ … │ 200     │
 *
 *     │ (index) │ Task Name │ ops/sec     │ Average Time (ns) │ Margin   │ Samples │          (v2)
 *     │ 0       │ 'fib(10)' │ '1,878,481' │ 532.3449999998786 │ '±0.60%' │ 200     │
 *
 * Columns are found by their headers, the unit from the header's `(ns)`. As in the JSON reader, the
 * headline is the median latency when the table has one (v3+), else the mean (v2), and low/high are
 * the mean ∓ its relative margin of error; throughput is 1/latency and is not a series of its own.
 * A task that failed (v6 prints its `Error` instead of numbers) is a warning naming it. The console has
 * no samples: `origin: 'console'`.
 */
import type { Parser, ParseSink } from './types.js';
import type { Series } from '../model.js';
import { ParseError } from '../errors.js';
import { SeriesList, readNumber } from './common.js';
import { consoleSeries, rmeInterval, stripAnsi, textLines } from './console-table.js';

const BAR = '│';
const NAME = /^Task [Nn]ame$/;
const MEDIAN = /^Latency (?:med|median) \(([^()]+)\)$/;
const MEAN = /^(?:Latency (?:avg|average)|Average Time) \(([^()]+)\)$/;

/** The cells of a `│ a │ b │` row, trimmed. */
function cells(line: string): string[] {
  return line
    .split(BAR)
    .slice(1, -1)
    .map((c) => c.trim());
}

/** A string cell without the quotes util.inspect put around it. */
function unquote(cell: string): string {
  const q = cell[0];
  if (cell.length >= 2 && (q === "'" || q === '"' || q === '`') && cell.endsWith(q)) return cell.slice(1, -1);
  return cell;
}

/** `531.33 ± 4.40%` → value and relative margin; `511.00 ± 1.00` → value; `532.3` → value. */
function readCell(cell: string): { value: number; rme?: number } | undefined {
  const t = unquote(cell);
  const pm = t.indexOf('±');
  const value = readNumber(pm < 0 ? t : t.slice(0, pm));
  if (value === undefined) return undefined;
  if (pm < 0) return { value };
  const rest = t.slice(pm + 1).trim();
  if (!rest.endsWith('%')) return readNumber(rest) === undefined ? undefined : { value };
  const rme = readNumber(rest.slice(0, -1));
  return rme === undefined ? undefined : { value, rme };
}

/** `±0.60%` → 0.6. */
function readMargin(cell: string): number | undefined {
  const t = unquote(cell);
  return t.startsWith('±') && t.endsWith('%') ? readNumber(t.slice(1, -1)) : undefined;
}

interface Columns {
  count: number;
  name: number;
  median: number;
  mean: number;
  unit: string;
  margin: number;
  error: number;
}

function columns(header: string[], file: string, line: number): Columns {
  const find = (re: RegExp): number => header.findIndex((h) => re.test(h));
  const name = find(NAME);
  const median = find(MEDIAN);
  const mean = find(MEAN);
  if (name < 0 || (median < 0 && mean < 0))
    throw new ParseError(file, line, 'expected "Task name" and "Latency … (ns)" columns in the table header');
  const unit = (median >= 0 ? MEDIAN.exec(header[median]) : MEAN.exec(header[mean]))![1];
  return {
    count: header.length,
    name,
    median,
    mean,
    unit,
    margin: header.indexOf('Margin'),
    error: header.indexOf('Error'),
  };
}

export const tinybenchTable: Parser = {
  name: 'tinybench-table',
  describe: 'console.table(bench.table()) of tinybench (v2 or v3+), as printed',
  detect(text) {
    return /^│ \(index\) +│ Task [Nn]ame +│[^\n]{0,2000}(?:Latency|Average Time) /m.test(
      stripAnsi(text.slice(0, 65536)),
    );
  },
  parse(text, file, sink?: ParseSink): Series[] {
    const lines = textLines(stripAnsi(text));
    const out = new SeriesList(file);
    let cols: Columns | undefined;
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      if (!l.startsWith(BAR)) {
        if (!l.startsWith('├') && !l.startsWith('┌')) cols = undefined;
        continue;
      }
      const row = cells(l);
      if (row[0] === '(index)') {
        cols = columns(row, file, i + 1);
        continue;
      }
      if (!cols) continue;
      if (row.length !== cols.count)
        throw new ParseError(file, i + 1, `expected ${cols.count} cells in a tinybench table row`, l.trim());
      const name = unquote(row[cols.name]);
      if (cols.error >= 0 && row[cols.error] !== '') {
        sink?.warn(i + 1, `tinybench task "${name}" failed (${unquote(row[cols.error])}): no result`);
        continue;
      }
      const mean = cols.mean >= 0 ? readCell(row[cols.mean]) : undefined;
      const median = cols.median >= 0 ? readCell(row[cols.median]) : undefined;
      const head = cols.median >= 0 ? median : mean;
      if (!head || (cols.mean >= 0 && !mean))
        throw new ParseError(
          file,
          i + 1,
          `expected latencies in (${cols.unit}) for "${name}"`,
          row[cols.median >= 0 ? cols.median : cols.mean],
        );
      const rme = mean?.rme ?? (cols.margin >= 0 ? readMargin(row[cols.margin]) : undefined);
      if (cols.margin >= 0 && rme === undefined)
        throw new ParseError(file, i + 1, `expected a margin like "±0.60%" for "${name}"`, row[cols.margin]);
      const s = consoleSeries(
        {
          name,
          metric: 'time',
          rawUnit: cols.unit,
          value: head.value,
          spread: mean && rme !== undefined ? rmeInterval(mean.value, rme) : undefined,
        },
        file,
        i + 1,
        cols.median >= 0 ? undefined : 'mean', // v2 prints no median, the JSON headline
      );
      out.add(s, i + 1);
    }
    return out.done(lines.length, 'expected a console.table(bench.table()) with at least one task');
  },
};
