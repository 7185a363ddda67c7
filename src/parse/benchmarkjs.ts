/**
 * Benchmark.js console lines, as `suite.on('cycle', e => console.log(String(e.target)))` prints them:
 * `fib(20) x 15,573 ops/sec ±2.04% (10 runs sampled)`. One series per line: ops/s, bigger is better.
 *
 * Benchmark.js keeps its samples to itself; the line gives the mean rate and the relative margin of
 * error (±rme%, the 95% Student-t half-width of the mean time per operation, over `n` sampled cycles).
 * Recorded exactly as that implies:
 *   - low/high: the interval of the mean time, turned into rates: hz/(1 + rme), hz/(1 − rme);
 *   - stddev: the cycles' relative standard deviation rme·√n / t₀.₉₇₅(n − 1) (Benchmark.js's own
 *     t-table), times hz: a first-order conversion of a time spread into a rate spread.
 * A benchmark that threw prints `name: <error>` instead, which no log line can be told apart from, so
 * it is not read: it is missing from the run, and the report lists it as missing.
 */
import type { Parser } from './types.js';
import type { Series } from '../model.js';
import { ParseError } from '../errors.js';
import { UniqueNames, makeSeries, readNumber } from './common.js';
import { eachLine } from './console-table.js';

const RESULT =
  /^(.+?) x ([\d,]+(?:\.\d+)?) ops\/sec (?:±|\+\/-|\+-|Â±)\s*([\d.]+)% \((\d+) runs? sampled\)\s*$/;
/**
 * Any line that claims to be a result, so a malformed one is an error rather than skipped: " x <rate>"
 * then "ops/sec", or " x <rate>" ending the line (output cut short), but not "a 3 x 5 matrix".
 */
const CLAIM = / x [\d,]+(?:\.\d*)?(?: ops\/sec\b|\s*$)/;

/** Two-sided 95% Student-t critical values for df = 1…30, as Benchmark.js 2.x tabulates them. */
const T_TABLE = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131,
  2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

function tCritical(df: number): number {
  return df >= 1 && df <= T_TABLE.length ? T_TABLE[df - 1] : 1.96;
}

export const benchmarkjs: Parser = {
  name: 'benchmarkjs',
  describe: "node bench.js | tee bench.txt (suite.on('cycle', e => console.log(String(e.target))))",
  detect(text) {
    return /^.+ x [\d,]+(?:\.\d+)? ops\/sec (?:±|\+\/-|\+-|Â±)\s*[\d.]+% \(\d+ runs? sampled\)/m.test(
      text.slice(0, 1 << 20),
    );
  },
  parse(text, file): Series[] {
    const out: Series[] = [];
    const unique = new UniqueNames(file);
    const count = eachLine(text, (line, lineNo) => {
      if (!line.includes(' x ') || !CLAIM.test(line)) return;
      const m = RESULT.exec(line);
      if (!m) {
        throw new ParseError(
          file,
          lineNo,
          'expected "<name> x <ops> ops/sec ±<rme>% (<n> runs sampled)"',
          line.trim(),
        );
      }
      const name = m[1].trim();
      const hz = readNumber(m[2]);
      const rme = readNumber(m[3]);
      const runs = Number(m[4]);
      if (hz === undefined) throw new ParseError(file, lineNo, `expected ops/sec for "${name}"`, m[2]);
      if (rme === undefined) throw new ParseError(file, lineNo, `expected a ±% margin for "${name}"`, m[3]);
      const r = rme / 100;
      const series = makeSeries(
        {
          name,
          rawUnit: 'ops/s',
          value: hz,
          spread: {
            low: hz / (1 + r),
            high: r < 1 ? hz / (1 - r) : undefined,
            stddev: runs > 1 ? (hz * r * Math.sqrt(runs)) / tCritical(runs - 1) : undefined,
          },
        },
        file,
        lineNo,
      );
      unique.check(series, lineNo);
      out.push(series);
    });
    if (out.length === 0) {
      throw new ParseError(
        file,
        count,
        'expected at least one "<name> x <ops> ops/sec ±<rme>% (<n> runs sampled)" line',
      );
    }
    return out;
  },
};
