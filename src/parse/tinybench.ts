/**
 * tinybench results. tinybench writes no file of its own, so the format is the JSON of its tasks as
 * the README recipe writes them: `[{name, result}]` from `bench.tasks.map(({name, result}) => …)`.
 * Two result shapes exist:
 *   - v3+ (fixture: 6.2.3): `result.state` and `result.latency {p50, mean, sd, moe, samples?, …}`;
 *     samples are kept only with `retainSamples: true`;
 *   - v2 (2.9.0, which vitest still uses): a flat `result {mean, sd, moe, samples, …}`.
 * Latencies are milliseconds per call. The headline is the median, because these timings are
 * heavy-tailed (one GC pause moves the mean by percents): tinybench's own `p50` when it has one,
 * else the median of the samples, else the mean. low/high are tinybench's interval of the mean
 * (mean ∓ moe), stddev its `sd`. Throughput is 1/latency and would only double-count, so it is not
 * a series. A task that errored or did not finish is an error, not a quietly missing row.
 */
import type { Parser } from './types.js';
import type { Series } from '../model.js';
import { JsonReader, UniqueNames, looksLikeJson, makeSeries, medianOf, parseJson } from './common.js';

export const tinybench: Parser = {
  name: 'tinybench',
  describe:
    'JSON.stringify(bench.tasks.map(({ name, result }) => ({ name, result }))) written to a file after bench.run()',
  detect(text) {
    if (!looksLikeJson(text) || !text.trimStart().startsWith('[')) return false;
    const head = text.slice(0, 1 << 16);
    return (
      /"name"\s*:/.test(head) &&
      /"result"\s*:\s*\{/.test(head) &&
      /"(latency|period|hz|error|state)"\s*:/.test(head) &&
      !/"groups"\s*:/.test(head)
    );
  },
  parse(text, file): Series[] {
    const doc = parseJson(text, file);
    const r: JsonReader = new JsonReader(text, file);
    const tasks = r.array(doc, [], 'the list of tasks [{"name", "result"}]');
    if (tasks.length === 0) r.fail([], 'expected at least one task in the list, got []');
    const unique = new UniqueNames(file);
    return tasks.map((t, i): Series => {
      const task = r.record(t, [i], `task ${i}`);
      const name = r.string(task.name, [i, 'name'], `the name of task ${i}`);
      const result = task.result;
      if (result === undefined || result === null) {
        r.fail([i], `expected a result for task "${name}"; was bench.run() awaited?`);
      }
      const res = r.record(result, [i, 'result'], `the result of "${name}"`);
      if (res.error !== undefined || (res.state !== undefined && res.state !== 'completed')) {
        r.fail(
          [i, 'result'],
          `expected task "${name}" to have completed, its state is ${JSON.stringify(res.state ?? 'errored')} ` +
            '(a benchmark that fails is reported as an error; fix or remove it)',
        );
      }
      // v3+ nests the statistics under `latency`; v2 has them flat on the result.
      const nested = res.latency !== undefined;
      const statsPath = nested ? [i, 'result', 'latency'] : [i, 'result'];
      const stats = nested ? r.record(res.latency, statsPath, `the latency of "${name}"`) : res;
      const at = (k: string): (string | number)[] => [...statsPath, k];
      const samples =
        stats.samples === undefined
          ? undefined
          : r.numbers(stats.samples, at('samples'), `the samples of "${name}"`);
      const mean = r.optionalNumber(stats.mean, at('mean'), `the mean of "${name}"`);
      const p50 = r.optionalNumber(stats.p50, at('p50'), `the median (p50) of "${name}"`);
      const value = p50 ?? (samples && samples.length > 0 ? medianOf(samples) : mean);
      if (value === undefined) {
        r.fail(statsPath, `expected latency statistics (p50, mean or samples) for "${name}"`);
      }
      const moe = r.optionalNumber(stats.moe, at('moe'), `the margin of error of "${name}"`);
      const sd = r.optionalNumber(stats.sd, at('sd'), `the standard deviation of "${name}"`);
      const line = r.at([i]);
      const series = makeSeries(
        {
          name,
          rawUnit: 'ms',
          value,
          samples,
          spread: {
            low: mean !== undefined && moe !== undefined ? mean - moe : undefined,
            high: mean !== undefined && moe !== undefined ? mean + moe : undefined,
            stddev: sd,
          },
        },
        file,
        line,
      );
      unique.check(series, line);
      return series;
    });
  },
};
