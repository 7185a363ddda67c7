/**
 * Bad input through the CLI, as a user meets it: an empty file, truncated JSON, a binary file, another
 * tool's output under `--format NAME`, a file too large to read. Each gives one line on stderr naming
 * the file, the line and what was expected, exit 2, nothing on stdout (no partial results), and never
 * a stack trace.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main.js';
import { MAX_FILE_BYTES, readFolder } from '../../src/results.js';
import { LIMITS } from '../../src/limits.js';
import { formatNames } from '../../src/parse/index.js';
import { detectFormat } from '../../src/parse/detect.js';
import { ParseError } from '../../src/errors.js';

function sink(): { write(s: string): void; text: string } {
  return {
    text: '',
    write(s: string) {
      this.text += s;
    },
  };
}

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = sink();
  const err = sink();
  const code = await main(args, { stdout: out, stderr: err, cwd: process.cwd(), env: {} });
  return { code, out: out.text, err: err.text };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'benchgate-bad-input-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, content);
  return p;
}

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Exit 2, stdout empty, stderr exactly one line `benchgate: <file>:<line>: <what>` matching `what`. */
function expectOneLineError(
  r: { code: number; out: string; err: string },
  file: string,
  line: number | RegExp,
  what: RegExp,
): void {
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  expect(r.err.endsWith('\n')).toBe(true);
  expect(r.err.slice(0, -1)).not.toMatch(/\n/);
  expect(r.err).not.toMatch(/\bat .*\(.*:\d+:\d+\)|TypeError|RangeError|SyntaxError|internal error/);
  const lineRe = typeof line === 'number' ? String(line) : line.source;
  // Line 0 is the whole file: no line is printed.
  const place = line === 0 ? esc(file) : `${esc(file)}:(?:${lineRe})`;
  const m = new RegExp(`^benchgate: ${place}: (.*)\n$`).exec(r.err);
  expect(m).not.toBeNull();
  expect(m![1]).toMatch(what);
}

describe('bad input gives one line with file, line and what was expected, and exit 2', () => {
  test('an empty file', async () => {
    const f = write('empty.json', '');
    expectOneLineError(await cli(['parse', f]), f, 1, /expected benchmark output, the file is empty$/);
    expectOneLineError(await cli(['parse', f, '--format', 'jmh']), f, 1, /the file is empty$/);
  });

  test('a file of blank lines is empty too', async () => {
    const f = write('blank.txt', '\n \n\t\n');
    expectOneLineError(await cli(['parse', f]), f, 1, /expected benchmark output, the file is empty$/);
  });

  test('truncated JSON names the last line and says the file ends early', async () => {
    const full = fs.readFileSync('fixtures/vitest/bench.json', 'utf8');
    const cut = full.slice(0, Math.floor(full.length / 2));
    const f = write('bench.json', cut);
    const lastLine = cut.split('\n').length;
    // detected as vitest from its head; the cut is found, not a V8 message from some Node version
    expectOneLineError(
      await cli(['parse', f]),
      f,
      lastLine,
      /^expected valid JSON: .*, but the file ends \(truncated\?\)$/,
    );
    expectOneLineError(
      await cli(['parse', f, '--format', 'vitest']),
      f,
      lastLine,
      /^expected valid JSON: .*, but the file ends \(truncated\?\)$/,
    );
  });

  test('a damaged byte in the middle of JSON names its own line, not the last one', async () => {
    const text = fs
      .readFileSync('fixtures/jmh/documented-format.json', 'utf8')
      .replace('"mode" : "avgt"', '"mode" # "avgt"');
    const f = write('jmh.json', text);
    const line = text.slice(0, text.indexOf('"mode" # "avgt"')).split('\n').length;
    expectOneLineError(
      await cli(['parse', f]),
      f,
      line,
      /^expected valid JSON: ":" after a key, got "# \\"avgt\\"/,
    );
  });

  test('a binary file', async () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    const f = write('random.bin', bytes);
    expectOneLineError(await cli(['parse', f]), f, 1, /^expected text benchmark output, the file is binary$/);
    expectOneLineError(await cli(['parse', f, '--format', 'catch2']), f, 1, /the file is binary$/);
    // a compressed result file, as users upload them
    const gz = 'fixtures/mitata/bench-json-default.json.gz';
    expectOneLineError(
      await cli(['parse', gz]),
      gz,
      1,
      /^expected text benchmark output, the file is binary$/,
    );
  });

  test('text that is no known tool lists the formats tried', async () => {
    const f = write('log.txt', 'Compiling foo v0.1.0\n    Finished release [optimized] target(s)\n');
    expectOneLineError(
      await cli(['parse', f]),
      f,
      1,
      /^expected the output of a known benchmark tool; tried benchgate, .*catch2, .*\(set "format" to one of: auto, /,
    );
  });

  test('an unknown --format names the formats there are', async () => {
    const r = await cli(['parse', 'fixtures/catch2/report.xml', '--format', 'catch3']);
    // The flag is to blame, not the file, and the nearest name is suggested.
    expectOneLineError(
      r,
      '--format',
      0,
      /^expected one of auto, .*catch2.*, got "catch3" \(did you mean "catch2"\?\)$/,
    );
  });

  test('a benchmark that failed makes the file an error, not a run with one benchmark fewer', async () => {
    const f = 'fixtures/tinybench/tasks.json';
    expectOneLineError(
      await cli(['parse', f]),
      f,
      2279,
      /^expected task "throws" to have completed, its state is "errored"/,
    );
  });

  test('a result line cut short at the end of the output is an error, not one benchmark fewer', async () => {
    const text = fs.readFileSync('fixtures/benchmarkjs/console.txt', 'utf8');
    const cut = text.slice(0, text.indexOf('fib(20) x 15,573') + 'fib(20) x 15,573'.length);
    const f = write('cut.txt', cut);
    expectOneLineError(
      await cli(['parse', f, '--format', 'benchmarkjs']),
      f,
      3,
      /^expected "<name> x <ops> ops\/sec/,
    );
  });

  test('a file over the size limit is refused before it is read (a sparse 300 MiB file)', async () => {
    const f = path.join(tmp, 'huge.json');
    fs.writeFileSync(f, '');
    fs.truncateSync(f, 300 * 1024 * 1024); // no bytes are written: the file is a hole
    expectOneLineError(
      await cli(['parse', f]),
      f,
      0,
      /^expected benchmark output under 256 MiB, the file has 300 MiB$/,
    );
    fs.truncateSync(f, MAX_FILE_BYTES + 1);
    expectOneLineError(await cli(['parse', f]), f, 0, /^expected benchmark output under 256 MiB/);
  });
});

