/**
 * console.time, Dart's benchmark_harness and Benchmark.js read their usual line in place (offsets into
 * the text, text-scan.ts) and every other line as a string. Texts of randomly edited real lines (blanks,
 * tabs, CR, U+2028, digits, signs, colons, marks, …) must give what the formats' regexes give, applied
 * line by line as each module documents them; and the scanning helpers must answer as the string
 * operations they stand for. Seeds are fixed; FUZZ_SEED / FUZZ_RUNS explore further.
 */
import fc from 'fast-check';
import { consoleTime } from '../../src/parse/consoletime.js';
import { dartBenchmarkHarness } from '../../src/parse/dart.js';
import { benchmarkjs, tCritical } from '../../src/parse/benchmarkjs.js';
import { SeriesCollector, UniqueNames, makeSeries, numberIn, readNumber } from '../../src/parse/common.js';
import { textLines } from '../../src/parse/console-table.js';
import { LineCursor, LineTerminators, NextOf, PlainDecimal } from '../../src/parse/text-scan.js';
import type { Parser } from '../../src/parse/types.js';
import type { Series } from '../../src/model.js';
import { ParseError } from '../../src/errors.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1500);
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);

const PIECES = [
  ' ',
  '  ',
  '\t',
  '\r',
  '\u2028',
  '\u2029',
  '\u00a0',
  '\ufeff',
  '0',
  '1',
  '9',
  '.',
  ',',
  '_',
  '-',
  '+',
  'e',
  'E',
  ':',
  ': ',
  '[',
  ']',
  '(',
  ')',
  's',
  'm',
  'ms',
  ' ms',
  'us',
  ' us.',
  '(RunTime): ',
  '(RunTime):',
  ' x ',
  'x',
  ' ops/sec ',
  '±',
  '+/-',
  '+-',
  'Â±',
  '%',
  '% (',
  ' run',
  ' runs sampled)',
  'sampled)',
  "Warning: No such label '",
  '(m:ss.mmm)',
  '\n',
];

/** Lines edited at random places: characters removed, pieces inserted, a line cut, all joined. */
function editedText(lines: readonly string[]): fc.Arbitrary<string> {
  const edit = fc.tuple(fc.nat(), fc.nat(3), fc.constantFrom(...PIECES));
  const line = fc.tuple(fc.constantFrom(...lines), fc.array(edit, { maxLength: 4 })).map(([l, edits]) => {
    let s = l;
    for (const [where, kind, piece] of edits) {
      const at = where % (s.length + 1);
      if (kind === 0) s = s.slice(0, at) + s.slice(at + 1);
      else if (kind === 1) s = s.slice(0, at) + piece + s.slice(at);
      else if (kind === 2) s = s.slice(0, at) + piece + piece + s.slice(at);
      else s = s.slice(0, at);
    }
    return s;
  });
  return fc
    .tuple(fc.array(line, { minLength: 1, maxLength: 6 }), fc.boolean())
    .map(([ls, crlf]) => ls.join(crlf ? '\r\n' : '\n'));
}

/** The series and warnings, or the line and message of the error. */
type Outcome = { series: Series[]; warnings: string[] } | { line: number; expected: string };

function outcome(fn: (warnings: string[]) => Series[]): Outcome {
  const warnings: string[] = [];
  try {
    return { series: fn(warnings), warnings };
  } catch (e) {
    if (e instanceof ParseError) return { line: e.lineNumber, expected: e.expected };
    throw e;
  }
}

function check(
  p: Parser,
  lines: readonly string[],
  oracle: (text: string, warnings: string[]) => Series[],
): void {
  fc.assert(
    fc.property(editedText(lines), (text) => {
      const got = outcome((w) => p.parse(text, 'f', { warn: (n, m) => w.push(`${n}: ${m}`), meta() {} }));
      expect(got).toEqual(outcome((w) => oracle(text, w)));
    }),
    { numRuns: RUNS, seed: SEED },
  );
}

