/**
 * `vitest bench --run`'s console output, coloured or not (ANSI codes are removed first):
 *
 *      ✓ bench/math.bench.ts > fibonacci
 *          name               hz     min     max    mean     p75     p99    p995    p999      rme  samples
 *        · fib(10)  1,695,265.66  0.0005  4.0722  0.0006  0.0005  0.0006  0.0006  0.0023  ±16.05%    84764
 *
 * Series are named `<group> > <bench>` as the JSON reader names them (a file's top-level benches are
 * the group `bench/math.bench.ts`, printed with its duration). The console has no median, so the
 * headline is the mean; times are milliseconds with four decimals, which keeps a single digit of a
 * 100 ns mean, while `hz` (exactly 1000 / mean ms) has two decimals: the mean is taken from whichever
 * of the two was printed more precisely. low/high are the mean ∓ rme. `--compare` adds a
 * `(baseline)` row per bench, which is the previous run and is skipped, and a `[1.10x] ⇑` marker. A
 * group printed twice with the same rows (vitest 4.1 repeats the top-level one) counts once. No
 * samples: `origin: 'console'`.
 */
import type { Parser } from './types.js';
import type { Series } from '../model.js';
import { ParseError } from '../errors.js';
import { KeyTable, UniqueNames, readNumber } from './common.js';
import { consoleSeries, eachPlainLine, rmeInterval, stripAnsi } from './console-table.js';

const HEADER = /^ {2,12}name +hz +min +max +mean +/;
/** ` ✓ file > describe` (passed) or ` × file` / ` ❯ file` (failed or running). */
const GROUP = /^ [✓×❯✗] (\S.*)$/;
const ROW = /^ {2,12}· (\S.*)$/;
/** `--compare`'s marker at the end of a row: ` [1.10x] ⇑`. */
const MARK = /\s\[\d{1,9}(?:\.\d{1,9})?x\] [⇑⇓]$/;
/** A printed column value: `1,695,265.66`, `0.0005`, `84764`. */
const NUMBER = /^\d[\d,]*(?:\.\d+)?$/;

/** Digits after the decimal point as printed. */
function decimals(t: string): number {
  const dot = t.indexOf('.');
  return dot < 0 ? 0 : t.length - dot - 1;
}

/** The group's name: a file's top-level group is printed with its duration (` 517ms`). */
function groupName(header: string): string {
  const t = header.trim();
  if (t.includes(' > ')) return t;
  return t.replace(/ \d{1,12}(?:\.\d{1,12})?m?s$/, '');
}

export const vitestConsole: Parser = {
  name: 'vitest-console',
  describe: 'vitest bench --run > bench.txt (its console output, with or without colours)',
  detect(text) {
    return /^ {2,12}name +hz +min +max +mean +p75 +p99 +p995 +p999 +rme +samples/m.test(
      stripAnsi(text.slice(0, 65536)),
    );
  },
  parse(text, file): Series[] {
    const out: Series[] = [];
    const unique = new UniqueNames(file);
    // each name's printed columns, to tell a group printed again from a second benchmark of the name
    const printed = new KeyTable();
    const printedKeys: string[] = [];
    let group: string | undefined;
    let header: string[] | undefined;
    const count = eachPlainLine(text, (l, lineNo) => {
      const g = GROUP.exec(l);
      if (g) {
        group = groupName(g[1]);
        header = undefined;
        return;
      }
      if (HEADER.test(l)) {
        header = l.trim().split(/ +/).slice(1);
        return;
      }
      const r = ROW.exec(l);
      if (!r) return;
      if (!header || group === undefined)
        throw new ParseError(
          file,
          lineNo,
          'expected a group line and a "name hz min max mean …" header before a result',
          l,
        );
      let body = r[1].trimEnd();
      const last = body[body.length - 1];
      const mark = last === '⇑' || last === '⇓' ? MARK.exec(body) : null;
      if (mark) body = body.slice(0, mark.index).trimEnd();
      const fields = body.split(/ +/);
      const n = header.length;
      if (fields.length <= n)
        throw new ParseError(file, lineNo, `expected a name and ${n} columns (${header.join(' ')})`, body);
      const values = fields.slice(-n);
      const benchName = fields.slice(0, -n).join(' ');
      const name = `${group} > ${benchName}`;
      const col = (h: string): string => values[header!.indexOf(h)] ?? '';
      const hz = readNumber(col('hz'));
      const meanText = col('mean');
      const mean = readNumber(meanText);
      const rmeAt = header.indexOf('rme');
      const rmeText = values[rmeAt] ?? '';
      const rme =
        rmeText.startsWith('±') && rmeText.endsWith('%') ? readNumber(rmeText.slice(1, -1)) : undefined;
      const unreadable = values.some((v, k) => k !== rmeAt && !NUMBER.test(v));
      if (hz === undefined || mean === undefined || rme === undefined || hz <= 0 || unreadable)
        throw new ParseError(file, lineNo, `expected numbers (${header.join(' ')}) for "${name}"`, body);
      const key = values.join(' ');
      const id = printed.idOf(name, '');
      if (id >= 0 && printedKeys[id] === key) return; // the same group printed again
      if (id >= 0) printedKeys[id] = key;
      else printedKeys.push(key);
      // relative rounding error of each: hz to 2 decimals, the mean to `decimals` decimals
      const meanErr = (0.5 * 10 ** -decimals(meanText)) / (mean || Number.MIN_VALUE);
      const hzErr = (0.5 * 10 ** -decimals(col('hz'))) / hz;
      const ms = hzErr < meanErr ? 1000 / hz : mean;
      const s = consoleSeries(
        {
          name,
          metric: 'time',
          rawUnit: 'ms',
          value: ms,
          spread: rmeInterval(ms, rme),
        },
        file,
        lineNo,
        'mean', // the JSON headline is the median, which the console does not print
      );
      unique.check(s, lineNo);
      out.push(s);
    });
    if (out.length === 0)
      throw new ParseError(file, count, 'expected vitest bench tables with at least one result row');
    return out;
  },
};
