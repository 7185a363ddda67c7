/**
 * pytest-benchmark's console tables (what `pytest` prints without `--benchmark-json`): one table per
 * group, each headed `Name (time in <unit>)` with the columns `--benchmark-columns` chose (default min,
 * max, mean, stddev, median, iqr, outliers, ops, rounds, iterations) in the unit picked per table
 * (`ns`, `us`, `ms`, `s`). Cells carry a relative factor in parentheses (`140.7790 (1.0)`), ignored.
 *
 * One `time` series per row: the headline is `Median`, else `Mean`, else `Min` (whichever columns were
 * shown), `StdDev` the spread when shown. No samples: `origin: 'console'`. Rows are read from the right,
 * so a name with spaces stays whole; a row that does not have the table's columns is an error naming it.
 */
import type { Parser } from './types.js';
import type { Series } from '../model.js';
import { ParseError } from '../errors.js';
import { UniqueNames, readNumber } from './common.js';
import { consoleSeries, stripAnsi, textLines } from './console-table.js';

const HEADER = /^Name \(time in (ns|us|ms|s)\)\s{2}/;

export const pytestConsole: Parser = {
  name: 'pytest-console',
  describe: 'pytest-benchmark console tables (pytest output without --benchmark-json)',
  detect(text) {
    const head = stripAnsi(text.slice(0, 1 << 20));
    return /^Name \(time in (?:ns|us|ms|s)\) {2,200}\S/m.test(head) && /benchmark[: ]/.test(head);
  },
  parse(text, file): Series[] {
    const lines = textLines(stripAnsi(text)).map((l) => l.slice(l.lastIndexOf('\r') + 1));
    const out: Series[] = [];
    const unique = new UniqueNames(file);
    let table: { unit: string; columns: string[] } | undefined;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      const h = HEADER.exec(line);
      if (h) {
        table = {
          unit: h[1],
          columns: line
            .slice(h[0].length)
            .trim()
            .split(/\s{2,}/),
        };
        continue;
      }
      if (!table) continue;
      const t = line.trim();
      if (t === '' || /^-+(?: benchmark.*-+)?$/.test(t) || t.startsWith('Legend')) {
        if (t === '' || t.startsWith('Legend')) table = undefined;
        continue;
      }
      // cells from the right: a value, maybe followed by its "(relative)" factor
      const tokens = t.split(/\s+/);
      const cells: string[] = [];
      let k = tokens.length - 1;
      while (k >= 1 && cells.length < table.columns.length) {
        if (/^\(.*\)$/.test(tokens[k])) k--;
        cells.unshift(tokens[k]);
        k--;
      }
      const name = tokens.slice(0, k + 1).join(' ');
      if (cells.length < table.columns.length || name === '')
        throw new ParseError(file, i + 1, `expected a name and ${table.columns.join(', ')}`, t);
      const cell = (col: string): number | undefined => {
        const j = table!.columns.indexOf(col);
        if (j < 0) return undefined;
        const v = readNumber(cells[j]);
        if (v === undefined)
          throw new ParseError(file, i + 1, `expected a number for ${col} of "${name}"`, cells[j]);
        return v;
      };
      const value = cell('Median') ?? cell('Mean') ?? cell('Min');
      if (value === undefined)
        throw new ParseError(file, i + 1, 'expected a Median, Mean or Min column (--benchmark-columns)');
      const sd = cell('StdDev');
      const s = consoleSeries(
        {
          name,
          metric: 'time',
          rawUnit: table.unit,
          value,
          spread: sd === undefined ? undefined : { stddev: sd },
        },
        file,
        i + 1,
      );
      unique.check(s, i + 1);
      out.push(s);
    }
    if (out.length === 0)
      throw new ParseError(file, lines.length, 'expected at least one pytest-benchmark table row');
    return out;
  },
};
