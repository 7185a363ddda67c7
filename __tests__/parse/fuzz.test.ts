/**
 * Every parser, fed garbage and damaged real output, either returns well-formed series or throws the
 * project's ParseError: never a TypeError, a RangeError, a SyntaxError from JSON.parse, an Infinity in
 * a value, or an empty name. That is what lets the CLI and the action promise one line and exit 2 for
 * any bad input. Seeds are fixed so CI runs the same cases every time; a failure prints the seed and
 * the shrunk counterexample.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { EXPLICIT_ONLY, FOLDER_PARSERS, PARSERS } from '../../src/parse/index.js';
import type { FolderFile, FolderParser, Parser } from '../../src/parse/types.js';
import type { Series } from '../../src/model.js';
import { ParseError } from '../../src/errors.js';

// Fixed for CI; FUZZ_SEED / FUZZ_RUNS explore further locally (a failure names its seed to reproduce).
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = Number(process.env.FUZZ_SEED ?? 20261121);
/** Fixtures larger than this are left out of mutation: each run re-parses the whole text. */
const MAX_FIXTURE = 120_000;

interface Fixture {
  rel: string;
  text: string;
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'src' ? [] : walk(p);
    return e.name === 'README.md' || e.name.endsWith('.gz') ? [] : [p];
  });
}

const FIXTURES: Fixture[] = walk('fixtures')
  .filter((p) => fs.statSync(p).size <= MAX_FIXTURE)
  .map((p) => ({ rel: path.relative('fixtures', p), text: fs.readFileSync(p, 'utf8') }));

/** What a well-formed result looks like; returns a reason when it is not. */
function malformed(out: unknown): string | undefined {
  if (!Array.isArray(out)) return 'parse() did not return a list';
  if (out.length === 0) return 'parse() returned no series without an error (an empty run looks complete)';
  for (const s of out as Series[]) {
    const where = JSON.stringify(s).slice(0, 200);
    if (typeof s.name !== 'string' || s.name.trim() === '') return `empty name: ${where}`;
    if (typeof s.metric !== 'string' || s.metric === '') return `empty metric: ${where}`;
    if (typeof s.unit !== 'string') return `unit not a string: ${where}`;
    if (s.direction !== 'smaller' && s.direction !== 'bigger') return `bad direction: ${where}`;
    if (typeof s.value !== 'number' || !Number.isFinite(s.value)) return `value not finite: ${where}`;
    if (s.samples !== undefined) {
      if (!Array.isArray(s.samples) || s.samples.some((x) => typeof x !== 'number' || !Number.isFinite(x)))
        return `samples not finite numbers: ${where}`;
    }
    if (s.spread !== undefined) {
      for (const k of ['low', 'high', 'stddev'] as const) {
        const x = s.spread[k];
        if (x !== undefined && (typeof x !== 'number' || !Number.isFinite(x)))
          return `spread.${k} not finite: ${where}`;
      }
    }
  }
  return undefined;
}

/** Run a parse; true when it behaved (series well-formed, or a one-line ParseError). */
function behaves(run: () => unknown): boolean {
  let out: unknown;
  try {
    out = run();
  } catch (e) {
    if (e instanceof ParseError) {
      if (/\n/.test(e.line)) throw new Error(`a ParseError message spans lines: ${JSON.stringify(e.line)}`);
      if (!Number.isInteger(e.lineNumber) || e.lineNumber < 0)
        throw new Error(`a ParseError without a line number: ${e.line}`);
      return true;
    }
    throw new Error(
      `threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)} instead of a ParseError`,
    );
  }
  const why = malformed(out);
  if (why) throw new Error(why);
  return true;
}

