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
import { UniqueNames, makeSeries, numberIn, unitInfo } from './common.js';
import { isJsSpace } from './console-table.js';
import { isAt, isSpaceRun } from './line-scan.js';

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

/** Where t[a, b) starts once `trim` removed its blanks (b when all blank). */
function trimStartAt(t: string, a: number, b: number): number {
  while (a < b && isJsSpace(t.charCodeAt(a))) a++;
  return a;
}

/** Where t[a, b) ends once `trim` removed its blanks (a when all blank). */
function trimEndAt(t: string, a: number, b: number): number {
  while (b > a && isJsSpace(t.charCodeAt(b - 1))) b--;
  return b;
}

/**
 * `[root, ...path.slice(0, d)].join('/')`, kept in `joined` (root first) for the rows that follow:
 * siblings share it. A hole in the path (a row deeper than its parent) is an empty segment, as in join.
 */
function prefixOf(joined: (string | undefined)[], path: readonly string[], d: number): string {
  let p = joined[d];
  if (p === undefined) {
    p = `${prefixOf(joined, path, d - 1)}/${path[d - 1] ?? ''}`;
    joined[d] = p;
  }
  return p;
}

/** Where cell k starts as the header's separators bound it, in a line t[s, s + len). */
function cellStart(seps: readonly number[], s: number, len: number, k: number): number {
  return s + Math.min(k === 0 ? 0 : seps[k - 1] + 1, len);
}

/** Where cell k ends (never before it starts): `line.slice(seps[k - 1] + 1, seps[k])`. */
function cellEnd(seps: readonly number[], s: number, len: number, k: number): number {
  return Math.max(cellStart(seps, s, len, k), s + Math.min(seps[k] ?? len, len));
}

/**
 * A cell's value, `1.825 GB/s`, `238.2 ns`, read from t[a, b) as /^(\S+) (\S+)$/ reads its trimmed
 * text: undefined for an empty cell, null for one that is not a number and a unit.
 */
class CellReader {
  value = 0;
  /** The last unit read, one string while the rows repeat it. */
  unit = '';

  read(t: string, a: number, b: number): boolean | undefined {
    if (isSpaceRun(t, a, b)) return undefined; // the usual empty cell, at a glance
    const i = trimStartAt(t, a, b);
    if (i === b) return undefined;
    const j = trimEndAt(t, i, b);
    let sp = i;
    while (sp < j && !isJsSpace(t.charCodeAt(sp))) sp++;
    if (sp === j || t.charCodeAt(sp) !== 32) return false;
    for (let k = sp + 1; k < j; k++) if (isJsSpace(t.charCodeAt(k))) return false;
    const value = numberIn(t, i, sp);
    if (value === undefined) return false;
    this.value = value;
    const u = this.unit;
    if (!(u.length === j - sp - 1 && isAt(t, u, sp + 1))) this.unit = t.slice(sp + 1, j);
    return true;
  }
}

