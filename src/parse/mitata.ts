/**
 * mitata's JSON (`run({ format: 'json' })`, or `{ json: { samples, debug } }`), mitata 1.x:
 * `{layout, benchmarks: [{alias, group, runs: [{name, args, stats | error}]}], context}`.
 * A series per run, named as mitata prints it (`fib(15)` for `fib($n)` with n = 15), prefixed with its
 * group's name when it is in a named `group()` (`sorting/Array#sort (copy)`), so equal names in two
 * groups stay apart. Times are ns per iteration; the headline is mitata's `p50` and the samples its
 * `samples` (sorted ascending by mitata, so their order says nothing about drift). mitata gives no
 * interval or standard deviation, so there is no spread. `stats.heap.avg` (bytes allocated per
 * iteration, the console's third line) is a series of its own, metric "heap". A run with `error`
 * (the benchmark threw) is an error.
 */
import type { Parser } from './types.js';
import type { Series } from '../model.js';
import { JsonReader, UniqueNames, isRecord, looksLikeJson, makeSeries, parseJson } from './common.js';

export const mitata: Parser = {
  name: 'mitata',
  describe: 'node bench.mjs > mitata.json with run({ format: { json: { samples: true, debug: false } } })',
  detect(text) {
    if (!looksLikeJson(text) || !text.trimStart().startsWith('{')) return false;
    const head = text.slice(0, 1 << 16);
    return /"layout"\s*:/.test(head) && /"benchmarks"\s*:/.test(head) && /"runs"\s*:/.test(head);
  },
  parse(text, file): Series[] {
    const doc = parseJson(text, file);
    const r: JsonReader = new JsonReader(text, file);
    const root = r.record(doc, [], 'the mitata report {"layout", "benchmarks", "context"}');
    const layout = root.layout === undefined ? [] : r.array(root.layout, ['layout'], '"layout"');
    const trials = r.array(root.benchmarks, ['benchmarks'], '"benchmarks"');
    const unique = new UniqueNames(file);
    const out: Series[] = [];
    trials.forEach((t, ti) => {
      const tp = ['benchmarks', ti];
      const trial = r.record(t, tp, `benchmarks[${ti}]`);
      const g = typeof trial.group === 'number' ? layout[trial.group] : undefined;
      const groupName = isRecord(g) && typeof g.name === 'string' && g.name !== '' ? g.name : undefined;
      const runs = r.array(trial.runs, [...tp, 'runs'], `the runs of benchmarks[${ti}]`);
      runs.forEach((u, ui) => {
        const up = [...tp, 'runs', ui];
        const run = r.record(u, up, 'a run');
        const own = r.string(run.name, [...up, 'name'], 'the run\'s "name"');
        const name = groupName === undefined ? own : `${groupName}/${own}`;
        if (run.error !== undefined || run.stats === undefined) {
          const err =
            isRecord(run.error) && typeof run.error.message === 'string' ? `: ${run.error.message}` : '';
          r.fail(up, `expected benchmark "${name}" to have run, it failed${err} (fix or remove it)`);
        }
        const sp = [...up, 'stats'];
        const stats = r.record(run.stats, sp, `the stats of "${name}"`);
        const samples =
          stats.samples === undefined || stats.samples === null
            ? undefined
            : r.numbers(stats.samples, [...sp, 'samples'], `the samples of "${name}"`);
        const p50 = r.number(stats.p50, [...sp, 'p50'], `"p50" of "${name}"`);
        const line = r.at(up);
        const time = makeSeries({ name, rawUnit: 'ns', value: p50, samples }, file, line);
        unique.check(time, line);
        out.push(time);
        if (isRecord(stats.heap) && stats.heap.avg !== undefined) {
          const avg = r.number(stats.heap.avg, [...sp, 'heap', 'avg'], `"heap.avg" of "${name}"`);
          const heap = makeSeries({ name, rawUnit: 'B', metric: 'heap', value: avg }, file, line);
          unique.check(heap, line);
          out.push(heap);
        }
      });
    });
    if (out.length === 0) r.fail(['benchmarks'], 'expected at least one benchmark run in "benchmarks"');
    return out;
  },
};
