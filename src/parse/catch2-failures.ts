/**
 * A failed Catch2 benchmark is never silent. Catch2 v2 prints `<name>  Benchmark failed (<message>)`
 * in the console table and `<failed message="…"/>` inside `<BenchmarkResults>` in XML, and still counts
 * the test case as passed; a failed check (`file:line: FAILED:`, `<OverallResult success="false"/>`)
 * fails the test case. Each is an error naming what failed, so a failing run is never recorded.
 */
import { ParseError } from '../errors.js';
import { isJsSpace } from './console-table.js';

const NOT_RECORDED = '(a failing run is not recorded)';
const BENCHMARK_FAILED = ' Benchmark failed (';
const FAILED_CHECK = ': FAILED:';

/**
 * `text.indexOf(BENCHMARK_FAILED, from)`, searching for the words without the spaces around them:
 * several times faster in a text of blank-padded columns, where a space in the mark shortens the
 * search's skips.
 */
function findFailedBenchmark(text: string, from: number): number {
  for (let i = from + 1; ;) {
    const hit = text.indexOf('Benchmark failed', i);
    if (hit < 0) return -1;
    if (text.startsWith(BENCHMARK_FAILED, hit - 1)) return hit - 1;
    i = hit + 1;
  }
}

/** The start of the line (from one LF to the next) that holds offset `at`. */
function lineStart(text: string, at: number): number {
  return at === 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
}

/**
 * The start of the first line (from one LF to the next) where `line.indexOf(' Benchmark failed (') > 0`
 * (its first occurrence, not at its start), or -1.
 */
function lineOfFailedBenchmark(text: string): number {
  for (let i = 0; ;) {
    const hit = findFailedBenchmark(text, i);
    if (hit < 0) return -1;
    const start = lineStart(text, hit);
    // the search starts at a line start or before the line, so `hit` is the line's first occurrence
    if (hit > start) return start;
    const nl = text.indexOf('\n', hit);
    if (nl < 0) return -1;
    i = nl + 1;
  }
}

/** The start of the first line where `line.trimEnd().endsWith(': FAILED:')`, or -1. */
function lineOfFailedCheck(text: string): number {
  for (let i = 0; ;) {
    const hit = text.indexOf(FAILED_CHECK, i);
    if (hit < 0) return -1;
    let k = hit + FAILED_CHECK.length;
    while (k < text.length && text.charCodeAt(k) !== 10 && isJsSpace(text.charCodeAt(k))) k++;
    if (k === text.length || text.charCodeAt(k) === 10) return lineStart(text, hit);
    i = hit + 1;
  }
}

function lineAt(text: string, at: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Throw a ParseError for the first failure the console output or XML report shows. */
export function throwCatch2Failure(text: string, file: string, xml: boolean): void {
  if (xml) {
    const failed = text.indexOf('<failed ');
    if (failed >= 0) {
      const open = text.lastIndexOf('<BenchmarkResults', failed);
      const name = open >= 0 ? /name="([^"]*)"/.exec(text.slice(open, failed))?.[1] : undefined;
      const message = /message="([^"]*)"/.exec(text.slice(failed, failed + 4096))?.[1];
      throw new ParseError(
        file,
        lineAt(text, failed),
        `expected every benchmark to pass, ${name ?? 'one'} failed${message ? ` (${message})` : ''} ${NOT_RECORDED}`,
      );
    }
    const bad = text.indexOf('<OverallResult success="false"');
    if (bad >= 0) {
      const open = text.lastIndexOf('<TestCase ', bad);
      const name = open >= 0 ? /name="([^"]*)"/.exec(text.slice(open, bad))?.[1] : undefined;
      throw new ParseError(
        file,
        lineAt(text, bad),
        `expected every test case to pass, "${name ?? 'one'}" failed ${NOT_RECORDED}`,
      );
    }
    return;
  }
  // Two searches of the whole text instead of a look at every line: the first line with either mark.
  const failed = lineOfFailedBenchmark(text);
  const check = lineOfFailedCheck(text);
  if (failed < 0 && check < 0) return;
  const start = failed >= 0 && (check < 0 || failed <= check) ? failed : check;
  const nl = text.indexOf('\n', start);
  const line = text.slice(start, nl < 0 ? text.length : nl);
  const lineNo = lineAt(text, start);
  const at = line.indexOf(BENCHMARK_FAILED);
  if (start === failed) {
    const message = line
      .slice(at + BENCHMARK_FAILED.length)
      .trimEnd()
      .replace(/\)$/, '');
    throw new ParseError(
      file,
      lineNo,
      `expected every benchmark to pass, ${line.slice(0, at).trim()} failed (${message}) ${NOT_RECORDED}`,
    );
  }
  throw new ParseError(
    file,
    lineNo,
    `expected every check to pass, ${line.trimEnd().slice(0, -FAILED_CHECK.length)} failed ${NOT_RECORDED}`,
  );
}
