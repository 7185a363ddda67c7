/**
 * Dart's `benchmark_harness` (`BenchmarkBase.report()` / `AsyncBenchmarkBase`): one line per
 * benchmark, `Name(RunTime): 123.4 us.`, the mean time of one `run()` in microseconds (Dart prints the
 * double as it is, `1.2345e-7` for tiny ones). Other lines are skipped; a `Name(RunTime):` line whose
 * number cannot be read is an error. A name reported twice (the program looped) is one series with a
 * sample per report.
 */
import type { Parser } from './types.js';
import { ParseError } from '../errors.js';
import { SeriesCollector, readNumber } from './common.js';
import { eachLine } from './console-table.js';

const CLAIM = /^(.+)\(RunTime\): /;
const LINE = /^(.+)\(RunTime\): (\S+) us\.$/;

export const dartBenchmarkHarness: Parser = {
  name: 'dartbenchmarkharness',
  describe: 'Dart\'s benchmark_harness ("Name(RunTime): 123.4 us.")',
  detect(text) {
    return /^.+\(RunTime\): [-+\d.eE]+ us\.\r?$/m.test(text.slice(0, 65536));
  },
  parse(text, file) {
    const out = new SeriesCollector();
    const count = eachLine(text, (raw, n) => {
      if (!raw.includes('(RunTime): ')) return; // what CLAIM asks for, without a regex per line
      const line = raw.trim();
      if (!CLAIM.test(line)) return;
      const m = LINE.exec(line);
      const us = m ? readNumber(m[2]) : undefined;
      if (!m || us === undefined || !Number.isFinite(us * 1000))
        throw new ParseError(file, n, 'expected "<name>(RunTime): <number> us."', line);
      out.add(m[1], 'us', us);
    });
    if (out.size === 0) throw new ParseError(file, count, 'expected "<name>(RunTime): <number> us." lines');
    return out.series();
  },
};
