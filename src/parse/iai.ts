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
import { countSeries, digitCountSeries, eventLabel, eventUnit } from './counts.js';
import { isAt, skipBlanks } from './line-scan.js';

const NAME = /^(\S.*?)\s*$/;
const COUNT_CLAIM = /^ {2}([A-Za-z0-9][A-Za-z0-9 +]*?):\s/;
const COUNT =
  /^ {2}([A-Za-z0-9][A-Za-z0-9 +]*?):\s+(\d+)(?:\s+\((?:No change|[-+]?(?:\d+\.?\d*|inf)%)\))?\s*$/;

const isLabelStart = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Where `countAt` found a count line's parts: its label (interned) and the digits text[d0, d1). */
const found = { label: '', d0: 0, d1: 0 };
/** The labels met so far, compared in place before one is sliced (a file has a handful). */
const seenLabels: string[] = [];

/**
 * COUNT's label and count for the line text[s, e) (it starts with two spaces: the caller checks), read
 * in place into `found`; false for any other line, which the regexes then read. Its parts have one way
 * each to match: the label ends at the first colon, the count at the first non-digit.
 */
function countAt(text: string, s: number, e: number): boolean {
  if (!isLabelStart(text.charCodeAt(s + 2))) return false;
  // the first colon, with only label characters before it (a scan: a search could run past the line)
  let colon = s + 3;
  for (let c = text.charCodeAt(colon); colon < e && (isLabelStart(c) || c === 32 || c === 43);)
    c = text.charCodeAt(++colon);
  if (colon >= e || text.charCodeAt(colon) !== 58 /* : */) return false;
  const d0 = skipBlanks(text, colon + 1, e);
  let d1 = d0;
  while (d1 < e && text.charCodeAt(d1) >= 48 && text.charCodeAt(d1) <= 57) d1++;
  if (d0 === colon + 1 || d1 === d0) return false;
  let end = skipBlanks(text, d1, e);
  if (end < e) {
    // ` (No change)`, ` (+12.5%)`, ` (-inf%)`
    if (end === d1 || text.charCodeAt(end) !== 40 /* ( */) return false;
    let i = end + 1;
    if (isAt(text, 'No change)', i)) i += 10;
    else {
      const sign = text.charCodeAt(i);
      if (sign === 43 || sign === 45) i++;
      if (isAt(text, 'inf', i)) i += 3;
      else {
        const n0 = i;
        while (i < e && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
        if (i === n0) return false;
        if (i < e && text.charCodeAt(i) === 46) i++;
        while (i < e && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
      }
      if (!isAt(text, '%)', i) || i + 2 > e) return false;
      i += 2;
    }
    end = skipBlanks(text, i, e);
    if (end < e) return false;
  }
  let label: string | undefined;
  for (const l of seenLabels)
    if (colon - (s + 2) === l.length && isAt(text, l, s + 2)) {
      label = l;
      break;
    }
  if (label === undefined) {
    label = eventLabel(text.slice(s + 2, colon));
    if (seenLabels.length < 16 && !seenLabels.includes(label)) seenLabels.push(label);
  }
  found.label = label;
  found.d0 = d0;
  found.d1 = d1;
  return true;
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
    // the lines (LF-separated, as text.split('\n') gives them), read in place; a line is sliced when
    // it may be a name (the line above an indented count) or a count the scan leaves to the regexes
    let name: string | undefined;
    let n = 0;
    for (let s = 0; ;) {
      const nl = text.indexOf('\n', s);
      const stop = nl < 0 ? text.length : nl;
      const e = stop > s && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
      n++;
      if (name !== undefined && text.charCodeAt(s) === 32 && text.charCodeAt(s + 1) === 32 && e - s >= 2) {
        if (countAt(text, s, e)) {
          const { label, d0, d1 } = found;
          const series =
            d1 - d0 <= 15
              ? digitCountSeries(name, label, eventUnit(label), text, d0, d1)
              : countSeries(name, label, eventUnit(label), text.slice(d0, d1), file, n);
          unique.check(series, n);
          out.push(series);
        } else {
          const line = text.slice(s, e);
          const claim = COUNT_CLAIM.exec(line);
          if (claim) {
            const m = COUNT.exec(line);
            if (!m)
              throw new ParseError(file, n, `expected "${claim[1]}: <count>" for "${name}"`, line.trim());
            const series = countSeries(name, m[1], eventUnit(m[1]), m[2], file, n);
            unique.check(series, n);
            out.push(series);
          }
        }
      } else {
        // A name is the line right above an indented count (that line as split, its CR kept).
        const next = nl + 1;
        name = undefined;
        if (nl >= 0 && text.charCodeAt(next) === 32) {
          const nextNl = text.indexOf('\n', next);
          if (COUNT_CLAIM.test(text.slice(next, nextNl < 0 ? text.length : nextNl)))
            name = NAME.exec(text.slice(s, e))?.[1];
        }
      }
      if (nl < 0) break;
      s = nl + 1;
    }
    if (out.length === 0)
      throw new ParseError(file, n, 'expected a benchmark name followed by "  Instructions: <count>"');
    return out;
  },
};
