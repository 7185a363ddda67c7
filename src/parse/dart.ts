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
import { eachLine, isJsSpace } from './console-table.js';

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

export const dartBenchmarkHarness: Parser = {
  name: 'dartbenchmarkharness',
  describe: 'Dart\'s benchmark_harness ("Name(RunTime): 123.4 us.")',
  detect(text) {
    return /^.+\(RunTime\): [-+\d.eE]+ us\.\r?$/m.test(text.slice(0, 65536));
  },
  parse(text, file) {
    const out = new SeriesCollector();
    const checked = (us: number | undefined, line: string, n: number): number => {
      if (us === undefined || !Number.isFinite(us * 1000))
        throw new ParseError(file, n, 'expected "<name>(RunTime): <number> us."', line);
      return us;
    };
    const count = eachLine(text, (raw, n) => {
      if (!raw.includes('(RunTime): ')) return; // what CLAIM asks for, without a regex per line
      const line = raw.trim();
      const fast = readFast(line);
      if (fast) {
        out.add(fast.name, 'us', checked(fast.us, line, n));
        return;
      }
      if (!CLAIM.test(line)) return;
      const m = LINE.exec(line);
      out.add(m ? m[1] : '', 'us', checked(m ? readNumber(m[2]) : undefined, line, n));
    });
    if (out.size === 0) throw new ParseError(file, count, 'expected "<name>(RunTime): <number> us." lines');
    return out.series();
  },
};
