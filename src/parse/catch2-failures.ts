/**
 * A failed Catch2 benchmark is never silent. Catch2 v2 prints `<name>  Benchmark failed (<message>)`
 * in the console table and `<failed message="…"/>` inside `<BenchmarkResults>` in XML, and still counts
 * the test case as passed; a failed check (`file:line: FAILED:`, `<OverallResult success="false"/>`)
 * fails the test case. Each is an error naming what failed, so a failing run is never recorded.
 */
import { ParseError } from '../errors.js';

const NOT_RECORDED = '(a failing run is not recorded)';

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
  let lineNo = 0;
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNo++;
    const line = text.slice(start, end);
    start = end + 1;
    const at = line.indexOf(' Benchmark failed (');
    if (at > 0) {
      const message = line
        .slice(at + 19)
        .trimEnd()
        .replace(/\)$/, '');
      throw new ParseError(
        file,
        lineNo,
        `expected every benchmark to pass, ${line.slice(0, at).trim()} failed (${message}) ${NOT_RECORDED}`,
      );
    }
    if (line.trimEnd().endsWith(': FAILED:')) {
      throw new ParseError(
        file,
        lineNo,
        `expected every check to pass, ${line.trimEnd().slice(0, -9)} failed ${NOT_RECORDED}`,
      );
    }
  }
}
