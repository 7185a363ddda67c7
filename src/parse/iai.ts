/**
 * iai's console output (`cargo bench` with the `iai` crate, which runs each benchmark once under
 * Cachegrind): a benchmark's name alone on a line, then its counts indented by two spaces,
 *
 *     iai_fib_10
 *       Instructions:                1696 (No change)
 *       L1 Accesses:                 2325 (+0.1234%)
 *       L2 Accesses:                    1
 *       RAM Accesses:                   1
 *       Estimated Cycles:            2365
 *
 * where the parenthesised change against the previous run appears from the second run on. One exact
 * series per count, the label as the metric ("Instructions", "Estimated Cycles"). An indented
 * `<label>: …` line under a benchmark that does not hold a count is an error; other lines (cargo's
 * `Compiling …`, `Running …`) are skipped.
 */
import type { Parser } from './types.js';
import type { Series } from '../model.js';
import { ParseError } from '../errors.js';
import { UniqueNames } from './common.js';
import { countSeries, eventUnit } from './counts.js';

const NAME = /^(\S.*?)\s*$/;
const COUNT_CLAIM = /^ {2}([A-Za-z0-9][A-Za-z0-9 +]*?):\s/;
const COUNT =
  /^ {2}([A-Za-z0-9][A-Za-z0-9 +]*?):\s+(\d+)(?:\s+\((?:No change|[-+]?(?:\d+\.?\d*|inf)%)\))?\s*$/;

export const iai: Parser = {
  name: 'iai',
  describe: 'cargo bench with the iai crate (console output)',
  detect(text) {
    const head = text.slice(0, 65536);
    return /^\S[^\n]*\r?\n {2}Instructions: +\d+[^\n]*\r?\n {2}L1 Accesses: +\d+/m.test(head);
  },
  parse(text, file) {
    const out: Series[] = [];
    const unique = new UniqueNames(file);
    const lines = text.split('\n');
    let name: string | undefined;
    for (let i = 0; i < lines.length; i++) {
      const raw = lines[i];
      const line = raw.charCodeAt(raw.length - 1) === 13 ? raw.slice(0, -1) : raw;
      if (name !== undefined && line.charCodeAt(0) === 32 && line.charCodeAt(1) === 32) {
        const claim = COUNT_CLAIM.exec(line);
        if (!claim) continue;
        const m = COUNT.exec(line);
        if (!m)
          throw new ParseError(file, i + 1, `expected "${claim[1]}: <count>" for "${name}"`, line.trim());
        const s = countSeries(name, m[1], eventUnit(m[1]), m[2], file, i + 1);
        unique.check(s, i + 1);
        out.push(s);
        continue;
      }
      const next = lines[i + 1];
      // A name is the line right above an indented count.
      name =
        next !== undefined && next.charCodeAt(0) === 32 && COUNT_CLAIM.test(next)
          ? NAME.exec(line)?.[1]
          : undefined;
    }
    if (out.length === 0)
      throw new ParseError(
        file,
        lines.length,
        'expected a benchmark name followed by "  Instructions: <count>"',
      );
    return out;
  },
};