describe('a line read in place reads as its regex does', () => {
  test('console.time: label: <time>ms|s, m:ss.mmm, Bun brackets, the missing-timer warning', () => {
    const PLAIN = /^(.+?): (\d+(?:\.\d+)?(?:e[-+]?\d+)?) ?(ms|s)$/;
    const CLOCK = /^(.+?): (?:(\d+):)?(\d+):(\d{2}(?:\.\d+)?) \((?:h:mm|m):ss\.mmm\)$/;
    const BUN = /^\[(\d+(?:\.\d+)?) ?(ms|s)\] (.+)$/;
    const NO_LABEL = /Warning: No such label '(.*)' for console\.time(?:End|Log)\(\)/;
    check(
      consoleTime,
      [
        'json: round trip: 111.091ms',
        'busy wait 1.2s: 1.220s',
        '  x: 1.5e-3 ms',
        'a: 1:01.004 (m:ss.mmm)',
        '[3.5ms] c',
        "(node:1) Warning: No such label 'b' for console.timeEnd()",
        'running benchmarks',
      ],
      (text, warnings) => {
        const out = new SeriesCollector();
        const lines = textLines(text);
        lines.forEach((raw, i) => {
          const line = raw.trim();
          let r: { name: string; ms: number } | undefined;
          let m = PLAIN.exec(line);
          if (m) r = { name: m[1], ms: Number(m[2]) * (m[3] === 's' ? 1000 : 1) };
          else if ((m = CLOCK.exec(line))) {
            const h = m[2] === undefined ? 0 : Number(m[2]);
            r = { name: m[1], ms: ((h * 60 + Number(m[3])) * 60 + Number(m[4])) * 1000 };
          } else if ((m = BUN.exec(line))) r = { name: m[3], ms: Number(m[1]) * (m[2] === 's' ? 1000 : 1) };
          if (r) {
            if (!Number.isFinite(r.ms * 1e6))
              throw new ParseError('f', i + 1, `expected a finite time for "${r.name}"`);
            out.add(r.name, 'ms', r.ms);
          } else if ((m = NO_LABEL.exec(line)))
            warnings.push(
              `${i + 1}: console.timeEnd('${m[1]}') had no matching console.time: no timing printed`,
            );
        });
        if (out.size === 0)
          throw new ParseError('f', lines.length, 'expected "<label>: <time>ms" lines from console.timeEnd');
        return out.series();
      },
    );
  });

  test('Dart: <name>(RunTime): <number> us.', () => {
    const CLAIM = /^(.+)\(RunTime\): /;
    const LINE = /^(.+)\(RunTime\): (\S+) us\.$/;
    const expected = 'expected "<name>(RunTime): <number> us."';
    check(
      dartBenchmarkHarness,
      [
        'ListSort.1000(RunTime): 38.59172051241535 us.',
        ' MapLookup(RunTime): 1.2345e-4 us. ',
        'Running benchmarks on Dart 3.5.4 (stable)',
      ],
      (text) => {
        const out = new SeriesCollector();
        const lines = textLines(text);
        lines.forEach((raw, i) => {
          const line = raw.trim();
          if (!CLAIM.test(line)) return;
          const m = LINE.exec(line);
          const us = m ? readNumber(m[2]) : undefined;
          if (!m || us === undefined || !Number.isFinite(us * 1000))
            throw new ParseError('f', i + 1, expected);
          out.add(m[1], 'us', us);
        });
        if (out.size === 0) throw new ParseError('f', lines.length, `${expected} lines`);
        return out.series();
      },
    );
  });

  test('Benchmark.js: <name> x <ops> ops/sec ±<rme>% (<n> runs sampled)', () => {
    const RESULT =
      /^(.+?) x ([\d,]+(?:\.\d+)?) ops\/sec (?:±|\+\/-|\+-|Â±)\s*([\d.]+)% \((\d+) runs? sampled\)\s*$/;
    const CLAIM = / x [\d,]+(?:\.\d*)?(?: ops\/sec\b|\s*$)/;
    const what = '"<name> x <ops> ops/sec ±<rme>% (<n> runs sampled)"';
    check(
      benchmarkjs,
      [
        'String#indexOf x 1,168,797,155 ops/sec ±2.51% (10 runs sampled)',
        ' slower: fib(33) x 30.38 ops/sec ±0.56% (7 runs sampled)',
        'solo x 12.5 ops/sec +/-0.00% (1 run sampled)',
        'Fastest is String#indexOf',
      ],
      (text) => {
        const out: Series[] = [];
        const unique = new UniqueNames('f');
        const lines = textLines(text);
        lines.forEach((line, i) => {
          if (!CLAIM.test(line)) return;
          const m = RESULT.exec(line);
          if (!m) throw new ParseError('f', i + 1, `expected ${what}`);
          const name = m[1].trim();
          const hz = readNumber(m[2]);
          const rme = readNumber(m[3]);
          if (hz === undefined) throw new ParseError('f', i + 1, `expected ops/sec for "${name}"`);
          if (rme === undefined) throw new ParseError('f', i + 1, `expected a ±% margin for "${name}"`);
          const r = rme / 100;
          const runs = Number(m[4]);
          const spread = {
            low: hz / (1 + r),
            high: r < 1 ? hz / (1 - r) : undefined,
            stddev: runs > 1 ? (hz * r * Math.sqrt(runs)) / tCritical(runs - 1) : undefined,
          };
          const s = makeSeries({ name, rawUnit: 'ops/s', value: hz, spread }, 'f', i + 1);
          unique.check(s, i + 1);
          out.push(s);
        });
        if (out.length === 0) throw new ParseError('f', lines.length, `expected at least one ${what} line`);
        return out;
      },
    );
  });
});