const GARBAGE = [
  '',
  '-',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e999',
  '1e308',
  '-1e308',
  '1e-320',
  '0',
  '-0',
  '-1',
  'abc',
  '"x"',
  'null',
  'true',
  '{}',
  '[]',
  '9'.repeat(400),
  '1.2.3',
  '0x10',
  '1,2',
  '١٢٣',
];

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; ch: string }
  | { kind: 'deleteLine'; at: number }
  | { kind: 'duplicateLine'; at: number }
  | { kind: 'number'; at: number; garbage: string }
  | { kind: 'insert'; at: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    ch: fc.oneof(
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      fc.constantFrom('"', '{', ']', ',', '\n', '\u0000'),
    ),
  }),
  fc.record({ kind: fc.constant('deleteLine' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicateLine' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('number' as const), at: fc.nat(), garbage: fc.constantFrom(...GARBAGE) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 12 }) }),
);

function mutate(text: string, m: Mutation): string {
  const n = Math.max(text.length, 1);
  switch (m.kind) {
    case 'truncate':
      return text.slice(0, m.at % n);
    case 'flip': {
      const at = m.at % n;
      return text.slice(0, at) + m.ch + text.slice(at + 1);
    }
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'deleteLine':
    case 'duplicateLine': {
      const lines = text.split('\n');
      const at = m.at % lines.length;
      if (m.kind === 'deleteLine') lines.splice(at, 1);
      else lines.splice(at, 0, lines[at]);
      return lines.join('\n');
    }
    case 'number': {
      const numbers = [...text.matchAll(/-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?/g)];
      if (numbers.length === 0) return text;
      const hit = numbers[m.at % numbers.length];
      return text.slice(0, hit.index) + m.garbage + text.slice(hit.index + hit[0].length);
    }
  }
}

/** The fixtures a parser reads: those it detects, or for explicit-only formats those of its family. */
function ownFixtures(p: Parser): Fixture[] {
  const own = FIXTURES.filter((f) => p.detect(f.text));
  if (own.length > 0) return own;
  // customBiggerIsBetter / customSmallerIsBetter read the generic list; a hand-made one is the sample.
  return [
    {
      rel: 'generic-list',
      text: '[\n  {"name": "a", "unit": "ns", "value": 12, "range": "± 1"},\n  {"name": "b", "unit": "ops/s", "value": 3}\n]\n',
    },
  ];
}

const FILE_PARSERS: { p: Parser; explicit: boolean }[] = [
  ...PARSERS.map((p) => ({ p, explicit: false })),
  ...EXPLICIT_ONLY.map((p) => ({ p, explicit: true })),
];

describe.each(FILE_PARSERS.map(({ p }) => [p.name, p] as const))('parser %s', (_name, parser) => {
  const own = ownFixtures(parser);

  test('random text and bytes give series or a ParseError, nothing else', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 400 }),
          fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b).toString('utf8')),
          fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b).toString('latin1')),
          // text that starts like the format, then goes astray
          fc
            .tuple(fc.nat(own.length - 1), fc.nat(400), fc.string({ maxLength: 200 }))
            .map(([i, cut, tail]) => own[i].text.slice(0, cut) + tail),
        ),
        (text) => behaves(() => parser.parse(text, 'fuzz.txt')),
      ),
      { numRuns: RUNS, seed: SEED },
    );
  });

  test('damaged real output gives series or a ParseError, nothing else', () => {
    fc.assert(
      fc.property(fc.constantFrom(...own), fc.array(mutation, { minLength: 1, maxLength: 3 }), (f, ms) =>
        behaves(() => parser.parse(ms.reduce(mutate, f.text), f.rel)),
      ),
      { numRuns: RUNS, seed: SEED },
    );
  });

  test("every other tool's real output, read under this format, gives series or a ParseError", () => {
    for (const f of FIXTURES) {
      try {
        behaves(() => parser.parse(f.text, f.rel));
      } catch (e) {
        throw new Error(`${f.rel}: ${(e as Error).message}`);
      }
    }
  });
});

function folderFixtures(p: FolderParser): { rel: string; files: FolderFile[] }[] {
  const dirs: string[] = [];
  const visit = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!e.isDirectory() || e.name === 'src') continue;
      const d = path.join(dir, e.name);
      const rel = walk(d).map((f) => path.relative(d, f).split(path.sep).join('/'));
      if (p.detectFolder(rel)) dirs.push(d);
      else visit(d);
    }
  };
  visit('fixtures');
  return dirs.map((d) => ({
    rel: path.relative('fixtures', d),
    files: walk(d)
      .map((f) => path.relative(d, f).split(path.sep).join('/'))
      .filter((f) => p.wants(f))
      .map((f) => ({ path: f, text: fs.readFileSync(path.join(d, f), 'utf8') })),
  }));
}

describe.each(FOLDER_PARSERS.map((p) => [p.name, p] as const))('folder parser %s', (_name, parser) => {
  const folders = folderFixtures(parser);

  test('has a fixture folder to damage', () => {
    expect(folders.length).toBeGreaterThan(0);
  });

  test('a folder with damaged, missing or duplicated files gives series or a ParseError', () => {
    fc.assert(
      fc.property(
        fc.nat(folders.length - 1).map((i) => folders[i]),
        fc.nat(),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        fc.constantFrom('mutate', 'drop', 'empty', 'garbage'),
        (folder, which, ms, how) => {
          const files = folder.files.map((f) => ({ ...f }));
          const i = which % files.length;
          if (how === 'drop') files.splice(i, 1);
          else if (how === 'empty') files[i].text = '';
          else if (how === 'garbage') files[i].text = ms.map((m) => JSON.stringify(m)).join('\n');
          else files[i].text = ms.reduce(mutate, files[i].text);
          return behaves(() => parser.parseFolder(files, folder.rel));
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
