/**
 * Criterion.rs console output (`cargo bench` with criterion benches):
 *
 *     fib/20                  time:   [24.653 µs 24.834 µs 25.052 µs]
 *                             thrpt:  [1.1520 GiB/s 1.1563 GiB/s 1.1586 GiB/s]
 *
 * The three numbers are the lower bound, Criterion's estimate ("typical": the slope of the linear fit,
 * or the mean for flat sampling) and the upper bound of its confidence interval, each with its own
 * unit. The estimate is the headline and the bounds are the spread. `thrpt:` is a bigger-is-better
 * "throughput" series (B/s for Throughput::Bytes, elem/s for Throughput::Elements). Samples are not
 * printed; read the `target/criterion` folder (format `criterion` on a folder) to get them.
 *
 * An id longer than Criterion's 24-column pad stands alone on its line and `time:` moves to the next.
 * Progress lines (`Benchmarking …`), `change:` blocks (percentages), verdicts, outlier reports, and
 * warnings are skipped. A TTY run overwrites progress with carriage returns: only the text after the
 * last `\r` of a line counts. Colour escapes are removed.
 */
import type { Parser } from './types.js';
import type { Series } from '../model.js';
import { ParseError } from '../errors.js';
import { readNumber, withoutCr } from './common.js';
import { makeSeriesAt } from './lazyline.js';
import { canonical, scaleBy } from '../units.js';

/**
 * `[<n> <unit> <n> <unit> <n> <unit>]` at the start of `rest`: its six fields, or undefined. Found with
 * indexOf and a split, not a regex, so a long line of brackets or blanks stays linear.
 */
