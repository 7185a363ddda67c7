/**
 * hyperfine `--export-json FILE`: `{results: [{command, mean, stddev, median, min, max, times, parameters?}]}`,
 * all in seconds.
 *
 * - The series name is `command`, which is what hyperfine shows: the `-n` name when one was given, else
 *   the command line after parameter substitution (`-L`/`--parameter-scan` runs differ in it).
 * - One metric, "time" in ns, smaller is better. `times` (one per run) are the samples and the headline
 *   is their median, the statistic the comparison uses; hyperfine's own `median` field is the same
 *   number. `stddev` is the spread (null after a single run, then absent). `user`/`system` CPU times are
 *   not read.
 * - A result without `times` (hand-trimmed exports) falls back to `median`, then `mean`, without samples.
 * - The same command twice in one file is an error: the two could not be told apart.
 * - Non-zero `exit_codes` only get this far with `-i` (`--ignore-failure`: without it hyperfine stops and
 *   writes no export), so the user asked to keep such runs; each command that had them is a warning
 *   (`ParseSink.warn`) rather than an error, never silent.
 */
import type { Parser } from './types.js';
import type { Series } from '../model.js';
import { ParseError } from '../errors.js';
import { JsonReader, looksLikeJson, medianOf, parseJson } from './common.js';
import { makeSeriesAt } from './lazyline.js';

export const hyperfine: Parser = {
  name: 'hyperfine',
  describe: 'hyperfine --export-json FILE',
  detect(text) {
    if (!looksLikeJson(text)) return false;
    const head = text.slice(0, 65536);
    return (
      /^\s*\{\s*"results"\s*:\s*\[/.test(head) &&
      /"command"\s*:/.test(head) &&
      /"(?:times|mean)"\s*:/.test(head)
    );
  },
  parse(text, file, sink): Series[] {
    const doc = parseJson(text, file);
    const r = new JsonReader(text, file);
    const top = r.record(doc, [], 'the hyperfine export');
    if (top.results === undefined) r.fail([], 'expected a "results" list, as hyperfine --export-json writes');
    const results = r.array(top.results, ['results'], '"results"');
    if (results.length === 0) r.fail(['results'], 'expected at least one benchmark in "results", got []');
    const seen = new Map<string, number>();
    return results.map((item, i): Series => {
      const at = ['results', i];
      const res = r.record(item, at, `result ${i}`);
      const name = r.string(res.command, [...at, 'command'], `"command" of result ${i}`);
      const samples =
        res.times === undefined || res.times === null
          ? undefined
          : r.numbers(res.times, [...at, 'times'], `"times" of "${name}"`);
      let value: number;
      if (samples && samples.length > 0) value = medianOf(samples);
      else {
        const fallback =
          r.optionalNumber(res.median, [...at, 'median'], `"median" of "${name}"`) ??
          r.optionalNumber(res.mean, [...at, 'mean'], `"mean" of "${name}"`);
        if (fallback === undefined) r.fail(at, `expected "times" or "mean" for "${name}"`);
        value = fallback as number;
      }
      const stddev = r.optionalNumber(res.stddev, [...at, 'stddev'], `"stddev" of "${name}"`);
      const first = seen.get(name);
      if (first !== undefined) {
        throw new ParseError(
          file,
          r.line(at),
          `expected each command once, "${name}" is also result ${first} (line ${r.line(['results', first])})`,
        );
      }
      seen.set(name, i);
      if (Array.isArray(res.exit_codes)) {
        const failed = res.exit_codes.filter((c) => c !== 0 && c !== null).length;
        if (failed > 0)
          sink?.warn(
            r.line([...at, 'exit_codes']),
            `"${name}" exited with a non-zero status in ${failed} of ${res.exit_codes.length} runs (hyperfine -i kept them)`,
          );
      }
      const s = makeSeriesAt(
        {
          name,
          metric: 'time',
          rawUnit: 's',
          value,
          samples,
          spread: stddev === undefined ? undefined : { stddev },
        },
        file,
        () => r.line(at),
      );
      return s;
    });
  },
};
