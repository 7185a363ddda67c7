/**
 * Dart's `benchmark_harness` (`BenchmarkBase.report()` / `AsyncBenchmarkBase`): one line per
 * benchmark, `Name(RunTime): 123.4 us.`, the mean time of one `run()` in microseconds (Dart prints the
 * double as it is, `1.2345e-7` for tiny ones). Other lines are skipped; a `Name(RunTime):` line whose
 * number cannot be read is an error. A name reported twice (the program looped) is one series with a
 * sample per report.
 */
import type { Parser } from './types.js';
import { ParseError } from '../errors.js';
import { SeriesCollector, holdsLineTerminator, numberIn, readNumber } from './common.js';
import { isJsSpace } from './console-table.js';
import { isAt, skipBlanks } from './line-scan.js';
import { LineCursor, NextOf, TextReader } from './text-scan.js';

const CLAIM = /^(.+)\(RunTime\): /;
const LINE = /^(.+)\(RunTime\): (\S+) us\.$/;
const MARK = '(RunTime): ';

/**
 * LINE by a scan, for the lines it matches with the last `(RunTime): ` (the one its greedy name takes
 * first); any other line takes the regexes.
 */
function readFast(line: string): { name: string; us: number | undefined } | undefined {
  const p = line.lastIndexOf(MARK);
  const from = p + MARK.length;
  const to = line.length - 4;
  if (p < 1 || to <= from || !line.endsWith(' us.')) return undefined;
  for (let i = from; i < to; i++) if (isJsSpace(line.charCodeAt(i))) return undefined;
  const name = line.slice(0, p);
  if (holdsLineTerminator(name)) return undefined;
  return { name, us: numberIn(line, from, to) };
}

function checked(file: string, us: number | undefined, line: string, n: number): number {
  if (us === undefined || !Number.isFinite(us * 1000))
    throw new ParseError(file, n, 'expected "<name>(RunTime): <number> us."', line);
  return us;
}

/** A line holding `(RunTime): `, as a string: the definition of the format. */
function readLine(raw: string, n: number, out: SeriesCollector, file: string): void {
  const line = raw.trim();
  const fast = readFast(line);
  if (fast) {
    out.add(fast.name, 'us', checked(file, fast.us, line, n));
    return;
  }
  if (!CLAIM.test(line)) return;
  const m = LINE.exec(line);
  out.add(m ? m[1] : '', 'us', checked(file, m ? readNumber(m[2]) : undefined, line, n));
}

/**
 * The usual line, one `readFast` reads with a finite number, read at its offsets in the whole text:
 * no line string, no `{ name, us }` per line, only the name sliced.
 */
class Reader extends TextReader {
  constructor(
    text: string,
    private readonly out: SeriesCollector,
  ) {
    super(text);
  }

  /**
   * The line text[start, end), whose first `(RunTime): ` is at p, added when it is the usual line;
   * false for any other line, which `readLine` then reads. Calls come in file order.
   *
   * The number ends the line, before ` us.`; one with no blank at its ends holds none (numberIn trims
   * only its ends), so this first mark is readFast's last one too: a later one would need a blank in
   * the number, or `(RunTime):` at its end, which no number has.
   */
  usual(start: number, end: number, p: number): boolean {
    const text = this.text;
    // the line as `trim` leaves it; the mark starts with a non-blank, so p is in it
    const a = skipBlanks(text, start, end);
    let b = end;
    while (b > a && isJsSpace(text.charCodeAt(b - 1))) b--;
    const from = p + MARK.length;
    const to = b - 4;
    if (p <= a || to <= from || !isAt(text, ' us.', to) || this.terminators.within(a, p)) return false;
    const num = this.num;
    let us = num.read(text, from, to) === to ? num.value : NaN;
    if (Number.isNaN(us)) {
      if (isJsSpace(text.charCodeAt(from)) || isJsSpace(text.charCodeAt(to - 1))) return false;
      const v = numberIn(text, from, to);
      if (v === undefined) return false; // readLine's error
      us = v;
    }
    if (!Number.isFinite(us * 1000)) return false; // readLine's error
    this.out.add(text.slice(a, p), 'us', us);
    return true;
  }
}

export const dartBenchmarkHarness: Parser = {
  name: 'dartbenchmarkharness',
  describe: 'Dart\'s benchmark_harness ("Name(RunTime): 123.4 us.")',
  detect(text) {
    return /^.+\(RunTime\): [-+\d.eE]+ us\.\r?$/m.test(text.slice(0, 65536));
  },
  parse(text, file) {
    const out = new SeriesCollector();
    const reader = new Reader(text, out);
    const marks = new NextOf(text, MARK);
    const lines = new LineCursor(text);
    while (lines.next()) {
      // what CLAIM asks for, found by one search of the text for all lines
      const { start, end } = lines;
      const p = marks.from(start);
      if (p + MARK.length <= end && !reader.usual(start, end, p))
        readLine(text.slice(start, end), lines.n, out, file);
    }
    if (out.size === 0) throw new ParseError(file, lines.n, 'expected "<name>(RunTime): <number> us." lines');
    return out.series();
  },
};
