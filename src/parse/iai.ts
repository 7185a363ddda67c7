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
import { UniqueNames, withoutCr } from './common.js';
import { countSeries, eventLabel, eventUnit } from './counts.js';
import { isJsSpace } from './console-table.js';

const NAME = /^(\S.*?)\s*$/;
const COUNT_CLAIM = /^ {2}([A-Za-z0-9][A-Za-z0-9 +]*?):\s/;
const COUNT =
  /^ {2}([A-Za-z0-9][A-Za-z0-9 +]*?):\s+(\d+)(?:\s+\((?:No change|[-+]?(?:\d+\.?\d*|inf)%)\))?\s*$/;

const isLabelStart = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * COUNT's label (interned: a file has a handful, repeated a million times) and count by a scan, for
 * the lines it matches; undefined for any other line, which the regexes then read. Its parts have one
 * way each to match: the label ends at the first colon, the count at the first non-digit.
 */
// `line` starts with two spaces (the caller checks)
function countOf(line: string): [string, string] | undefined {
  if (!isLabelStart(line.charCodeAt(2))) return undefined;
  const colon = line.indexOf(':', 3);
  if (colon < 0) return undefined;
  for (let i = 3; i < colon; i++) {
    const c = line.charCodeAt(i);
    if (!isLabelStart(c) && c !== 32 && c !== 43) return undefined;
  }
  const len = line.length;
  const blanks = (from: number): number => {
    let i = from;
    while (i < len && isJsSpace(line.charCodeAt(i))) i++;
    return i;
  };
  const d0 = blanks(colon + 1);
  let d1 = d0;
  while (d1 < len && line.charCodeAt(d1) >= 48 && line.charCodeAt(d1) <= 57) d1++;
  if (d0 === colon + 1 || d1 === d0) return undefined;
  let end = blanks(d1);
  if (end < len) {
    // ` (No change)`, ` (+12.5%)`, ` (-inf%)`
    if (end === d1 || line.charCodeAt(end) !== 40 /* ( */) return undefined;
    let i = end + 1;
    if (line.startsWith('No change)', i)) i += 10;
    else {
      const sign = line.charCodeAt(i);
      if (sign === 43 || sign === 45) i++;
      if (line.startsWith('inf', i)) i += 3;
      else {
        const n0 = i;
        while (line.charCodeAt(i) >= 48 && line.charCodeAt(i) <= 57) i++;
        if (i === n0) return undefined;
        if (line.charCodeAt(i) === 46) i++;
        while (line.charCodeAt(i) >= 48 && line.charCodeAt(i) <= 57) i++;
      }
      if (!line.startsWith('%)', i)) return undefined;
      i += 2;
    }
    end = blanks(i);
    if (end < len) return undefined;
  }
  return [eventLabel(line.slice(2, colon)), line.slice(d0, d1)];
}

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
      const line = withoutCr(lines[i]);
      if (name !== undefined && line.charCodeAt(0) === 32 && line.charCodeAt(1) === 32) {
        const fast = countOf(line);
        if (fast) {
          const s = countSeries(name, fast[0], eventUnit(fast[0]), fast[1], file, i + 1);
          unique.check(s, i + 1);
          out.push(s);
          continue;
        }
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
