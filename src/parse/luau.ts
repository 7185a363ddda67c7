/**
 * Luau's benchmark runner (`python bench/bench.py` in the Luau repository): one line per benchmark,
 *
 *     SUCCESS: base64                                  :   15.041ms +/-  0.636% on luau
 *
 * the mean time, its standard deviation in percent of the mean, and the driver (the VM). The RESULTS
 * table that follows repeats the same numbers and is not read. With several drivers in one file, the
 * driver is part of the name (`base64 (luau-jit)`), so each VM is its own series. A `FAILED:` line is
 * an error naming the benchmark: a run with a failure is not a result to compare.
 */
import type { Parser } from './types.js';
import type { Series } from '../model.js';
import { ParseError } from '../errors.js';
import { UniqueNames, makeSeries, readNumber } from './common.js';

const LINE = /^SUCCESS\s*:\s*(.+?)\s*:\s*(\S+?)(ms|s|us)\s+\+\/-\s*(\S+?)%\s+on\s+(\S+)\s*$/;

export const luau: Parser = {
  name: 'luau',
  describe: 'Luau\'s bench/bench.py ("SUCCESS: <name> : <time>ms +/- <dev>% on <driver>")',
  detect(text) {
    return /^SUCCESS\s*:\s*.+?\s:\s+[\d.]+m?s \+\/- /m.test(text.slice(0, 65536));
  },
  parse(text, file) {
    const rows: { name: string; value: number; unit: string; pct: number; driver: string; line: number }[] =
      [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i].trim(); // a CR at the end is trimmed with the blanks
      if (line.startsWith('FAIL') && /^FAIL(?:ED|URE)?\s*:/.test(line)) {
        throw new ParseError(file, i + 1, 'expected every benchmark to succeed, one failed', line);
      }
      if (!line.startsWith('SUCCESS')) continue;
      const m = LINE.exec(line);
      const value = m ? readNumber(m[2]) : undefined;
      const pct = m ? readNumber(m[4]) : undefined;
      if (!m || value === undefined || pct === undefined) {
        throw new ParseError(
          file,
          i + 1,
          'expected "SUCCESS: <name> : <time>ms +/- <dev>% on <driver>"',
          line,
        );
      }
      rows.push({ name: m[1], value, unit: m[3], pct, driver: m[5], line: i + 1 });
    }
    if (rows.length === 0)
      throw new ParseError(file, lines.length, 'expected "SUCCESS: <name> : <time>ms" lines');
    const several = new Set(rows.map((r) => r.driver)).size > 1;
    const unique = new UniqueNames(file);
    return rows.map((r): Series => {
      const name = several ? `${r.name} (${r.driver})` : r.name;
      const s = makeSeries(
        { name, rawUnit: r.unit, value: r.value, spread: { stddev: (r.value * r.pct) / 100 } },
        file,
        r.line,
      );
      unique.check(s, r.line);
      return s;
    });
  },
};
