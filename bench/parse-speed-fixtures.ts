/**
 * Every other line format, for bench/parse-speed.ts: 100 MB made from the format's real fixture
 * (fixtures/<tool>/, from a real run), repeated with its benchmark names renamed in each copy so that
 * every copy is another set of benchmarks (a name must be unique in most formats). A name keeps its
 * length (letters are replaced by letters), so aligned columns stay aligned. Same targets as the Go
 * text: ≥ 100 MB/s and a peak RSS under 4 × the file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseText } from '../src/parse/detect.js';
import { generate } from './parse-speed-gen.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

const DIGITS = '0123456789';

/**
 * The k-th renaming of a name: its lower-case letters (the first eight) shifted through a-zA-Z by the
 * digits of k in base 52, then, for a name with few letters (`fib(20)`), its digits shifted through 0-9
 * by what is left of k. Copy 0 keeps the names; two names that differ stay different in one copy.
 */
function renamed(name: string, k: number): string {
  const out = name.split('');
  let q = k;
  for (let j = 0, changed = 0; j < out.length && changed < 8 && q > 0; j++) {
    const at = LETTERS.indexOf(out[j]);
    if (at < 0 || at >= 26) continue;
    out[j] = LETTERS[(at + (q % 52)) % 52];
    q = Math.floor(q / 52);
    changed++;
  }
  for (let j = 0; j < out.length && q > 0; j++) {
    const at = DIGITS.indexOf(out[j]);
    if (at < 0) continue;
    out[j] = DIGITS[(at + (q % 10)) % 10];
    q = Math.floor(q / 10);
  }
  return out.join('');
}

/** Parts of names that are also words of a table header, which must stay as printed. */
const HEADER_WORDS = new Set(['name', 'time', 'mean', 'bench', 'benchmark', 'test', 'async']);

/** Write `fixture` repeated to 100 MB into `file`, names renamed per copy (`skip` leading lines once). */
function fromFixture(fixture: string, header = 0): (file: string) => void {
  return (file) => {
    const text = fs.readFileSync(path.join(ROOT, fixture), 'utf8');
    const lines = text.split('\n');
    const head = lines.slice(0, header).join('\n') + (header > 0 ? '\n' : '');
    const body = lines.slice(header).join('\n').replace(/\n*$/, '\n');
    // whole names and their parts: tree and group outputs print `group/bench` as two lines
    const names = [
      ...new Set(
        parseText(text, fixture, 'auto').series.flatMap((s) => [s.name, ...s.name.split(/[/:> ]+/)]),
      ),
    ]
      .filter((n) => /[a-z].*[a-z]/.test(n) && n.length >= 3 && !HEADER_WORDS.has(n))
      .sort((a, b) => b.length - a.length);
    let k = 0;
    generate(
      file,
      head,
      () => {
        let copy = body;
        for (const n of names) copy = copy.split(n).join(renamed(n, k));
        k++;
        return copy;
      },
      '',
    );
  };
}

const c = (key: string, fixture: string, format: string, header = 0) =>
  ({
    key,
    label: `${format} (from fixtures/${fixture})`,
    file: `benchgate-parse-speed-fx-${key}`,
    ext: 'txt',
    make: fromFixture(fixture, header),
    format,
    minMBs: 100,
  }) as const;

export const FIXTURE_CASES = [
  c('libtest', 'libtest/cargo-bench.txt', 'libtest'),
  c('criterion-bencher', 'criterion/bencher.txt', 'criterionbencher'),
  c('catch2-console', 'catch2/console.txt', 'catch2'),
  c('googlebenchmark-csv', 'google-benchmark/text-format.csv', 'googlebenchmark-csv', 1),
  c('hyperfine-csv', 'hyperfine/export-ms.csv', 'hyperfine-csv', 1),
  c('hyperfine-markdown', 'hyperfine/export-ms.md', 'hyperfine-table'),
  c('hyperfine-asciidoc', 'hyperfine/export-ms.adoc', 'hyperfine-table'),
  c('hyperfine-orgmode', 'hyperfine/export-ms.org', 'hyperfine-table'),
  c('pytest-console', 'pytest-benchmark/console.txt', 'pytest-console'),
  c('tinybench-table', 'tinybench/console.txt', 'tinybench-table'),
  c('mitata-console', 'mitata/console.txt', 'mitata-console'),
  c('mitata-markdown', 'mitata/markdown.md', 'mitata-console'),
  c('vitest-console', 'vitest/console-color.txt', 'vitest-console'),
  c('benchmark-ips', 'benchmark-ips/documented-format-console.txt', 'benchmarkips'),
  c('ruby-bmbm', 'ruby-benchmark/bmbm.txt', 'rubybenchmark'),
  c('consoletime', 'consoletime/node.txt', 'consoletime'),
  c('dart', 'dart-benchmark-harness/documented-format.txt', 'dartbenchmarkharness'),
  c('luau', 'luau/documented-format.txt', 'luau'),
  c('iai', 'iai/second-run.txt', 'iai'),
  c('gungraun', 'gungraun/second-run.txt', 'gungraun'),
  c('divan', 'divan/console.txt', 'divan'),
  c('benchmarkjs', 'benchmarkjs/console.txt', 'benchmarkjs'),
  c('callgrind', 'valgrind/callgrind.out.default', 'callgrind'),
  c('cachegrind', 'valgrind/cachegrind.out.cachesim', 'cachegrind'),
] as const;
