/**
 * Every parser and every detector is linear in its input: pathological text (long runs of digits,
 * blanks, tabs, brackets, a result prefix repeated without a newline, ...) is read, or refused, within a
 * time bound per megabyte. A quadratic regex or an indexOf that runs past the line end on every line
 * fails this by orders of magnitude (a 120,000-character Criterion line took 21 s), so the bound can be
 * generous enough for a loaded CI machine. Seeds are fixed; FUZZ_SEED / FUZZ_RUNS explore further.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { EXPLICIT_ONLY, PARSERS } from '../../src/parse/index.js';
import type { Parser } from '../../src/parse/types.js';
import { ParseError } from '../../src/errors.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
/** Size of each pathological input. */
const SIZE = 256 * 1024;
/** Allowed time per megabyte, for parse plus detection; a linear parser needs a small fraction of it. */
const MS_PER_MB = 2500;

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'src' ? [] : walk(p);
    return e.name === 'README.md' || e.name.endsWith('.gz') ? [] : [p];
  });
}

/** The first lines of every fixture: a pathological run is appended to a real format's start. */
const PREFIXES: string[] = walk('fixtures')
  .filter((p) => fs.statSync(p).size <= 1 << 20)
  .map((p) => fs.readFileSync(p, 'utf8').split('\n').slice(0, 12).join('\n'));

/** Pieces repeated to fill the input: each is a trap for some kind of backtracking or rescanning. */
const PIECES = [
  '0',
  '9',
  '1 ',
  '1.5',
  ' ',
  '\t',
  ' \t',
  '[',
  ']',
  '[1 ',
  '{',
  '"',
  '"a":',
  ',',
  '|',
  '| ',
  '│',
  '─',
  'µs ',
  'ns ',
  '±',
  '%',
  '-',
  '.',
  ':',
  'Benchmark',
  'BenchmarkX ',
  'BenchmarkX 1 ',
  'time: [',
  'time:   ',
  'test ',
  'bench: ',
  '1,000 ',
  'e',
  '\u00a0',
  '\u001b[32m',
  'a',
];

const pathological = fc
  .record({
    prefix: fc.nat(PREFIXES.length - 1),
    piece: fc.constantFrom(...PIECES),
    other: fc.constantFrom(...PIECES),
    newlineEvery: fc.constantFrom(0, 1, 64, 4096),
    mixed: fc.boolean(),
  })
  .map(({ prefix, piece, other, newlineEvery, mixed }) => {
    const unit = mixed ? piece + other : piece;
    let body = unit.repeat(Math.ceil(SIZE / unit.length));
    if (newlineEvery > 0 && newlineEvery < body.length) {
      const parts: string[] = [];
      for (let i = 0; i < body.length; i += newlineEvery) parts.push(body.slice(i, i + newlineEvery));
      body = parts.join('\n');
    }
    return `${PREFIXES[prefix]}${body.slice(0, SIZE)}`;
  });

function timed(run: () => unknown): number {
  const t0 = performance.now();
  try {
    run();
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
  }
  return performance.now() - t0;
}

const ALL: Parser[] = [...PARSERS, ...EXPLICIT_ONLY];

/** Every piece, without a newline, after the parser's own fixture start: the worst case of each trap. */
const WORST_SIZE = 64 * 1024;

describe.each(ALL.map((p) => [p.name, p] as const))('parser %s is linear', (_name, parser) => {
  test('one line of each repeated piece after its own output start stays within the bound', () => {
    const own = PREFIXES.find((t) => parser.detect(t)) ?? PREFIXES[0];
    const slow: string[] = [];
    timed(() => parser.parse(own, 'warm-up.txt')); // one-time costs (a schema compiled on first use)
    const once = (text: string): number =>
      timed(() => parser.detect(text)) + timed(() => parser.parse(text, 'linear.txt'));
    for (const piece of PIECES) {
      const text = own + piece.repeat(Math.ceil(WORST_SIZE / piece.length));
      // the faster of two tries: a pause of the loaded machine is not the parser's
      const ms = Math.min(once(text), once(text));
      if (ms > (MS_PER_MB * text.length) / 1e6) slow.push(`${JSON.stringify(piece)}: ${ms.toFixed(0)} ms`);
    }
    expect(slow).toEqual([]);
  });

  test(`pathological input is read or refused within ${MS_PER_MB} ms per MB`, () => {
    timed(() => parser.parse(PREFIXES[0], 'warm-up.txt'));
    fc.assert(
      fc.property(pathological, (text) => {
        const once = (): number =>
          timed(() => parser.detect(text)) + timed(() => parser.parse(text, 'linear.txt'));
        // the faster of two tries: a pause of the loaded machine is not the parser's
        const ms = Math.min(once(), once());
        const bound = (MS_PER_MB * text.length) / 1e6;
        if (ms > bound) throw new Error(`took ${ms.toFixed(0)} ms for ${text.length} characters`);
        return true;
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
