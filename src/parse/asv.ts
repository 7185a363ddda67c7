/**
 * airspeed velocity (asv) results: the per-commit file `asv run` writes,
 * `results/<machine>/<commit>-<env>.json` (format version 2, asv ≥ 0.5):
 *
 *     {"commit_hash", "env_name", "params": {machine…}, "result_columns": ["result", "params", "version",
 *      "started_at", "duration", "stats_ci_99_a", "stats_ci_99_b", "stats_q_25", "stats_q_75",
 *      "stats_number", "stats_repeat", "samples", "profile"],
 *      "results": {"<benchmark>": [<one value per column, trailing ones may be left out>]}, "version": 2}
 *
 * A benchmark's `result` holds one value per combination of its `params` (the Cartesian product of the
 * lists, in order); each combination is a series named `bench.Suite.time_x(10, 'a')`, the benchmark
 * without parameters just `bench.Suite.time_x`. Its headline is asv's result (the median), the 99%
 * interval `stats_ci_99_a`…`stats_ci_99_b` the spread; `samples` (with `--record-samples`) are the
 * samples. The file does not carry units; asv's benchmark kinds do, by the name's prefix: `time_` is in
 * seconds, `mem_` and `peakmem_` in bytes, `track_` in the benchmark's own unit (stated in
 * benchmarks.json, not here: the series has no unit and the config may give one). A `null` result
 * (the benchmark failed or was skipped for that combination) is named in a warning.
 */
import type { Parser, ParseSink } from './types.js';
import type { Series } from '../model.js';
import { JsonReader, looksLikeJson, makeSeries, parseJson } from './common.js';

function kindOf(name: string): { rawUnit: string; metric: string } {
  const last = name.slice(name.lastIndexOf('.') + 1);
  if (last.startsWith('time_')) return { rawUnit: 's', metric: 'time' };
  if (last.startsWith('peakmem_')) return { rawUnit: 'B', metric: 'peak memory' };
  if (last.startsWith('mem_')) return { rawUnit: 'B', metric: 'memory' };
  return { rawUnit: '', metric: 'track' };
}

/** Every combination of the parameter lists, first list slowest, as asv orders `result`. */
function combinations(params: string[][]): string[][] {
  return params.reduce<string[][]>((acc, list) => acc.flatMap((c) => list.map((v) => [...c, v])), [[]]);
}

export const asv: Parser = {
  name: 'asv',
  describe: 'asv run (the results/<machine>/<commit>-<env>.json file)',
  detect(text) {
    if (!looksLikeJson(text)) return false;
    const head = text.slice(0, 65536);
    return (
      /"commit_hash"\s*:/.test(head) && /"env_name"\s*:/.test(head) && /"result(?:_columns|s)"\s*:/.test(head)
    );
  },
  parse(text, file, sink?: ParseSink) {
    const doc = parseJson(text, file);
    const r = new JsonReader(text, file);
    const top = r.record(doc, [], 'an asv results file');
    if (top.version !== 2)
      r.wrong(['version'], 'expected an asv results file of "version" 2 (asv 0.5 or later)', top.version);
    if (typeof top.commit_hash === 'string') sink?.meta('commit', top.commit_hash);
    const columns = r.array(top.result_columns, ['result_columns'], '"result_columns"');
    const col = (n: string): number => columns.indexOf(n);
    const results = r.record(top.results, ['results'], '"results"');
    const out: Series[] = [];
    for (const [name, row] of Object.entries(results)) {
      const at = ['results', name];
      const cells = r.array(row, at, `the result of "${name}"`);
      const cell = (n: string): unknown => (col(n) >= 0 ? cells[col(n)] : undefined);
      const params = cell('params') === undefined ? [] : r.array(cell('params'), at, `"params" of "${name}"`);
      const lists = params.map((p) => r.array(p, at, `a parameter list of "${name}"`).map(String));
      const combos = lists.length === 0 ? [[]] : combinations(lists);
      const values = cell('result');
      if (values === null || values === undefined) {
        sink?.warn(r.line(at), `asv recorded no result for "${name}" (it failed or was skipped)`);
        continue;
      }
      const list = r.array(values, at, `"result" of "${name}"`);
      if (list.length !== combos.length)
        r.fail(
          at,
          `expected ${combos.length} results for "${name}" (one per parameter combination), got ${list.length}`,
        );
      const per = (n: string): unknown[] | undefined => {
        const v = cell(n);
        return Array.isArray(v) ? v : undefined;
      };
      const lo = per('stats_ci_99_a');
      const hi = per('stats_ci_99_b');
      const samples = per('samples');
      const kind = kindOf(name);
      list.forEach((v, k) => {
        const full = lists.length === 0 ? name : `${name}(${combos[k].join(', ')})`;
        if (v === null) {
          sink?.warn(r.line(at), `asv recorded no result for "${full}" (it failed or was skipped)`);
          return;
        }
        const value = r.number(v, at, `the result of "${full}"`);
        const num = (x: unknown): number | undefined =>
          typeof x === 'number' && Number.isFinite(x) ? x : undefined;
        const low = num(lo?.[k]);
        const high = num(hi?.[k]);
        const own = samples?.[k];
        out.push(
          makeSeries(
            {
              name: full,
              ...kind,
              value,
              samples: Array.isArray(own) ? r.numbers(own, at, `the samples of "${full}"`) : undefined,
              spread: low === undefined && high === undefined ? undefined : { low, high },
            },
            file,
            r.at(at),
          ),
        );
      });
    }
    if (out.length === 0) r.fail(['results'], 'expected at least one benchmark result in "results"');
    return out;
  },
};
