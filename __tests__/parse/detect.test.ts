/**
 * Detection picks the right format for every real fixture, from the content alone, and no format claims
 * another tool's output. The test walks all of fixtures/<tool>/ (skipping README.md and src/), so a new
 * fixture without a row here fails until someone decides what it should detect as.
 *
 * HOW TO EXTEND: add one row per fixture path (relative to fixtures/):
 *   - a format name: the file (or, for FOLDERS, the folder) must detect as exactly that format;
 *   - NONE: no format may claim it (console output benchgate does not read); detection must fail with
 *     the one-line "tried …" error, never pick a wrong parser;
 *   - NOT_YET: a fixture whose parser is still being written; only asserts that no format *already
 *     owned by someone else* claims it. Replace with the format name when the parser lands.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { detectFolderFormat, detectFormat } from '../../src/parse/detect.js';
import { ParseError } from '../../src/errors.js';
import fc from 'fast-check';
import { PARSERS } from '../../src/parse/index.js';

const NONE = null;
const NOT_YET = 'not-yet';
type Expected = string | typeof NONE;

/** Files. */
const FILES: Record<string, Expected> = {
  // ---- parsers-A ----
  'go/bench-count5.txt': 'go',
  'go/bench-cpu.txt': 'go',
  'go/bench-v.txt': 'go',
  'go/bench-ci-log-noise.txt': 'go',
  'go/bench.json': 'gojson',
  'go/bench-ci-log-noise-pass.txt': 'go',
  'go/bench-two-packages.txt': 'go',
  'go/bench-go126-two-packages.json': 'gojson',
  'go/fail-bench.txt': 'go',
  'go/fail-bench.json': 'gojson',
  'libtest/cargo-bench-failing.txt': 'libtest',
  'libtest/cargo-bench-failing-format-json.jsonl': 'libtest',
  'catch2/console-failing.txt': 'catch2',
  'catch2/report-failing.xml': 'catch2',
  'libtest/cargo-bench.txt': 'libtest',
  'libtest/cargo-bench-with-stderr.txt': 'libtest',
  'libtest/cargo-bench-format-json.jsonl': 'libtest',
  'criterion/console.txt': 'criterion',
  'criterion/console-first-run.txt': 'criterion',
  'criterion/console-improved.txt': 'criterion',
  'criterion/console-regressed.txt': 'criterion',
  'criterion/bencher.txt': 'criterionbencher',
  'criterion/cargo-criterion-documented-format.jsonl': 'cargocriterion',
  'pytest-benchmark/benchmark.json': 'pytest',
  'pytest-benchmark/autosave-no-data.json': 'pytest',
  'pytest-benchmark/console.txt': 'pytest-console',
  'pytest-benchmark/console-5.3.1-default.txt': 'pytest-console',
  'pytest-benchmark/console-5.3.1-columns-sort.txt': 'pytest-console',
  'google-benchmark/plain.json': 'googlebenchmark',
  'google-benchmark/repetitions.json': 'googlebenchmark',
  'google-benchmark/aggregates-only.json': 'googlebenchmark',
  'google-benchmark/console.txt': 'googlebenchmark-console',
  'google-benchmark/console-aggregates-tabular.txt': 'googlebenchmark-console',
  'google-benchmark/text-console.txt': 'googlebenchmark-console',
  'google-benchmark/text-console-repetitions.txt': 'googlebenchmark-console',
  'google-benchmark/text-console-display-aggregates-only.txt': 'googlebenchmark-console',
  'google-benchmark/text-console-tabular.txt': 'googlebenchmark-console',
  'google-benchmark/text-format.csv': 'googlebenchmark-csv',
  'google-benchmark/text-out-repetitions.csv': 'googlebenchmark-csv',
  'google-benchmark/documented-format-pre-1.5-repetitions.json': 'googlebenchmark',
  'hyperfine/basic.json': 'hyperfine',
  'hyperfine/parameters.json': 'hyperfine',
  'hyperfine/parameter-scan.json': 'hyperfine',
  'hyperfine/no-shell-failing.json': 'hyperfine',
  'hyperfine/single-run.json': 'hyperfine',
  'hyperfine/zero-time.json': 'hyperfine',
  'hyperfine/export-fast-console.txt': 'hyperfine-console',
  'hyperfine/export-fast.adoc': 'hyperfine-table',
  'hyperfine/export-fast.csv': 'hyperfine-csv',
  'hyperfine/export-fast.json': 'hyperfine',
  'hyperfine/export-fast.md': 'hyperfine-table',
  'hyperfine/export-fast.org': 'hyperfine-table',
  'hyperfine/export-ms-console.txt': 'hyperfine-console',
  'hyperfine/export-us-console.txt': 'hyperfine-console',
  'hyperfine/export-us-color-console.txt': 'hyperfine-console',
  'hyperfine/export-us-color.json': 'hyperfine',
  'hyperfine/export-us.adoc': 'hyperfine-table',
  'hyperfine/export-us.csv': 'hyperfine-csv',
  'hyperfine/export-us.json': 'hyperfine',
  'hyperfine/export-us.md': 'hyperfine-table',
  'hyperfine/export-us.org': 'hyperfine-table',
  'hyperfine/export-ms.adoc': 'hyperfine-table',
  'hyperfine/export-ms.csv': 'hyperfine-csv',
  'hyperfine/export-ms.json': 'hyperfine',
  'hyperfine/export-ms.md': 'hyperfine-table',
  'hyperfine/export-ms.org': 'hyperfine-table',
  'hyperfine/export-s-console.txt': 'hyperfine-console',
  'hyperfine/export-s.adoc': 'hyperfine-table',
  'hyperfine/export-s.csv': 'hyperfine-csv',
  'hyperfine/export-s.json': 'hyperfine',
  'hyperfine/export-s.md': 'hyperfine-table',
  'hyperfine/export-s.org': 'hyperfine-table',
  'hyperfine/export-scan-console.txt': 'hyperfine-console',
  'hyperfine/export-scan.adoc': 'hyperfine-table',
  'hyperfine/export-scan.csv': 'hyperfine-csv',
  'hyperfine/export-scan.json': 'hyperfine',
  'hyperfine/export-scan.md': 'hyperfine-table',
  'hyperfine/export-scan.org': 'hyperfine-table',
  'hyperfine/export-time-unit-second-console.txt': 'hyperfine-console',
  'hyperfine/export-time-unit-second.md': 'hyperfine-table',
  'hyperfine/basic-console.txt': 'hyperfine-console',
  'hyperfine/parameters-console.txt': 'hyperfine-console',
  'hyperfine/parameter-scan-console.txt': 'hyperfine-console',
  'hyperfine/no-shell-failing-console.txt': 'hyperfine-console',
  'hyperfine/single-run-console.txt': 'hyperfine-console',
  'hyperfine/zero-time-console.txt': 'hyperfine-console',

  // ---- parsers-B ----
  'benchgate/results.json': 'benchgate',
  'benchgate/minimal.json': 'benchgate',
  'benchmarkdotnet/documented-format-report-full.json': 'benchmarkdotnet',
  'benchmarkdotnet/documented-format-older-no-fullname.json': 'benchmarkdotnet',
  'benchmarkjs/console.txt': 'benchmarkjs',
  'benchmarkjs/stats.json': NONE, // the fixture script's own dump of Benchmark objects, not a Benchmark.js format
  'catch2/console.txt': 'catch2',
  'catch2/console-no-analysis.txt': 'catch2',
  'catch2/console-long-names.txt': 'catch2',
  'catch2/console-long-names-no-analysis.txt': 'catch2',
  'catch2/report.xml': 'catch2',
  'catch2/report-no-analysis.xml': 'catch2',
  'jmh/documented-format.json': 'jmh',
  'julia/documented-format-trial.json': 'julia',
  'julia/documented-format-group-trials.json': 'julia',
  'julia/documented-format-group-estimates.json': 'julia', // detected; parsing asks for one value per file
  'mitata/bench-json-nosamples.json': 'mitata',
  'mitata/bench-json-default.json.gz': NONE, // gzip: decompress it first
  'mitata/console.txt': 'mitata-console',
  'mitata/markdown.md': 'mitata-console',
  'tinybench/console.txt': 'tinybench-table',
  'tinybench/table.json': NONE, // bench.table() rows are display strings; the recipe saves the tasks
  'tinybench/tasks.json': 'tinybench',
  'tinybench/tasks-errors.json': NONE,
  'tinybench/v2.9.0/console.txt': 'tinybench-table',
  'tinybench/v2.9.0/table.json': NONE,
  'tinybench/v2.9.0/tasks.json': 'tinybench',
  'tinybench/v2.9.0/tasks-errors.json': NONE,
  'vitest/bench.json': 'vitest',
  'vitest/console.txt': 'vitest-console',
  'vitest/console-color.txt': 'vitest-console',
  'vitest/console-compare.txt': 'vitest-console',
  'vitest/console-force-color.txt': 'vitest-console',
  'vitest/console-no-color.txt': 'vitest-console',

  // ---- parsers-B: the peers' formats and deterministic counts (issue 12) ----
  'valgrind/callgrind.out.default': 'callgrind',
  'valgrind/callgrind.out.cachesim': 'callgrind',
  'valgrind/cachegrind.out.cachesim': 'cachegrind',
  'iai/first-run.txt': 'iai',
  'iai/second-run.txt': 'iai',
  'divan/console.txt': 'divan',
  'gungraun/first-run.txt': 'gungraun',
  'gungraun/second-run.txt': 'gungraun',
  'gungraun/output-format-json.jsonl': 'gungraun',
  'jmh/modes.json': 'jmh',
  'bmf/documented-format.json': 'bmf',
  'pyperf/suite.json': 'pyperf',
  'asv/results.json': 'asv',
  'pyperf/timeit.json': 'pyperf',
  'ruby-benchmark/bm.txt': 'rubybenchmark',
  'ruby-benchmark/bmbm.txt': 'rubybenchmark',
  'ruby-benchmark/bm-nolabel.txt': 'rubybenchmark',
  'benchmark-ips/documented-format-console.txt': 'benchmarkips',
  'benchmark-ips/documented-format.json': 'benchmarkips',
  'consoletime/node.txt': 'consoletime',
  'dart-benchmark-harness/documented-format.txt': 'dartbenchmarkharness',
  'luau/documented-format.txt': 'luau',
};

