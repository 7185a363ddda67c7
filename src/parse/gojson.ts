/**
 * `go test -json -bench .` (test2json): one JSON event per line. The benchmark results are the text of
 * the `output` events. An event is not a line: newer Go releases split one result line across two
 * events (golang/go#66825) and attribute its halves to different tests (golang/go#27764, #49505). So
 * the `Output` of each package is concatenated in order, which gives back exactly what the test binary
 * printed, and that text is read line by line as `go test -bench` text (go.ts). The `Test` field is not
 * trusted. Errors name the line of the event on which the offending result line started.
 */
import type { Parser } from './types.js';
import type { Series } from '../model.js';
import { ParseError } from '../errors.js';
import { isRecord } from './common.js';
import { GoReader } from './go.js';

const EVENT = /^\{.*"Action"\s*:\s*"[a-z-]+"/;

export const goJson: Parser = {
  name: 'gojson',
  describe: 'go test -json -bench . (test2json events)',
  detect(text) {
    const first = /^[ \t]*\{.*$/m.exec(text.slice(0, 65536));
    return first !== null && EVENT.test(first[0].trim()) && /"(?:Package|ImportPath)"\s*:/.test(first[0]);
  },
  parse(text, file, sink): Series[] {
    const reader = new GoReader(file, sink);
    // per package: the text after the last newline, and the event line on which it started
    const pending = new Map<string, { text: string; line: number }>();
    const flushLine = (pkg: string, line: string, lineNo: number): void => {
      reader.stream(pkg);
      reader.line(line, 0, line.endsWith('\r') ? line.length - 1 : line.length, lineNo);
    };
    let start = 0;
    let lineNo = 0;
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      lineNo++;
      const raw = text.slice(start, end).trim();
      start = end + 1;
      if (!raw.startsWith('{')) continue; // plain text go test prints around the stream ("no test files")
      let ev: unknown;
      try {
        ev = JSON.parse(raw);
      } catch {
        throw new ParseError(file, lineNo, 'expected one test2json event per line', raw);
      }
      if (!isRecord(ev)) continue;
      const pkg = typeof ev.Package === 'string' ? ev.Package : '';
      if (ev.Action === 'fail') {
        // the output's own `--- FAIL:` line has usually been read already; this covers the rest
        const test = typeof ev.Test === 'string' ? ev.Test : '';
        throw new ParseError(
          file,
          lineNo,
          test
            ? `expected every ${test.startsWith('Benchmark') ? 'benchmark' : 'test'} to pass, ${test} failed (a failing run is not recorded)`
            : `expected the package to pass, ${pkg || 'the package'} failed (a failing run is not recorded)`,
        );
      }
      if (ev.Action !== 'output' || typeof ev.Output !== 'string') continue;
      const p = pending.get(pkg) ?? { text: '', line: lineNo };
      if (p.text === '') p.line = lineNo;
      let chunk = p.text + ev.Output;
      let nl = chunk.indexOf('\n');
      let lineStart = p.line;
      while (nl >= 0) {
        flushLine(pkg, chunk.slice(0, nl), lineStart);
        chunk = chunk.slice(nl + 1);
        lineStart = lineNo;
        nl = chunk.indexOf('\n');
      }
      p.text = chunk;
      p.line = chunk === '' ? lineNo : lineStart;
      pending.set(pkg, p);
    }
    for (const [pkg, p] of pending) if (p.text !== '') flushLine(pkg, p.text, p.line);
    if (reader.size === 0) {
      throw new ParseError(
        file,
        lineNo,
        'expected benchmark results in the go test -json output, found none (was -bench given?)',
      );
    }
    return reader.series();
  },
};
