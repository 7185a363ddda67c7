/**
 * The console readers that read a large log in place (offsets into the text, no split lines) keep
 * the line-by-line reading for texts they cannot read so: vitest's console with a CR, U+2028 or
 * U+2029 anywhere, hyperfine's with a CR or colours, Google Benchmark's with colours. A line of its own holding such a character
 * (which no reader takes for a result) switches a text to the line-by-line reading without changing
 * what it says, so the two readings of damaged real output must give the same series and errors.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { hyperfineConsole } from '../../src/parse/hyperfine-console.js';
import { vitestConsole } from '../../src/parse/vitest-console.js';
import { googleBenchmarkConsole } from '../../src/parse/googlebenchmark-text.js';
import { ParseError } from '../../src/errors.js';
import { isAt, isSpaceRun } from '../../src/parse/line-scan.js';
import type { Parser } from '../../src/parse/types.js';
import { damaged } from './damage.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);

/** The series, or the error's line and what it expected. */
function outcome(p: Parser, text: string): { series?: unknown; line?: number; expected?: string } {
  try {
    return { series: p.parse(text, 'f.txt') };
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    return { line: e.lineNumber, expected: e.message.replace(/^f\.txt(:\d+)?: /, '') };
  }
}

const PIECES = [
  ' ',
  '  ',
  '\t',
  '0',
  '9',
  '.',
  ',',
  '±',
  '%',
  'ms',
  '·',
  '✓',
  '>',
  ':',
  '[',
  '\u001b[32m',
  '\u001b[39m',
  '\u001b[',
  '\u00a0',
  '⇑',
  ' [1.10x] ⇑',
  ' ns ',
  '_cv',
  'x=1k/s',
];

/** A fixture with a few of its lines edited: characters cut, inserted, repeated, a line cut short. */
const damagedFixture = (text: string): fc.Arbitrary<string> => damaged(text, PIECES);

const fixtures = (dir: string, re: RegExp): string[] =>
  fs
    .readdirSync(path.join('fixtures', dir))
    .filter((f) => re.test(f))
    .map((f) => fs.readFileSync(path.join('fixtures', dir, f), 'utf8'));

describe.each([
  { p: vitestConsole, texts: fixtures('vitest', /^console.*\.txt$/), switch: '\u2028' },
  { p: hyperfineConsole, texts: fixtures('hyperfine', /-console\.txt$/), switch: '\r' },
  // a colour anywhere sends Google Benchmark's table through the stripped lines
  {
    p: googleBenchmarkConsole,
    texts: fixtures('google-benchmark', /console.*\.txt$/),
    switch: '\u001b[0m',
  },
])('$p.name read in place and line by line', ({ p, texts, switch: other }) => {
  test('give the same series and errors on damaged fixtures', () => {
    fc.assert(
      fc.property(fc.constantFrom(...texts).chain(damagedFixture), (text) => {
        const inPlace = outcome(p, text);
        const byLine = outcome(p, `${text}\n${other}`);
        // the added line counts in the one error about the whole file: "no results"
        if (byLine.line !== undefined && inPlace.line !== undefined && byLine.line === inPlace.line + 1)
          byLine.line = inPlace.line;
        expect(byLine).toEqual(inPlace);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});

describe('line-scan helpers', () => {
  test('isSpaceRun is whether the range is nothing but spaces', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(' ', ' ', ' ', '\t', 'a', '\u00a0') }),
        fc.nat(),
        fc.nat(),
        (t, x, y) => {
          const a = Math.min(x, y) % (t.length + 1);
          const b = Math.min((Math.max(x, y) % (t.length + 1)) + a, t.length);
          expect(isSpaceRun(t, a, b)).toBe(b - a <= 256 && /^ *$/.test(t.slice(a, b)));
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  });

  test('isAt is startsWith', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 4 }), fc.nat(10), (t, s, at) => {
        expect(isAt(t, s, at)).toBe(t.startsWith(s, at));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