/** Folders handed whole to a folder format (the walk does not descend into them). */
const FOLDERS: Record<string, string> = {
  'criterion/target-criterion': 'criterion',
};

/** Formats whose rows above are settled: a NOT_YET fixture must not detect as one of these. */
const SETTLED = new Set(
  [...Object.values(FILES), ...Object.values(FOLDERS)].filter(
    (f): f is string => f !== NONE && f !== NOT_YET,
  ),
);

const ROOT = 'fixtures';

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'src' ? [] : listFiles(p);
    return e.name === 'README.md' ? [] : [p];
  });
}

/** Every fixture, relative to fixtures/ with forward slashes; folders in FOLDERS stay whole. */
function walk(): { files: string[]; folders: string[]; otherDirs: string[] } {
  const files: string[] = [];
  const folders: string[] = [];
  const otherDirs: string[] = [];
  const visit = (rel: string): void => {
    for (const e of fs.readdirSync(path.join(ROOT, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (e.name === 'src') continue;
        if (child in FOLDERS) folders.push(child);
        else {
          if (rel) otherDirs.push(child);
          visit(child);
        }
      } else if (rel && e.name !== 'README.md') files.push(child);
    }
  };
  visit('');
  return { files: files.sort(), folders: folders.sort(), otherDirs: otherDirs.sort() };
}

function detected(rel: string): string | typeof NONE {
  let text = fs.readFileSync(path.join(ROOT, rel), 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return detectFormat(text, rel).name;
  } catch (e) {
    if (e instanceof ParseError) return NONE;
    throw e;
  }
}

function relFiles(folder: string): string[] {
  return listFiles(path.join(ROOT, folder)).map((p) =>
    path.relative(path.join(ROOT, folder), p).split(path.sep).join('/'),
  );
}

const { files, folders, otherDirs } = walk();

describe('format detection over every fixture', () => {
  test('every fixture has a row in the table', () => {
    expect(files.filter((f) => !(f in FILES))).toEqual([]);
    expect(Object.keys(FILES).filter((f) => !files.includes(f))).toEqual([]);
    expect(Object.keys(FOLDERS).sort()).toEqual(folders);
  });

  test.each(files.filter((f) => f in FILES))('%s', (rel) => {
    const want = FILES[rel];
    const got = detected(rel);
    if (want === NOT_YET) {
      if (got !== NONE) expect(SETTLED.has(got)).toBe(false);
    } else expect(got).toBe(want);
  });

  test.each(folders)('folder %s', (rel) => {
    expect(detectFolderFormat(relFiles(rel), rel).name).toBe(FOLDERS[rel]);
  });

  test('no folder format claims a folder that is not one of its outputs', () => {
    const claimed = otherDirs.filter((d) => {
      try {
        detectFolderFormat(relFiles(d), d);
        return true;
      } catch (e) {
        if (e instanceof ParseError) return false;
        throw e;
      }
    });
    expect(claimed).toEqual([]);
  });

  test('when nothing matches, the error lists the formats tried and the formats known', () => {
    // hyperfine's console is read now; any text no tool wrote serves as the unknown output
    const text = 'Build finished.\nAll 12 checks passed in 3.1 s\n';
    expect(() => detectFormat(text, 'basic-console.txt')).toThrow(
      /^basic-console\.txt:1: expected the output of a known benchmark tool; tried .*\bgo, .*\(set "format" to one of: auto, /,
    );
  });

  test("no parser's detect claims another format's fixture, whole or cut at any line", () => {
    const owned = files.filter((f) => typeof FILES[f] === 'string' && FILES[f] !== NOT_YET);
    const texts = owned.map((f) => ({
      rel: f,
      want: FILES[f] as string,
      text: fs.readFileSync(path.join(ROOT, f), 'utf8'),
    }));
    for (const { rel, want, text } of texts) {
      const others = PARSERS.filter((p) => p.name !== want && p.detect(text)).map((p) => p.name);
      expect({ rel, others }).toEqual({ rel, others: [] });
    }
    fc.assert(
      fc.property(fc.nat(texts.length - 1), fc.nat(), (i, b) => {
        const { rel, want, text } = texts[i];
        const lines = text.split('\n');
        // the output cut after any line, as a run that stopped short leaves it. (Excerpts from the
        // middle are not asked for: libtest's lines without its "running N tests" header are exactly
        // Criterion's bencher format, which only that header tells apart.)
        const from = 0;
        const piece = lines.slice(0, 1 + (b % lines.length)).join('\n');
        const others = PARSERS.filter((p) => p.name !== want && p.detect(piece)).map((p) => p.name);
        // a piece may lose its own signature, but it never gains another tool's
        if (others.length > 0) throw new Error(`${rel} lines ${from + 1}…: detected as ${others.join(', ')}`);
        return true;
      }),
      { numRuns: 300, seed: 20261201 },
    );
  });
});
