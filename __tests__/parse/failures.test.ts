/**
 * A failed benchmark is never silent: every format that reports failures turns them into an error
 * naming what failed (so the run is never recorded), from real failing runs in fixtures/. hyperfine's
 * `-i` keeps failing commands on the user's request: those are warnings, not silence.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { libtest } from '../../src/parse/libtest.js';
import { catch2 } from '../../src/parse/catch2.js';
import { hyperfine } from '../../src/parse/hyperfine.js';
import { ParseError } from '../../src/errors.js';

const fixture = (f: string): string => fs.readFileSync(path.join('fixtures', f), 'utf8');

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof ParseError) return e.line;
    throw e;
  }
  throw new Error('expected a ParseError');
}

describe('failed benchmarks are errors naming them', () => {
  test('cargo bench: "test bench_fails ... FAILED"', () => {
    const f = 'libtest/cargo-bench-failing.txt';
    expect(errorOf(() => libtest.parse(fixture(f), f))).toBe(
      `benchgate: ${f}:10: expected every benchmark to pass, bench_fails FAILED (a failing run is not recorded)`,
    );
  });

  test('cargo bench --format json: the failed test event', () => {
    const f = 'libtest/cargo-bench-failing-format-json.jsonl';
    expect(errorOf(() => libtest.parse(fixture(f), f))).toBe(
      `benchgate: ${f}:9: expected every benchmark to pass, bench_fails failed (a failing run is not recorded)`,
    );
  });

  test('cargo bench: a "test result: FAILED" summary alone fails the run', () => {
    const text =
      'running 1 test\ntest b ... bench: 1 ns/iter (+/- 0)\n\ntest result: FAILED. 0 passed; 1 failed\n';
    expect(errorOf(() => libtest.parse(text, 'o.txt'))).toMatch(
      /^benchgate: o\.txt:4: expected a passing run/,
    );
  });

  test('Catch2 console: "Benchmark failed (…)" names the benchmark and its message', () => {
    const f = 'catch2/console-failing.txt';
    expect(errorOf(() => catch2.parse(fixture(f), f))).toMatch(
      /^benchgate: catch2\/console-failing\.txt:\d+: expected every benchmark to pass, Throws failed \(deliberate failure for the fixture\)/,
    );
  });

  test('Catch2 console: a failed check after a benchmark fails the run', () => {
    const text = fixture('catch2/console-failing.txt').replace(/^Throws .*$/m, '');
    expect(errorOf(() => catch2.parse(text, 'c.txt'))).toMatch(
      /^benchgate: c\.txt:\d+: expected every check to pass, fail\.cpp:22 failed/,
    );
  });

  test('Catch2 XML: <failed> names the benchmark, <OverallResult success="false"> the test case', () => {
    const f = 'catch2/report-failing.xml';
    expect(errorOf(() => catch2.parse(fixture(f), f))).toMatch(
      /^benchgate: catch2\/report-failing\.xml:15: expected every benchmark to pass, Throws failed \(deliberate failure for the fixture\)/,
    );
    const text = fixture(f).replace(/<failed [^>]*\/>/, '');
    expect(errorOf(() => catch2.parse(text, 'r.xml'))).toMatch(
      /expected every test case to pass, "Failing check after a benchmark" failed/,
    );
  });

  test('hyperfine -i: commands with non-zero exits are read, with a warning naming them', () => {
    const warnings: string[] = [];
    const sink = {
      warn: (l: number | undefined, m: string) => warnings.push(`${l}: ${m}`),
      meta: () => undefined,
    };
    const f = 'hyperfine/no-shell-failing.json';
    expect(hyperfine.parse(fixture(f), f, sink).map((s) => s.name)).toEqual(['false', '/bin/true']);
    expect(warnings).toEqual([
      '24: "false" exited with a non-zero status in 10 of 10 runs (hyperfine -i kept them)',
    ]);
  });
});