function tripleFields(rest: string): string[] | undefined {
  if (!rest.startsWith('[')) return undefined;
  const close = rest.indexOf(']');
  if (close < 0) return undefined;
  const fields = rest.slice(1, close).trim().split(/\s+/);
  return fields.length === 6 ? fields : undefined;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isBlank(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * `<before> time: [<rest>`: the text before the first "time:" that starts a word and is followed by
 * blanks and `[`, and the text after the `[`. Linear: each candidate looks only at the blanks after it.
 */
function timeLine(line: string): { before: string; rest: string } | undefined {
  for (let at = line.indexOf('time:'); at >= 0; at = line.indexOf('time:', at + 5)) {
    if (at > 0 && isWordChar(line.charCodeAt(at - 1))) continue;
    let i = at + 5;
    if (i >= line.length || !isBlank(line.charCodeAt(i))) continue;
    while (i < line.length && isBlank(line.charCodeAt(i))) i++;
    if (line.charCodeAt(i) === 91 /* [ */) return { before: line.slice(0, at), rest: line.slice(i + 1) };
  }
  return undefined;
}
const THRPT_LINE = /^\s+thrpt:\s+\[/;
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

function clean(raw: string): string {
  let line = withoutCr(raw);
  const cr = line.lastIndexOf('\r');
  if (cr >= 0) line = line.slice(cr + 1);
  if (line.includes('\u001b')) line = line.replace(ANSI, '');
  return line;
}

/** Lines that are never an id standing alone. */
function isNoise(line: string): boolean {
  const t = line.trim();
  return (
    t === '' ||
    line.startsWith(' ') ||
    line.startsWith('\t') ||
    t.startsWith('Benchmarking ') ||
    t.startsWith('Found ') ||
    t.startsWith('WARNING') ||
    t.startsWith('Warning') ||
    t.startsWith('Gnuplot not found') ||
    t.startsWith('running ') ||
    t.startsWith('test result:') ||
    t.startsWith('Running ') ||
    t.startsWith('Finished ') ||
    t.startsWith('Compiling ')
  );
}

export const criterionConsole: Parser = {
  name: 'criterion',
  describe: 'Criterion.rs console output of cargo bench',
  detect(text) {
    // bounded quantifiers: a run of digits must not be split every way between two of them
    return /time:\s{1,40}\[[-+\d.]{1,30}\s?[^\s\d]\S{0,20} [-+\d.]{1,30}\s?[^\s\d]\S{0,20} [-+\d.]{1,30}\s?[^\s\d]\S{0,20}\]/.test(
      text.slice(0, 65536),
    );
  },
  parse(text, file): Series[] {
    const lines = text.split('\n');
    const out: Series[] = [];
    const seen = new Map<string, number>();
    let pendingId: string | undefined; // an id printed alone, waiting for its time: line
    let current: { name: string; line: number } | undefined; // the last result, for its thrpt: line
    let inChange = false;

    const triple = (
      rest: string,
      lineNo: number,
      name: string,
      what: string,
    ): { v: number[]; u: string[] } => {
      const m = tripleFields(rest);
      if (!m)
        throw new ParseError(
          file,
          lineNo,
          `expected "${what}: [<low> <unit> <estimate> <unit> <high> <unit>]" for "${name}"`,
          rest.trim(),
        );
      const v = [m[0], m[2], m[4]].map((s) => {
        const n = readNumber(s);
        if (n === undefined)
          throw new ParseError(file, lineNo, `expected a number in the ${what} of "${name}"`, s);
        return n;
      });
      return { v, u: [m[1], m[3], m[5]] };
    };

    for (let i = 0; i < lines.length; i++) {
      const lineNo = i + 1;
      const line = clean(lines[i]);
      const time = timeLine(line);
      if (time) {
        const before = time.before;
        const head = before.trimEnd();
        if (
          (head.endsWith('change:') &&
            (head.length === 7 || !isWordChar(head.charCodeAt(head.length - 8)))) ||
          line.includes('%')
        ) {
          // a change estimate (percentages), never a result
          continue;
        }
        let name: string;
        if (before.trim() !== '') name = before.trim();
        else if (pendingId !== undefined && !inChange) name = pendingId;
        else throw new ParseError(file, lineNo, 'expected a benchmark id before "time:"', line.trim());
        const { v, u } = triple(`[${time.rest}`, lineNo, name, 'time');
        const first = seen.get(name);
        if (first !== undefined)
          throw new ParseError(
            file,
            lineNo,
            `expected each benchmark once, "${name}" already appeared on line ${first}`,
          );
        seen.set(name, lineNo);
        // the three numbers may carry different units ("999.1 ns 1.0012 µs 1.0031 µs"): convert each.
        // A custom Measurement prints its own unit ("cycles"), kept as the metric and unit.
        const c = canonical(u[1]);
        const conv = (k: number): number => inUnit(v[k], u[k], c.unit, file, lineNo);
        out.push(
          makeSeriesAt(
            {
              name,
              metric: c.kind === 'time' ? 'time' : c.unit,
              rawUnit: c.unit,
              value: conv(1),
              spread: { low: conv(0), high: conv(2) },
            },
            file,
            () => lineNo,
          ),
        );
        current = { name, line: lineNo };
        pendingId = undefined;
        inChange = false;
        continue;
      }
      if (THRPT_LINE.test(line)) {
        if (inChange || line.includes('%')) continue;
        if (!current)
          throw new ParseError(file, lineNo, 'expected a "time:" line before "thrpt:"', line.trim());
        const { v, u } = triple(line.slice(line.indexOf('[')), lineNo, current.name, 'thrpt');
        const unit = rateUnit(u[1]);
        const conv = (k: number): number => {
          return scaleBy(v[k], rateFactor(u[k], unit, file, lineNo));
        };
        out.push(
          makeSeriesAt(
            {
              name: current.name,
              metric: 'throughput',
              rawUnit: unit,
              value: conv(1),
              spread: { low: conv(0), high: conv(2) },
            },
            file,
            () => lineNo,
          ),
        );
        current = undefined;
        continue;
      }
      if (/^\s+change:\s*$/.test(line)) {
        inChange = true;
        continue;
      }
      if (/^\s+change:/.test(line)) continue; // one-line change of a benchmark without throughput
      if (!isNoise(line)) {
        pendingId = line.trim();
        inChange = false;
        current = undefined;
      } else if (line.trim() === '' || line.trim().startsWith('Benchmarking ')) {
        inChange = false;
      }
    }
    if (out.length === 0)
      throw new ParseError(file, lines.length, 'expected at least one "<id>  time:   [...]" result');
    return out;
  },
};

/** `v` in `raw` units, converted to the canonical `unit` the estimate's own unit maps to. */
function inUnit(v: number, raw: string, unit: string, file: string, line: number): number {
  const c = canonical(raw);
  if (c.unit !== unit) throw new ParseError(file, line, `expected the same kind of unit as ${unit}`, raw);
  return scaleBy(v, c.factor);
}

/** The canonical unit of a throughput ("GiB/s" → "B/s", "Melem/s" → "elem/s"), for all three numbers. */
function rateUnit(raw: string): string {
  return canonical(raw).unit;
}

/** Factor from a raw rate unit to `unit`, in which makeSeries will then leave it (factor 1 for canonical). */
function rateFactor(raw: string, unit: string, file: string, line: number): number {
  const c = canonical(raw);
  if (c.unit !== unit || (c.kind !== 'rate' && c.kind !== 'byte-rate'))
    throw new ParseError(file, line, `expected throughput units like ${unit}`, raw);
  return c.factor;
}
