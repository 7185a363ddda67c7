/**
 * Valgrind's own profile files: `callgrind.out.<pid>` (`valgrind --tool=callgrind`) and
 * `cachegrind.out.<pid>` (`valgrind --tool=cachegrind`). Both are text with a header of `key: value`
 * lines: `cmd:` (the program and its arguments), `events:` (the event names, e.g. `Ir` or, with
 * `--cache-sim=yes --branch-sim=yes`, `Ir Dr Dw I1mr … Bim`), then per-function cost lines, and the
 * whole program's cost in `summary:` (callgrind writes it in the header and `totals:` at the end,
 * cachegrind writes `summary:` last). One series per event, named after the command, with the event as
 * the metric: `Ir` in "instructions", the others in their own name. Counts are exact. Per-function
 * costs are not read: they move with inlining, and the program's totals are what a gate needs.
 * A file holding several profiles (callgrind `part:`s, or files joined with `cat`) gives one set per
 * `cmd:`/`part:`, the part appended to the name (`./prog (part 2)`).
 */
import type { Parser } from './types.js';
import type { Series } from '../model.js';
import { ParseError } from '../errors.js';
import { UniqueNames, withoutCr } from './common.js';
import { countSeries } from './counts.js';

const HEAD = 8192;

interface Profile {
  cmd?: string;
  part?: string;
  events?: string[];
  eventsLine: number;
}

function parseProfile(text: string, file: string, tool: 'callgrind' | 'cachegrind'): Series[] {
  const out: Series[] = [];
  const unique = new UniqueNames(file);
  let p: Profile = { eventsLine: 0 };
  let done = false;
  const emit = (values: string, line: number, key: string): void => {
    if (!p.events) throw new ParseError(file, line, `expected an "events:" line before "${key}:"`);
    const counts = values.trim().split(/\s+/);
    // Valgrind omits trailing zero counts on cost lines; a summary always has every event.
    if (counts.length !== p.events.length) {
      throw new ParseError(
        file,
        line,
        `expected ${p.events.length} counts in "${key}:" (one per event: ${p.events.join(' ')})`,
        values.trim(),
      );
    }
    const base = p.cmd ?? tool;
    const name = p.part && p.part !== '1' ? `${base} (part ${p.part})` : base;
    p.events.forEach((ev, k) => {
      const s = countSeries(name, ev, ev === 'Ir' ? 'instructions' : ev, counts[k], file, line);
      unique.check(s, line);
      out.push(s);
    });
    done = true;
  };
  // a profile is mostly cost lines: a line is sliced from the text only if it may be a header line
  let count = 0;
  for (let start = 0; start <= text.length; count++) {
    const i = count;
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const c0 = text.charCodeAt(start);
    const raw = c0 < 97 || c0 > 122 ? '' : text.slice(start, end);
    start = end + 1;
    if (raw === '') continue; // cost lines start with a digit, a "+" or a "-"
    const line = withoutCr(raw);
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon);
    const value = line.slice(colon + 1);
    if (key === 'cmd') {
      if (done) p = { eventsLine: 0 };
      p.cmd = value.trim();
    } else if (key === 'part') {
      if (done) p = { cmd: p.cmd, eventsLine: 0 };
      p.part = value.trim();
    } else if (key === 'events') {
      if (done) p = { cmd: p.cmd, part: p.part, eventsLine: 0 };
      p.events = value.trim().split(/\s+/).filter(Boolean);
      p.eventsLine = i + 1;
      if (p.events.length === 0) throw new ParseError(file, i + 1, 'expected event names after "events:"');
    } else if (key === 'summary') {
      emit(value, i + 1, key);
    } else if (key === 'totals' && !done) {
      // callgrind without a header summary (older versions): the totals are the program's cost
      emit(value, i + 1, key);
    }
  }
  if (out.length === 0) {
    throw new ParseError(file, count, `expected a "summary:" line with the program's ${tool} counts`);
  }
  return out;
}

export const callgrind: Parser = {
  name: 'callgrind',
  describe: 'valgrind --tool=callgrind --callgrind-out-file=callgrind.out PROGRAM',
  detect(text) {
    const head = text.slice(0, HEAD);
    return (
      /^(?:# callgrind format\r?\n|version: \d)/.test(head) &&
      /^creator: callgrind/m.test(head) &&
      /^events: /m.test(head)
    );
  },
  parse(text, file) {
    return parseProfile(text, file, 'callgrind');
  },
};

export const cachegrind: Parser = {
  name: 'cachegrind',
  describe: 'valgrind --tool=cachegrind --cachegrind-out-file=cachegrind.out PROGRAM',
  detect(text) {
    const head = text.slice(0, HEAD);
    return (
      /^(?:desc: .*\r?\n)*cmd: .*\r?\n(?:desc: .*\r?\n)*events: \S/.test(head) &&
      !/^creator: callgrind/m.test(head)
    );
  },
  parse(text, file) {
    return parseProfile(text, file, 'cachegrind');
  },
};
