/**
 * mitata's printed outputs (mitata 1.x), the default console and `run({ format: 'markdown' })`:
 *
 *     benchmark                   avg (min … max) p75 / p99    (min … top 1%)
 *     fib(10)                      483.24 ns/iter 484.40 ns  ▅  █
 *                         (478.24 ns … 514.29 ns) 500.84 ns ▇█  ██
 *     • sorting
 *     Array#sort (copy)            101.38 µs/iter 100.06 µs  █
 *
 *     | • sorting         |              avg |         min | …
 *     | Array#sort (copy) | `100.65 µs/iter` | ` 95.25 µs` | …
 *
 * A series per benchmark, named as the JSON reader names it: `sorting/Array#sort (copy)` inside a
 * named group. Neither output prints the median, so the headline is mitata's `avg`, in the unit mitata
 * picked for it (ns, µs, ms, s). mitata gives no spread. A benchmark that threw prints
 * `error: <message>`: a warning naming it. No samples: `origin: 'console'`.
 */
import type { Parser, ParseSink } from './types.js';
import type { Series } from '../model.js';
import { ParseError } from '../errors.js';
import { UniqueNames, readNumber } from './common.js';
import { consoleSeries, eachPlainLine, stripAnsi } from './console-table.js';

const CONSOLE_HEADER = /^benchmark +avg \(min … max\)/;
const MARKDOWN_HEADER = /^\|[^|]*\| +avg \|/;
const SEPARATOR = /^-{10,} -{10,}$/;

/** A cell without one backtick at each end (`replace(/^`|`$/g, '')`). */
function unquoted(c: string): string {
  const from = c.startsWith('`') ? 1 : 0;
  const to = c.length - 1 >= from && c.endsWith('`') ? c.length - 1 : c.length;
  return c.slice(from, to);
}

/** `483.24 ns/iter` at the end of `text` (after trimming): the value and unit, or undefined. */
function readAvg(text: string): { value: number; unit: string } | undefined {
  const t = text.trim();
  if (!t.endsWith('/iter')) return undefined;
  const parts = t.slice(0, -5).trim().split(/ +/);
  if (parts.length !== 2) return undefined;
  const value = readNumber(parts[0]);
  return value === undefined ? undefined : { value, unit: parts[1] };
}

export const mitataConsole: Parser = {
  name: 'mitata-console',
  describe: "mitata's console output, or its run({ format: 'markdown' }) tables",
  detect(text) {
    const head = stripAnsi(text.slice(0, 65536));
    return (
      /^benchmark +avg \(min … max\) +p75/m.test(head) ||
      /^\|[^|\n]{0,2000}\| +avg \| +min \| +p75 \|/m.test(head)
    );
  },
  parse(text, file, sink?: ParseSink): Series[] {
    const out: Series[] = [];
    const unique = new UniqueNames(file);
    let started = false;
    let group: string | undefined;
    let named: string | undefined; // a `• name` line waiting for its separator
    const add = (bench: string, avg: { value: number; unit: string }, line: number): void => {
      const s = consoleSeries(
        { name: group ? `${group}/${bench}` : bench, metric: 'time', rawUnit: avg.unit, value: avg.value },
        file,
        line,
        'mean', // mitata's JSON headline is p50, which neither output prints
      );
      unique.check(s, line);
      out.push(s);
    };
    const count = eachPlainLine(text, (l, lineNo) => {
      if (l.startsWith('|')) {
        // the cells between the first and the last bar (`split('|').slice(1, -1)`), only the first two
        // sliced: a table of a million rows reads two cells of each
        const bar1 = l.indexOf('|', 1);
        const last = l.lastIndexOf('|');
        let count = 0; // the cells: as many as the bars after the first
        for (let b = bar1; b >= 0; b = l.indexOf('|', b + 1)) count++;
        const bar2 = bar1 < 0 || bar1 === last ? -1 : l.indexOf('|', bar1 + 1);
        const cell0 = bar1 < 0 ? '' : l.slice(1, bar1).trim();
        const cell1 = bar2 < 0 ? undefined : l.slice(bar1 + 1, bar2).trim();
        if (l.includes('avg') && MARKDOWN_HEADER.test(l)) {
          started = true;
          group = cell0.startsWith('• ') ? cell0.slice(2).trim() : undefined;
          return;
        }
        if (!started || count === 0 || /^-+$/.test(cell0)) return;
        const bench = cell0;
        if (count === 2 && cell1 !== undefined && cell1.startsWith('error:')) {
          sink?.warn(lineNo, `mitata benchmark "${bench}" failed (${cell1.slice(6).trim()}): no result`);
          return;
        }
        const avgCell = cell1 === undefined ? '' : unquoted(cell1);
        const avg = readAvg(avgCell);
        if (!avg || bench === '')
          throw new ParseError(
            file,
            lineNo,
            `expected "| <name> | \`<avg> <unit>/iter\` | …" for "${bench}"`,
            l,
          );
        add(bench, avg, lineNo);
        return;
      }
      if (CONSOLE_HEADER.test(l)) {
        started = true;
        return;
      }
      if (!started) return;
      if (l.startsWith('• ')) {
        named = l.slice(2).trim();
        return;
      }
      if (SEPARATOR.test(l)) {
        group = named;
        named = undefined;
        return;
      }
      if (l === '' || l.startsWith(' ')) return; // the min … max and heap lines, summaries
      const err = l.indexOf(' error: ');
      if (err > 0) {
        const bench = l.slice(0, err).trim();
        sink?.warn(lineNo, `mitata benchmark "${bench}" failed (${l.slice(err + 8).trim()}): no result`);
        return;
      }
      const iter = l.indexOf('/iter');
      if (iter < 0) return; // `summary`, plots, the program's own output
      // `<name>  <value> <unit>/iter`: the unit and value are the last two words (mitata pads `  s`)
      const before = l.slice(0, iter).trimEnd();
      const valueEnd = before.slice(0, before.lastIndexOf(' ') + 1).trimEnd();
      const valueAt = valueEnd.lastIndexOf(' ');
      const bench = valueAt < 0 ? '' : valueEnd.slice(0, valueAt).trim();
      const avg = readAvg(l.slice(Math.max(valueAt, 0), iter + 5));
      if (!avg || bench === '')
        throw new ParseError(file, lineNo, 'expected "<name>  <avg> <unit>/iter  <p75> <unit>"', l.trim());
      add(bench, avg, lineNo);
    });
    if (out.length === 0)
      throw new ParseError(file, count, 'expected mitata results ("<name>  <avg> <unit>/iter")');
    return out;
  },
};
