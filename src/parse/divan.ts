/**
 * Rust divan's console output (`cargo bench` with `harness = false` and `divan::main()`): one tree per
 * bench binary, the binary's name heading a table,
 *
 *     demo                    fastest       │ slowest       │ median        │ mean          │ samples │ iters
 *     ├─ fib_10               225.1 ns      │ 255.8 ns      │ 238.2 ns      │ 239 ns        │ 100     │ 1600
 *     ├─ sum_squares                        │               │               │               │         │
 *     │  ├─ 1                 3.106 ns      │ 4.465 ns      │ 3.619 ns      │ 3.604 ns      │ 100     │ 102400
 *     ╰─ collections                        │               │               │               │         │
 *        ╰─ copy_4k           2.243 µs      │ 3.395 µs      │ 2.549 µs      │ 2.571 µs      │ 100     │ 100
 *                             1.825 GB/s    │ 1.206 GB/s    │ 1.606 GB/s    │ 1.593 GB/s    │         │
 *
 * A row with values is a benchmark: its name is the path from the binary down the tree, joined with
 * "/" (`demo/collections/copy_4k`, an argument or a type is a segment like a module). The headline is
 * divan's median, in the unit it printed; fastest, slowest and mean are not an interval around it, and
 * the samples themselves are not printed, so the series has no spread and no samples. A row under a
 * benchmark without a tree branch holds a counter (`counter = BytesCount`): a throughput series with
 * the median rate. Rows of the allocation profiler (`alloc:`, `dealloc:`, `grow:`, `shrink:`) are
 * named, not read: a warning says so. A benchmark row whose numbers cannot be read is an error.
 */
import type { Parser, ParseSink } from './types.js';
import type { Series } from '../model.js';
import { ParseError } from '../errors.js';
import { UniqueNames, makeSeries, readNumber, unitInfo, withoutCr } from './common.js';

const HEADER = /^(\S.*?)\s+fastest\s+│ slowest\s+│ median\s+│ mean\s+│ samples\s+│ iters\s*$/;
/**
 * The header's lazy name group backtracks over long runs of blanks: only a line that could be a header
 * (short, with the column titles in it) is matched against it, so reading stays linear on any input.
 */
const MAX_HEADER = 4096;
function headerOf(line: string): RegExpExecArray | null {
  return line.length <= MAX_HEADER && line.includes('fastest') && line.includes('iters')
    ? HEADER.exec(line)
    : null;
}
/** The tree part of the first cell: "│  " / "   " per level, then "├─ " or "╰─ " before a name. */
const BRANCH = /^((?:[│ ] {2})*)([├╰]─ )/;
const VALUE = /^(\S+) (\S+)$/;

/** `1.825 GB/s`, `238.2 ns`; undefined for an empty cell. */
function cellValue(cell: string): { value: number; unit: string } | undefined | null {
  const t = cell.trim();
  if (t === '') return undefined;
  const m = VALUE.exec(t);
  const value = m ? readNumber(m[1]) : undefined;
  if (!m || value === undefined) return null;
  return { value, unit: m[2] };
}

