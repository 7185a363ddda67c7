/**
 * The console readers that scan their usual line by hand (luau, Ruby's Benchmark, benchmark-ips,
 * mitata) give exactly what their regex gives: random edits of a real result line (blanks, tabs, CR,
 * U+2028, digits, signs, brackets, colons, …) are parsed and compared with the regex applied as the
 * format documents it. Seeds are fixed; FUZZ_SEED / FUZZ_RUNS explore further.
 */
import fc from 'fast-check';
import { luau } from '../../src/parse/luau.js';
import { benchmarkIps, rubyBenchmark } from '../../src/parse/ruby.js';
import { mitataConsole } from '../../src/parse/mitata-console.js';
import { makeSeries, readNumber } from '../../src/parse/common.js';
import { consoleSeries } from '../../src/parse/console-table.js';
import type { Series } from '../../src/model.js';
import { ParseError } from '../../src/errors.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);

const PIECES = [
  ' ',
  '  ',
  '\t',
  '\r',
  '\u2028',
  '\u00a0',
  '\ufeff',
  '\u3000',
  '0',
  '1',
  '9',
  '.',
  '-',
  '+',
  'e',
  ':',
  ' : ',
  '(',
  ')',
  '( ',
  '±',
  '(±',
  '%',
  '/',
  '/iter',
  'ns',
  'µs',
  'ms',
  'us',
  's',
  'k',
  'M',
  'Q',
  'i/s',
  ' i/s',
  'on',
  ' on ',
  '+/-',
  'x',
  'é',
  '_',
  '|',
  ' error: ',
];

/** A line edited at random places: characters removed, pieces inserted, the line cut. */
function edited(line: string): fc.Arbitrary<string> {
  const edit = fc.tuple(fc.nat(), fc.nat(2), fc.constantFrom(...PIECES));
  return fc.array(edit, { maxLength: 4 }).map((edits) => {
    let s = line;
    for (const [where, kind, piece] of edits) {
      const at = where % (s.length + 1);
      if (kind === 0) s = s.slice(0, at) + s.slice(at + 1);
      else if (kind === 1) s = s.slice(0, at) + piece + s.slice(at);
      else s = s.slice(0, at) + piece + piece + s.slice(at);
    }
    return s;
  });
}

/** The series, or the error thrown (a ParseError's line, or the oracle's reason to expect one). */
type Outcome = Series[] | string;

function outcome(fn: () => Outcome): Outcome {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ParseError) return e.line;
    throw e;
  }
}

/** Random edits of `line`: where the regex refuses (a string), the parser must refuse too. */
function check(line: string, parse: (l: string) => Series[], expected: (l: string) => Outcome): void {
  fc.assert(
    fc.property(edited(line), (l) => {
      const want = outcome(() => expected(l));
      const got = outcome(() => parse(l));
      if (typeof want === 'string') expect(typeof got).toBe('string');
      else expect(got).toEqual(want);
    }),
    { numRuns: RUNS, seed: SEED },
  );
}

