/**
 * BenchmarkDotNet's full JSON exporter (`--exporters json`, `BenchmarkDotNet.Artifacts/results/
 * <Type>-report-full.json`): `{Title, HostEnvironmentInfo, Benchmarks: [...]}`.
 *   - Name: `FullName` (`Benchgate.Samples.StringBenchmarks.Concat(N: 10)`: namespace, type, method and
 *     parameters; exports of older versions have no `FullName`, and the same name is built from their
 *     `Namespace`, `Type`, `Method` and `Parameters`). When a file holds several jobs of one case (two runtimes), the colliding names get
 *     the job from `DisplayInfo` appended, `… [Job-ABC]`.
 *   - Time: `Statistics.Median` in ns per operation is the headline (BenchmarkDotNet's Mean is pulled
 *     by the outliers it keeps below its upper fence); samples are the per-operation times of the
 *     iterations the statistics summarize: `Measurements` with `IterationMode` "Workload" and
 *     `IterationStage` "Result", each `Nanoseconds / Operations` ("Actual" rows when a file has no
 *     "Result" rows; `Statistics.OriginalValues` when it has no measurements at all). low/high: the
 *     `ConfidenceInterval` (of the mean, at BenchmarkDotNet's level, 99.9% by default), stddev:
 *     `StandardDeviation`.
 *   - With `[MemoryDiagnoser]`: `Memory.BytesAllocatedPerOperation` is a series of its own, metric
 *     "allocated", in bytes.
 * A case whose `Statistics` is null (it failed to run) is an error.
 */
import type { Parser } from './types.js';
import type { Series } from '../model.js';
import { JsonReader, UniqueNames, isRecord, looksLikeJson, makeSeries, parseJson } from './common.js';

/** The job part of `DisplayInfo` ("StringBenchmarks.Concat: Job-ABC [N=10]" → "Job-ABC"). */
function jobOf(displayInfo: unknown): string | undefined {
  if (typeof displayInfo !== 'string') return undefined;
  const m = /^[^:]*:\s*([^[]+?)\s*(?:\[.*)?$/.exec(displayInfo);
  return m ? m[1] : undefined;
}

/**
 * The name older BenchmarkDotNet versions (before `FullName` was exported) imply: `Namespace.Type.Method`
 * and the `Parameters` string (`N=10&Mode=fast`) in FullName's form, `(N: 10, Mode: fast)`.
 */
function nameFromParts(b: Record<string, unknown>): string {
  const ns = typeof b.Namespace === 'string' && b.Namespace !== '' ? `${b.Namespace}.` : '';
  const params =
    typeof b.Parameters === 'string' && b.Parameters !== ''
      ? `(${b.Parameters.split('&')
          .map((p) => p.replace('=', ': '))
          .join(', ')})`
      : '';
  return `${ns}${b.Type as string}.${b.Method as string}${params}`;
}

export const benchmarkdotnet: Parser = {
  name: 'benchmarkdotnet',
  describe:
    'dotnet run -c Release -- --exporters json (BenchmarkDotNet.Artifacts/results/*-report-full.json)',
  detect(text) {
    if (!looksLikeJson(text) || !text.trimStart().startsWith('{')) return false;
    const head = text.slice(0, 1 << 16);
    return (
      /"Benchmarks"\s*:/.test(head) && (/"HostEnvironmentInfo"\s*:/.test(head) || /"FullName"\s*:/.test(head))
    );
  },
  parse(text, file): Series[] {
    const doc = parseJson(text, file);
    const r: JsonReader = new JsonReader(text, file);
    const root = r.record(doc, [], 'the BenchmarkDotNet report {"Title", "Benchmarks"}');
    const list = r.array(root.Benchmarks, ['Benchmarks'], '"Benchmarks"');
    if (list.length === 0) r.fail(['Benchmarks'], 'expected at least one entry in "Benchmarks", got []');
    const records = list.map((b, i) => r.record(b, ['Benchmarks', i], `Benchmarks[${i}]`));
    const fullNames = records.map((b, i) =>
      b.FullName === undefined && typeof b.Type === 'string' && typeof b.Method === 'string'
        ? nameFromParts(b)
        : r.string(b.FullName, ['Benchmarks', i, 'FullName'], `"FullName" of Benchmarks[${i}]`),
    );
    const count = new Map<string, number>();
    for (const n of fullNames) count.set(n, (count.get(n) ?? 0) + 1);

    const unique = new UniqueNames(file);
    const out: Series[] = [];
    records.forEach((b, i) => {
      const bp = ['Benchmarks', i];
      const job = jobOf(b.DisplayInfo);
      const name = (count.get(fullNames[i]) ?? 0) > 1 && job ? `${fullNames[i]} [${job}]` : fullNames[i];
      const line = r.at(bp);
      if (b.Statistics === null || b.Statistics === undefined) {
        r.fail(bp, `expected "Statistics" for "${name}"; the benchmark did not run (fix or remove it)`);
      }
      const sp = [...bp, 'Statistics'];
      const stats = r.record(b.Statistics, sp, `"Statistics" of "${name}"`);
      const median = r.number(stats.Median, [...sp, 'Median'], `the median of "${name}"`);

      let samples: number[] = [];
      if (b.Measurements !== undefined && b.Measurements !== null) {
        const mp = [...bp, 'Measurements'];
        const rows = r.array(b.Measurements, mp, `"Measurements" of "${name}"`).map((m, j) => ({
          m: r.record(m, [...mp, j], `a measurement of "${name}"`),
          j,
        }));
        const workload = rows.filter(({ m }) => m.IterationMode === 'Workload');
        const result = workload.filter(({ m }) => m.IterationStage === 'Result');
        const chosen = result.length > 0 ? result : workload.filter(({ m }) => m.IterationStage === 'Actual');
        samples = chosen.map(({ m, j }) => {
          const ns = r.number(
            m.Nanoseconds,
            [...mp, j, 'Nanoseconds'],
            `"Nanoseconds" of a measurement of "${name}"`,
          );
          const ops = r.number(
            m.Operations,
            [...mp, j, 'Operations'],
            `"Operations" of a measurement of "${name}"`,
          );
          if (ops <= 0)
            r.fail(
              [...mp, j, 'Operations'],
              `expected a positive "Operations" in a measurement of "${name}"`,
            );
          return ns / ops;
        });
      }
      if (samples.length === 0 && Array.isArray(stats.OriginalValues)) {
        samples = r.numbers(stats.OriginalValues, [...sp, 'OriginalValues'], `"OriginalValues" of "${name}"`);
      }
      const ci = isRecord(stats.ConfidenceInterval) ? stats.ConfidenceInterval : {};
      const num = (v: unknown): number | undefined =>
        typeof v === 'number' && Number.isFinite(v) ? v : undefined;
      const time = makeSeries(
        {
          name,
          rawUnit: 'ns',
          value: median,
          samples,
          spread: { low: num(ci.Lower), high: num(ci.Upper), stddev: num(stats.StandardDeviation) },
        },
        file,
        line,
      );
      unique.check(time, line);
      out.push(time);

      if (isRecord(b.Memory) && b.Memory.BytesAllocatedPerOperation !== undefined) {
        const bytes = r.number(
          b.Memory.BytesAllocatedPerOperation,
          [...bp, 'Memory', 'BytesAllocatedPerOperation'],
          `"BytesAllocatedPerOperation" of "${name}"`,
        );
        const mem = makeSeries({ name, rawUnit: 'B', metric: 'allocated', value: bytes }, file, line);
        unique.check(mem, line);
        out.push(mem);
      }
    });
    return out;
  },
};
