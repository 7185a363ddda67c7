/**
 * pytest-benchmark `--benchmark-json=FILE`: `{machine_info, commit_info, benchmarks: [{name, fullname,
 * params, stats: {min, max, mean, stddev, median, ..., data}}], datetime, version}`, times in seconds.
 *
 * - The series name is `fullname` (`test_mod.py::TestClass::test_x[param]`), the pytest node id: unique
 *   across modules and classes, which `name` is not, and what `pytest <id>` accepts to rerun one
 *   benchmark. Parametrize ids are kept exactly as pytest wrote them, so a non-ASCII id stays escaped
 *   (`test_encode[caf\xe9]`, with a literal backslash); `params` is not read.
 * - One metric, "time" in ns, smaller is better. `stats.data` holds one per-iteration time per round:
 *   those are the samples and the headline is their median, the statistic the comparison uses (equal
 *   to `stats.median`). Without `data` (`--benchmark-autosave` / `--benchmark-save` files leave it out
 *   unless `--benchmark-save-data`), or with fewer values than `stats.rounds` (a truncated list, with a
 *   warning), `stats.median` is the headline and there are no samples.
 *   `stats.stddev` is the spread.
 */
import type { Parser, ParseSink } from './types.js';
import type { Series } from '../model.js';
import { ParseError } from '../errors.js';
import { JsonReader, looksLikeJson, medianOf, parseJson } from './common.js';
import { makeSeriesAt } from './lazyline.js';

export const pytestBenchmark: Parser = {
  name: 'pytest',
  describe: 'pytest-benchmark --benchmark-json=FILE',
  detect(text) {
    if (!looksLikeJson(text)) return false;
    const head = text.slice(0, 65536);
    return (
      /"machine_info"\s*:/.test(head) &&
      /"python_(?:implementation|version)"\s*:/.test(head) &&
      /"(?:benchmarks|commit_info)"\s*:/.test(head)
    );
  },
  parse(text, file, sink?: ParseSink): Series[] {
    const doc = parseJson(text, file);
    const r = new JsonReader(text, file);
    const top = r.record(doc, [], 'the pytest-benchmark JSON');
    if (top.benchmarks === undefined)
      r.fail([], 'expected a "benchmarks" list, as pytest --benchmark-json writes');
    const benchmarks = r.array(top.benchmarks, ['benchmarks'], '"benchmarks"');
    if (benchmarks.length === 0) {
      r.fail(
        ['benchmarks'],
        'expected at least one benchmark in "benchmarks", got [] (did any test use the benchmark fixture?)',
      );
    }
    const seen = new Map<string, number>();
    return benchmarks.map((item, i): Series => {
      const at = ['benchmarks', i];
      const b = r.record(item, at, `benchmark ${i}`);
      const name =
        b.fullname === undefined
          ? r.string(b.name, [...at, 'name'], `"name" of benchmark ${i}`)
          : r.string(b.fullname, [...at, 'fullname'], `"fullname" of benchmark ${i}`);
      const stats = r.record(b.stats, [...at, 'stats'], `"stats" of "${name}"`);
      let samples =
        stats.data === undefined || stats.data === null
          ? undefined
          : r.numbers(stats.data, [...at, 'stats', 'data'], `"stats.data" of "${name}"`);
      // Fewer values than rounds: the list was cut (by a tool or an editor), and its median is not the
      // run's. The summary stays right, so it is used without samples.
      const rounds = typeof stats.rounds === 'number' ? stats.rounds : undefined;
      if (samples && samples.length > 0 && rounds !== undefined && samples.length < rounds) {
        sink?.warn(
          r.line([...at, 'stats', 'data']),
          `"stats.data" of "${name}" holds ${samples.length} of ${rounds} rounds; its summary is used, without samples`,
        );
        samples = undefined;
      }
      let value: number;
      if (samples && samples.length > 0) value = medianOf(samples);
      else value = r.number(stats.median, [...at, 'stats', 'median'], `"stats.median" of "${name}"`);
      const stddev = r.optionalNumber(
        stats.stddev,
        [...at, 'stats', 'stddev'],
        `"stats.stddev" of "${name}"`,
      );
      const first = seen.get(name);
      if (first !== undefined) {
        throw new ParseError(
          file,
          r.line(at),
          `expected each benchmark once, "${name}" is also benchmark ${first}`,
        );
      }
      seen.set(name, i);
      return makeSeriesAt(
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
    });
  },
};