describe('a hand-scanned result line reads as its regex does', () => {
  test('luau: SUCCESS lines', () => {
    const LINE = /^SUCCESS\s*:\s*(.+?)\s*:\s*(\S+?)(ms|s|us)\s+\+\/-\s*(\S+?)%\s+on\s+(\S+)\s*$/;
    for (const line of [
      'SUCCESS: json-decode                             :   22.518ms +/-  0.814% on luau',
      'SUCCESS: a : 1us +/- 1% on x',
    ])
      check(
        line,
        (l) => luau.parse(`${l}\n`, 'l'),
        (l) => {
          const t = l.trim();
          if (/^FAIL(?:ED|URE)?\s*:/.test(t)) return luau.parse(`${l}\n`, 'l'); // not this test's subject
          if (!t.startsWith('SUCCESS')) return 'no rows';
          const m = LINE.exec(t);
          const value = m ? readNumber(m[2]) : undefined;
          const pct = m ? readNumber(m[4]) : undefined;
          if (!m || value === undefined || pct === undefined) return 'bad line';
          return [
            makeSeries({ name: m[1], rawUnit: m[3], value, spread: { stddev: (value * pct) / 100 } }, 'l', 1),
          ];
        },
      );
  });

  test("Ruby's Benchmark: report rows", () => {
    const ROW = /^(.*?)\s*(-?\d+\.\d+)\s+(-?\d+\.\d+)\s+(-?\d+\.\d+)\s+\(\s*(-?\d+\.\d+)\)\s*$/;
    const head = '                           user     system      total        real\n';
    check(
      'sort_by with a block   0.130207   0.002509   0.132716 (  1.428155)',
      (l) => rubyBenchmark.parse(`${head}${l}\n`, 'r'),
      (l) => {
        const line = l.endsWith('\r') ? l.slice(0, -1) : l;
        if (!/\(\s*-?\d+\.\d+\)\s*$/.test(line)) return rubyBenchmark.parse(`${head}${l}\n`, 'r'); // not a row
        const m = ROW.exec(line);
        if (!m) return 'bad row';
        const name = m[1].trim() || 'report 1';
        return [
          makeSeries({ name, metric: 'time', rawUnit: 's', value: readNumber(m[5])! }, 'r', 2),
          makeSeries({ name, metric: 'cpu time', rawUnit: 's', value: readNumber(m[4])! }, 'r', 2),
        ];
      },
    );
  });

  test('benchmark-ips: result lines, a label above or not', () => {
    const IPS = /^\s*(.*?)\s+(\d+(?:\.\d+)?)([kKMBTQ]?) \(±\s*(\d+(?:\.\d+)?)%\) i\/s\b/;
    const SCALE: Record<string, number> = { '': 1, k: 1e3, K: 1e3, M: 1e6, B: 1e9, T: 1e12, Q: 1e15 };
    const head = 'Calculating -------------------------------------\nlong-label\n';
    for (const line of [
      '            addition     17.412M (± 2.1%) i/s -     87.092M in   5.003115s',
      '                         17.219M (± 1.9%) i/s -     86.102M in   5.001923s',
    ]) {
      check(
        line,
        (l) => benchmarkIps.parse(`${head}${l}\n`, 'b'),
        (l) => {
          const text = l.endsWith('\r') ? l.slice(0, -1) : l;
          const t = text.trim();
          if (t.startsWith('Warming up') || t.startsWith('Comparison:') || !/\(±\s*\S*%\) i\/s/.test(text))
            return benchmarkIps.parse(`${head}${l}\n`, 'b'); // not a result line
          const m = IPS.exec(text);
          if (!m) return 'bad line';
          const ips = readNumber(m[2])! * SCALE[m[3]];
          const name = m[1].trim() || 'long-label';
          const spread = { stddev: (ips * readNumber(m[4])!) / 100 };
          return [makeSeries({ name, metric: 'throughput', rawUnit: 'ops/s', value: ips, spread }, 'b', 3)];
        },
      );
    }
  });

  test('mitata: console result lines', () => {
    const head = 'benchmark                   avg (min … max) p75 / p99    (min … top 1%)\n';
    check(
      'fib(10)                      483.24 ns/iter 484.40 ns  ▅  █',
      (l) => mitataConsole.parse(`${head}${l}\n`, 'm'),
      (l) => {
        const line = l.endsWith('\r') ? l.slice(0, -1) : l;
        const iter = line.indexOf('/iter');
        if (/^[|•\- ]|^$/.test(line) || line.indexOf(' error: ') > 0 || iter < 0)
          return mitataConsole.parse(`${head}${l}\n`, 'm'); // not a result line
        const before = line.slice(0, iter).trimEnd();
        const valueEnd = before.slice(0, before.lastIndexOf(' ') + 1).trimEnd();
        const valueAt = valueEnd.lastIndexOf(' ');
        const bench = valueAt < 0 ? '' : valueEnd.slice(0, valueAt).trim();
        const parts = line.slice(Math.max(valueAt, 0), iter).trim().split(/ +/);
        const value = parts.length === 2 ? readNumber(parts[0]) : undefined;
        if (value === undefined || bench === '') return 'bad line';
        return [consoleSeries({ name: bench, metric: 'time', rawUnit: parts[1], value }, 'm', 2, 'mean')];
      },
    );
  });
});
