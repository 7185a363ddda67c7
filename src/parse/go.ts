/**
 * `go test -bench` text. A result line is `BenchmarkName[-P] <iterations> (<value> <unit>)+`; lines
 * that do not claim to be results (build logs, `goos:` headers, PASS, the bare name `-v` prints) are
 * skipped, and a line that claims to be one but does not parse is an error, as Go's benchfmt does.
 * `-count N` repeats a line N times: the repetitions become the samples of one series.
 */
import type { Parser } from './types.js';
import type { Series } from '../model.js';
import { ParseError } from '../errors.js';
import { SeriesCollector, readNumber } from './common.js';

/** "Benchmark" followed by nothing or a character that is not a lower-case letter, as `go test` requires. */
const NAME = /^Benchmark(?![a-z])\S*$/;

export interface GoLine {
  name: string;
  iterations: number;
  pairs: { value: number; unit: string }[];
}

/**
 * Read one line; undefined when it does not claim to be a result. Exported for the test2json reader,
 * which reassembles lines from `output` events first.
 */
export function parseGoLine(line: string, file: string, lineNumber: number): GoLine | undefined {
  const fields = line.trim().split(/\s+/);
  if (fields.length < 2 || !NAME.test(fields[0])) return undefined;
  if (!/^\d+$/.test(fields[1])) return undefined; // e.g. "BenchmarkX --- FAIL": not a result line
  const pairs: { value: number; unit: string }[] = [];
  for (let i = 2; i < fields.length; i += 2) {
    const value = readNumber(fields[i]);
    if (value === undefined) {
      throw new ParseError(
        file,
        lineNumber,
        `expected a number after "${fields[i - 1]}" in a benchmark result`,
        fields[i],
      );
    }
    const unit = fields[i + 1];
    if (unit === undefined) {
      throw new ParseError(file, lineNumber, `expected a unit after ${fields[i]} in a benchmark result`);
    }
    pairs.push({ value, unit });
  }
  if (pairs.length === 0) {
    throw new ParseError(
      file,
      lineNumber,
      'expected "<value> <unit>" pairs after the iteration count',
      line.trim(),
    );
  }
  return { name: fields[0], iterations: Number(fields[1]), pairs };
}

export function collectGoLine(c: SeriesCollector, r: GoLine): void {
  for (const { value, unit } of r.pairs) c.add(r.name, unit, value);
}

export const goBench: Parser = {
  name: 'go',
  describe: 'go test -bench . -benchmem -count 10 (text output)',
  detect(text) {
    return /^Benchmark(?![a-z])\S*\s+\d+\s+[-+\d.eE]+ \S+\/op\b/m.test(text.slice(0, 1 << 20));
  },
  parse(text, file): Series[] {
    const c = new SeriesCollector();
    let start = 0;
    let lineNumber = 0;
    // A manual scan, not split(), so a 100 MB file does not become a million strings at once.
    while (start <= text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      lineNumber++;
      if (
        text.startsWith('Benchmark', start) ||
        /^\s+Benchmark/.test(text.slice(start, Math.min(end, start + 64)))
      ) {
        const r = parseGoLine(text.slice(start, end), file, lineNumber);
        if (r) collectGoLine(c, r);
      }
      start = end + 1;
    }
    if (c.size === 0)
      throw new ParseError(file, lineNumber, 'expected at least one "BenchmarkName  N  value ns/op" line');
    return c.series();
  },
};