describe('a folder format reads a bounded folder', () => {
  /** A copy of the real target/criterion fixture, to add files to. */
  function criterionCopy(name: string): string {
    const dir = path.join(tmp, name);
    fs.cpSync('fixtures/criterion/target-criterion', dir, { recursive: true });
    return dir;
  }

  test('files that are each under the file limit but over the total are refused before any is read', async () => {
    const dir = criterionCopy('criterion-huge');
    for (const [bench, mib] of [
      ['huge_a', 200],
      ['huge_b', 100],
    ] as const) {
      fs.mkdirSync(path.join(dir, bench, 'new'), { recursive: true });
      const f = path.join(dir, bench, 'new', 'sample.json');
      fs.writeFileSync(f, '');
      fs.truncateSync(f, mib * 1024 * 1024); // sparse: no bytes are written
    }
    expect(LIMITS.folderBytes).toBe(256 * 1024 * 1024);
    expectOneLineError(
      await cli(['parse', dir]),
      dir,
      0,
      /^expected criterion files under 256 MiB in all, the folder's have 300 MiB$/,
    );
    // The same folder within the limits reads.
    fs.rmSync(path.join(dir, 'huge_a'), { recursive: true });
    fs.rmSync(path.join(dir, 'huge_b'), { recursive: true });
    const ok = await cli(['parse', dir]);
    expect(ok.err).toBe('');
    expect(ok.code).toBe(0);
  });

  test('a folder with more files than the format may read is refused before any is read', () => {
    const dir = criterionCopy('criterion-many');
    const wanted = fs
      .readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((p) => /(?:^|\/)new\/(?:benchmark|estimates|sample)\.json$/.test(p)).length;
    expect(() =>
      readFolder(dir, 'target/criterion', 'auto', { files: wanted, bytes: LIMITS.folderBytes }),
    ).not.toThrow();
    expect(() =>
      readFolder(dir, 'target/criterion', 'auto', { files: wanted - 1, bytes: LIMITS.folderBytes }),
    ).toThrow(
      `target/criterion: expected at most ${(wanted - 1).toLocaleString('en')} criterion files in the folder, it has ${wanted.toLocaleString('en')}`,
    );
    expect(LIMITS.folderFiles).toBe(100_000);
  });
});

/** Pairs where one tool's output is by design another format too: criterion's bencher output imitates libtest. */
const SAME_FORMAT = new Set([
  'criterionbencher<libtest',
  'libtest<criterionbencher',
  // Valgrind writes both files in one format (header lines, cost lines, summary): either reads the other.
  'callgrind<cachegrind',
  'cachegrind<callgrind',
]);

function fixtureFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'src' || e.name === 'target-criterion' ? [] : fixtureFiles(p);
    return e.name === 'README.md' || e.name.endsWith('.gz') ? [] : [p];
  });
}

function detectedAs(file: string): string | undefined {
  try {
    return detectFormat(fs.readFileSync(file, 'utf8'), file).name;
  } catch (e) {
    if (e instanceof ParseError) return undefined;
    throw e;
  }
}

describe("another tool's output under --format NAME", () => {
  const files = fixtureFiles('fixtures').map((file) => ({ file, own: detectedAs(file) }));
  const formats = formatNames().filter((f) => f !== 'auto');

  test.each(formats)('every other fixture under --format %s is one line and exit 2', async (fmt) => {
    let checked = 0;
    for (const { file, own } of files) {
      if (own === fmt || SAME_FORMAT.has(`${own}<${fmt}`)) continue;
      const r = await cli(['parse', file, '--format', fmt]);
      try {
        expectOneLineError(r, file, /\d+/, /^expected/);
      } catch (e) {
        throw new Error(
          `${file} (${own ?? 'no format'}) under --format ${fmt}: exit ${r.code}, ${r.err}${(e as Error).message}`,
        );
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(40);
  });
});
