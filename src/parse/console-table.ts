/**
 * Helpers for console and table outputs (hyperfine's exports, Google Benchmark's console, ...): line
 * iteration with 1-based numbers, ANSI colour removal, and series marked `origin: 'console'` (the tool
 * printed a summary, not its samples). All linear: no regex that can backtrack over a line twice.
 */
import type { Series } from '../model.js';
import type { RawSeries } from './common.js';
import { makeSeries } from './common.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

/** The text without ANSI colour codes (vitest, Google Benchmark on a terminal). */
export function stripAnsi(text: string): string {
  return text.includes('\u001b') ? text.replace(ANSI, '') : text;
}

/** Lines without their line ends (LF or CRLF), for a loop with `i + 1` as the line number. */
export function textLines(text: string): string[] {
  return text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

/** A series read from a printed summary: no samples, marked as such. */
export function consoleSeries(
  raw: Omit<RawSeries, 'origin' | 'samples'>,
  file: string,
  line: number,
): Series {
  return makeSeries({ ...raw, origin: 'console' }, file, line);
}

/** Fields of one CSV record (RFC 4180 quoting: `"a, b"`, `""` for a quote); undefined if a quote is open. */
export function csvFields(line: string): string[] | undefined {
  const out: string[] = [];
  let i = 0;
  const n = line.length;
  for (;;) {
    if (line.charCodeAt(i) === 34 /* " */) {
      let v = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) return undefined;
        v += line.slice(i, q);
        if (line.charCodeAt(q + 1) === 34) {
          v += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      out.push(v);
      if (i < n && line.charCodeAt(i) !== 44) return undefined;
    } else {
      let c = line.indexOf(',', i);
      if (c < 0) c = n;
      out.push(line.slice(i, c));
      i = c;
    }
    if (i >= n) return out;
    i++; // the comma
  }
}

/** The interval `mean ∓ rme%` that tinybench and vitest print as `±4.40%`, as a spread. */
export function rmeInterval(mean: number, rmePercent: number): { low: number; high: number } {
  return { low: mean * (1 - rmePercent / 100), high: mean * (1 + rmePercent / 100) };
}
