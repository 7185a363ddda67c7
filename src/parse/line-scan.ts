/**
 * Small scanning helpers for the console readers that read a large log in place (offsets into the
 * text instead of split lines and sliced fields).
 */
import { isJsSpace } from './console-table.js';

/** Runs of spaces by length, made when first asked for: the blank padding of console columns. */
const SPACE_RUNS: string[] = [''];
const MAX_RUN = 256;

/**
 * Whether text[s, e) is nothing but spaces, by one comparison with a run of spaces (a console's
 * padding is long, and a look at each of its characters is most of the cost of reading it; a slice
 * compared with `===` is several times faster than `startsWith` or a loop). False for a longer range
 * or any other blank: the caller then looks at each character itself.
 */
export function isSpaceRun(text: string, s: number, e: number): boolean {
  const n = e - s;
  if (n > MAX_RUN) return false;
  // most ranges that are not spaces show it at an end, before any slice is made
  if (n > 0 && (text.charCodeAt(s) !== 32 || text.charCodeAt(e - 1) !== 32)) return false;
  let run = SPACE_RUNS[n];
  if (run === undefined) {
    for (let k = SPACE_RUNS.length; k <= n; k++) SPACE_RUNS.push(' '.repeat(k));
    run = SPACE_RUNS[n];
  }
  return text.slice(s, e) === run;
}

/**
 * `text.startsWith(s, at)` for a short `s` (a unit, a line's first word): most calls differ in the
 * first character, and the builtin's call costs more than the comparison.
 */
export function isAt(text: string, s: string, at: number): boolean {
  for (let k = 0; k < s.length; k++) if (text.charCodeAt(at + k) !== s.charCodeAt(k)) return false;
  return true;
}

/** The first character of text[from, to) that is not JavaScript whitespace (`isJsSpace`), or `to`. */
export function skipBlanks(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isJsSpace(text.charCodeAt(i))) i++;
  return i;
}