/** The tree of a row's first cell t[a, b): the end of "│  " / "   " per level, then "├─ " or "╰─ ". */
function branchEnd(t: string, a: number, b: number): number {
  let i = a;
  while (i + 2 < b) {
    const c = t.charCodeAt(i);
    if ((c !== 0x2502 && c !== 32) || t.charCodeAt(i + 1) !== 32 || t.charCodeAt(i + 2) !== 32) break;
    i += 3;
  }
  if (i + 2 >= b) return -1;
  const c = t.charCodeAt(i);
  return (c === 0x251c || c === 0x2570) && t.charCodeAt(i + 1) === 0x2500 && t.charCodeAt(i + 2) === 32
    ? i + 3
    : -1;
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
    let root: string | undefined;
    const path: string[] = [];
    /** `[root, ...path.slice(0, d)].join('/')` by d, as far as it is known. */
    const joined: (string | undefined)[] = [];
    /** The benchmark the previous rows belong to, for counter rows. */
    let last: string | undefined;
    let nameWidth = 0;
    let seps: number[] = [];
    /**
     * Whether `last` has its `throughput` series already. A name comes once (a second is an error
     * at its row), so this is whether a counter row of this benchmark was read.
     */
    let counted = false;
    const cell = new CellReader();
    // The next "fastest" and "│" from where each was last looked for (-1: none left): a line holds
    // one when the next is before its end, and the whole text is searched once.
    let nextFastest = 0;
    let nextBar = 0;
    let lineNo = 0;
    for (let s = 0; ;) {
      lineNo++;
      const nl = text.indexOf('\n', s);
      const end = nl < 0 ? text.length : nl;
      const e = end > s && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
      const len = e - s;
      if (nextFastest >= 0 && nextFastest < s) nextFastest = text.indexOf('fastest', s);
      if (nextBar >= 0 && nextBar < s) nextBar = text.indexOf('│', s);
      const header =
        nextFastest >= 0 && nextFastest + 7 <= e && len <= MAX_HEADER ? headerOf(text.slice(s, e)) : null;
      if (header) {
        const line = text.slice(s, e);
        root = header[1];
        path.length = 0;
        joined.length = 0;
        joined.push(root);
        last = undefined;
        nameWidth = line.indexOf('fastest');
        seps = [];
        for (let k = line.indexOf('│'); k >= 0; k = line.indexOf('│', k + 1)) seps.push(k);
      } else if (root === undefined || nextBar < 0 || nextBar >= e) {
        if (root !== undefined && text.slice(s, e).trim() === '') root = undefined;
      } else {
        // Columns sit where the header put its separators; the tree's own "│" come before the first.
        let aligned = true;
        for (const k of seps) {
          if (k < len ? text.charCodeAt(s + k) === 0x2502 : trimEndAt(text, s, e) - s <= k) continue;
          aligned = false;
          break;
        }
        if (!aligned) {
          // A benchmark row cut short or shifted is not the end of the table: say which one it was.
          const line = text.slice(s, e);
          if (BRANCH.test(line)) {
            throw new ParseError(
              file,
              lineNo,
              "expected a divan row with its columns under the header's",
              line.trim(),
            );
          }
          root = undefined;
        } else {
          // cells are ranges of the text, sliced only when kept: most rows read two
          const firstEnd = s + Math.min(seps[0], len);
          const b = branchEnd(text, s, firstEnd);
          const medianA = s + Math.min(seps[1] + 1, len);
          const medianB = Math.max(medianA, s + Math.min(seps[2] ?? len, len));
          if (b >= 0) {
            // the name column is as wide as the header's, the values start where "fastest" starts
            const depth = (b - 3 - s) / 3;
            const w = Math.min(s + Math.max(nameWidth, b - s), firstEnd);
            const name = text.slice(b, w).trim() || text.slice(b, firstEnd).trim();
            // path.length = depth (a pop, for the usual sibling), then the name
            while (path.length > depth) path.pop();
            if (path.length < depth) path.length = depth;
            path.push(name);
            while (joined.length > depth + 1) joined.pop();
            last = undefined;
            const got = cell.read(text, medianA, medianB);
            if (got === undefined) {
              // A group (module, function with arguments) has no values at all; a row with some is cut short.
              let empty = text.slice(w, firstEnd).trim() === '';
              for (let k = 1; empty && k <= seps.length; k++)
                empty = text.slice(cellStart(seps, s, len, k), cellEnd(seps, s, len, k)).trim() === '';
              if (!empty) {
                throw new ParseError(
                  file,
                  lineNo,
                  "expected a divan row with its columns under the header's",
                  text.slice(s, e).trim(),
                );
              }
            } else {
              // joined, not concatenated: a flat string, which the name's many lookups read faster
              const full = [prefixOf(joined, path, depth), name].join('/');
              const value = cell.value;
              const unit = cell.unit;
              if (got === false || cell.read(text, w, firstEnd) === false) {
                throw new ParseError(
                  file,
                  lineNo,
                  `expected "<number> <unit>" as the median of "${full}"`,
                  text.slice(medianA, medianB).trim(),
                );
              }
              const series = makeSeries({ name: full, rawUnit: unit, value }, file, lineNo);
              if (series.metric !== 'time') {
                throw new ParseError(
                  file,
                  lineNo,
                  `expected a time as the median of "${full}"`,
                  text.slice(medianA, medianB).trim(),
                );
              }
              unique.check(series, lineNo);
              out.push(series);
              last = full;
              counted = false;
            }
          } else {
            // A row without a branch: a counter's rate, or a profiler's label / values.
            const row = text.slice(s, firstEnd).replace(/^[│ ]*/, '');
            const label = /^\s*([a-z][a-z ]*):\s*$/.exec(row);
            if (label) {
              sink?.warn(
                lineNo,
                `divan's "${label[1]}" rows of "${last ?? root}" are not read (only times and counters)`,
              );
              last = undefined; // the rows under a profiler label are not counters
            } else if (last !== undefined) {
              const got = cell.read(text, medianA, medianB);
              if (got !== undefined) {
                if (got === false || unitInfo(cell.unit).metric !== 'throughput') {
                  throw new ParseError(
                    file,
                    lineNo,
                    `expected a rate ("<number> <unit>/s") as the counter of "${last}"`,
                    text.slice(medianA, medianB).trim(),
                  );
                }
                const series = makeSeries(
                  { name: last, rawUnit: cell.unit, value: cell.value, metric: 'throughput' },
                  file,
                  lineNo,
                );
                if (counted) {
                  // a second counter (items and bytes): its own metric, by its unit
                  series.metric = `throughput (${series.unit})`;
                }
                unique.check(series, lineNo);
                out.push(series);
                counted = true;
              }
            }
          }
        }
      }
      if (nl < 0) break;
      s = nl + 1;
    }
    if (out.length === 0) {
      throw new ParseError(
        file,
        lineNo,
        'expected a divan table: "<bench> fastest │ slowest │ median │ mean │ samples │ iters"',
      );
    }
    return out;
  },
};