export const divan: Parser = {
  name: 'divan',
  describe: 'cargo bench with divan (console output)',
  detect(text) {
    return text
      .slice(0, 65536)
      .split('\n')
      .some((line) => headerOf(line.replace(/\r$/, '')) !== null);
  },
  parse(text, file, sink?: ParseSink) {
    const out: Series[] = [];
    const unique = new UniqueNames(file);
    const lines = text.split('\n');
    let root: string | undefined;
    const path: string[] = [];
    /** The benchmark the previous rows belong to, for counter rows. */
    let last: string | undefined;
    let nameWidth = 0;
    let seps: number[] = [];
    /** Benchmarks with a `throughput` series already: a set, not a search of `out` per counter row. */
    const counted = new Set<string>();
    for (let i = 0; i < lines.length; i++) {
      const line = withoutCr(lines[i]);
      const header = headerOf(line);
      if (header) {
        root = header[1];
        path.length = 0;
        last = undefined;
        nameWidth = line.indexOf('fastest');
        seps = [];
        for (let k = line.indexOf('│'); k >= 0; k = line.indexOf('│', k + 1)) seps.push(k);
        continue;
      }
      if (root === undefined || !line.includes('│')) {
        if (line.trim() === '') root = undefined;
        continue;
      }
      // Columns sit where the header put its separators; the tree's own "│" come before the first.
      let aligned = true;
      for (const k of seps) {
        if (line[k] === '│' || (k >= line.length && line.trimEnd().length <= k)) continue;
        aligned = false;
        break;
      }
      if (!aligned) {
        // A benchmark row cut short or shifted is not the end of the table: say which one it was.
        if (BRANCH.test(line)) {
          throw new ParseError(
            file,
            i + 1,
            "expected a divan row with its columns under the header's",
            line.trim(),
          );
        }
        root = undefined;
        continue;
      }
      // cell k as the header's separators bound it (sliced only when read: most rows read two)
      const cellAt = (k: number): string => line.slice(k === 0 ? 0 : seps[k - 1] + 1, seps[k] ?? line.length);
      // The first cell holds the tree, the name and the fastest value; the name column is as wide as
      // the header's, the values start where "fastest" starts.
      const first = cellAt(0);
      const branch = BRANCH.exec(first);
      const row = branch ? first.slice(branch[0].length) : first.replace(/^[│ ]*/, '');
      const nameCell = branch ? first.slice(0, Math.max(nameWidth, branch[0].length)) : '';
      const fastestCell = branch ? first.slice(Math.max(nameWidth, branch[0].length)) : row;
      const median = cellAt(2);
      if (branch) {
        const depth = branch[1].length / 3;
        const name = nameCell.slice(branch[0].length).trim() || row.trim();
        path.length = depth;
        path.push(name);
        last = undefined;
        const cell = cellValue(median);
        if (cell === undefined) {
          // A group (module, function with arguments) has no values at all; a row with some is cut short.
          let empty = fastestCell.trim() === '';
          for (let k = 1; empty && k <= seps.length; k++) empty = cellAt(k).trim() === '';
          if (empty) continue;
          throw new ParseError(
            file,
            i + 1,
            "expected a divan row with its columns under the header's",
            line.trim(),
          );
        }
        const full = [root, ...path].join('/');
        if (cell === null || cellValue(fastestCell) === null) {
          throw new ParseError(
            file,
            i + 1,
            `expected "<number> <unit>" as the median of "${full}"`,
            median.trim(),
          );
        }
        const s = makeSeries({ name: full, rawUnit: cell.unit, value: cell.value }, file, i + 1);
        if (s.metric !== 'time')
          throw new ParseError(file, i + 1, `expected a time as the median of "${full}"`, median.trim());
        unique.check(s, i + 1);
        out.push(s);
        last = full;
        continue;
      }
      // A row without a branch: a counter's rate, or a profiler's label / values.
      const label = /^\s*([a-z][a-z ]*):\s*$/.exec(row);
      if (label) {
        sink?.warn(
          i + 1,
          `divan's "${label[1]}" rows of "${last ?? root}" are not read (only times and counters)`,
        );
        last = undefined; // the rows under a profiler label are not counters
        continue;
      }
      if (last === undefined) continue;
      const cell = cellValue(median);
      if (cell === undefined) continue;
      if (cell === null || unitInfo(cell.unit).metric !== 'throughput') {
        throw new ParseError(
          file,
          i + 1,
          `expected a rate ("<number> <unit>/s") as the counter of "${last}"`,
          median.trim(),
        );
      }
      const s = makeSeries(
        { name: last, rawUnit: cell.unit, value: cell.value, metric: 'throughput' },
        file,
        i + 1,
      );
      if (counted.has(last)) {
        // a second counter (items and bytes): its own metric, by its unit
        s.metric = `throughput (${s.unit})`;
      }
      unique.check(s, i + 1);
      out.push(s);
      counted.add(last);
    }
    if (out.length === 0) {
      throw new ParseError(
        file,
        lines.length,
        'expected a divan table: "<bench> fastest │ slowest │ median │ mean │ samples │ iters"',
      );
    }
    return out;
  },
};