describe('text-scan helpers', () => {
  const TEXT = fc.string({
    unit: fc.constantFrom('a', ':', ' ', '\r', '\n', '\u2028', '\u2029', 'x', ' x '),
  });

  test('LineCursor visits the lines textLines gives, at their offsets', () => {
    fc.assert(
      fc.property(TEXT, (t) => {
        const got: string[] = [];
        const lines = new LineCursor(t);
        while (lines.next()) {
          got.push(t.slice(lines.start, lines.end));
          expect(t.charCodeAt(lines.stop) === 10 || lines.stop === t.length).toBe(true);
        }
        expect(got).toEqual(textLines(t));
        expect(lines.n).toBe(got.length);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  test('NextOf and LineTerminators answer as indexOf and holdsLineTerminator of a slice', () => {
    fc.assert(
      fc.property(TEXT, fc.array(fc.tuple(fc.nat(), fc.nat(6)), { maxLength: 12 }), (t, steps) => {
        const colon = new NextOf(t, ':');
        const xs = new NextOf(t, ' x ');
        const terminators = new LineTerminators(t);
        let from = 0;
        for (const [step, len] of steps) {
          from = Math.min(t.length, from + (step % 4));
          const to = Math.min(t.length, from + len);
          const i = t.indexOf(':', from);
          expect(colon.from(from)).toBe(i < 0 ? t.length : i);
          expect(xs.within(from, to)).toBe(t.slice(from, to).includes(' x '));
          expect(terminators.within(from, to)).toBe(/[\r\u2028\u2029]/.test(t.slice(from, to)));
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  test('PlainDecimal reads \\d+(\\.\\d+)?(e[-+]?\\d+)? with the value numberIn gives', () => {
    const PLAIN = /^\d+(?:\.\d+)?(?:e[-+]?\d+)?/;
    const num = new PlainDecimal();
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('0', '1', '5', '9', '.', 'e', 'E', '+', '-', ',', ' ', 's'),
          maxLength: 30,
        }),
        fc.nat(3),
        (s, cut) => {
          const to = Math.max(0, s.length - cut);
          const end = num.read(s, 0, to);
          const m = PLAIN.exec(s.slice(0, to));
          expect(end).toBe(m ? m[0].length : 0);
          if (end > 0 && !Number.isNaN(num.value)) expect(num.value).toBe(numberIn(s, 0, end));
        },
      ),
      { numRuns: RUNS * 4, seed: SEED },
    );
    for (const [s, v] of [
      ['35.96', 35.96],
      ['1.2345e-4', 1.2345e-4],
      ['007', 7],
      ['1e22', 1e22],
    ] as const) {
      expect(num.read(s, 0, s.length)).toBe(s.length);
      expect(num.value).toBe(v);
    }
    // beyond an exact mantissa or exponent: NaN, for numberIn to read
    for (const s of ['12345678901234567', '1e23', '1e-400']) {
      expect(num.read(s, 0, s.length)).toBe(s.length);
      expect(num.value).toBeNaN();
    }
  });
});
