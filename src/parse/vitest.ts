/**
 * `vitest bench --run --outputJson bench.json`: `{files: [{filepath, groups: [{fullName, benchmarks}]}]}`.
 * A series is named `<group fullName> > <bench name>` (`bench/math.bench.ts > fibonacci > fib(10)`),
 * as vitest's own summary names it, so equal bench names in two files or describes stay apart.
 * Times are milliseconds per call. The headline is vitest's `median` (heavy-tailed JS timings, as for
 * tinybench, on which vitest runs); low/high are its interval of the mean (mean ∓ moe), stddev its
 * `sd`. vitest 4 writes `samples: []`; non-empty samples (older versions) are kept.
 */
import type { Parser } from './types.js';
import type { Series } from '../model.js';
import { JsonReader, UniqueNames, looksLikeJson, makeSeries, medianOf, parseJson } from './common.js';

export const vitest: Parser = {
  name: 'vitest',
  describe: 'vitest bench --run --outputJson bench.json',
  detect(text) {
    if (!looksLikeJson(text) || !text.trimStart().startsWith('{')) return false;
    const head = text.slice(0, 1 << 16);
    return /"files"\s*:/.test(head) && /"groups"\s*:/.test(head) && /"benchmarks"\s*:/.test(head);
  },
  parse(text, file): Series[] {
    const doc = parseJson(text, file);
    const r: JsonReader = new JsonReader(text, file);
    const root = r.record(doc, [], 'the vitest report {"files": [...]}');
    const files = r.array(root.files, ['files'], '"files"');
    const unique = new UniqueNames(file);
    const out: Series[] = [];
    files.forEach((f, fi) => {
      const fileRec = r.record(f, ['files', fi], `files[${fi}]`);
      const groups = r.array(fileRec.groups, ['files', fi, 'groups'], `"groups" of files[${fi}]`);
      groups.forEach((g, gi) => {
        const gp = ['files', fi, 'groups', gi];
        const group = r.record(g, gp, 'a group');
        const fullName = r.string(group.fullName, [...gp, 'fullName'], 'the group\'s "fullName"');
        const benches = r.array(group.benchmarks, [...gp, 'benchmarks'], `"benchmarks" of "${fullName}"`);
        benches.forEach((b, bi) => {
          const bp = [...gp, 'benchmarks', bi];
          const bench = r.record(b, bp, `a benchmark of "${fullName}"`);
          const name = `${fullName} > ${r.string(bench.name, [...bp, 'name'], 'the benchmark\'s "name"')}`;
          const num = (k: string): number | undefined =>
            r.optionalNumber(bench[k], [...bp, k], `"${k}" of "${name}"`);
          const samples =
            bench.samples === undefined
              ? []
              : r.numbers(bench.samples, [...bp, 'samples'], `"samples" of "${name}"`);
          const median = num('median');
          const mean = num('mean');
          const moe = num('moe');
          const value = median ?? (samples.length > 0 ? medianOf(samples) : mean);
          if (value === undefined) r.fail(bp, `expected a "median" or "mean" for "${name}"`);
          const line = r.at(bp);
          const series = makeSeries(
            {
              name,
              rawUnit: 'ms',
              value,
              samples,
              spread: {
                low: mean !== undefined && moe !== undefined ? mean - moe : undefined,
                high: mean !== undefined && moe !== undefined ? mean + moe : undefined,
                stddev: num('sd'),
              },
            },
            file,
            line,
          );
          unique.check(series, line);
          out.push(series);
        });
      });
    });
    if (out.length === 0)
      r.fail(['files'], 'expected at least one benchmark in "files[].groups[].benchmarks"');
    return out;
  },
};
