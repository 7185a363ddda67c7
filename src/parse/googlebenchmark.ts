/**
 * Google Benchmark JSON (`--benchmark_format=json` or `--benchmark_out=FILE`): `{context, benchmarks: [row]}`.
 *
 * - Rows are grouped by `run_name`, the benchmark's name without an aggregate suffix, which becomes the
 *   series name (`BM_Sort/256`, `BM_Sleep_ms/real_time`, `BM_Threaded/threads:2`).
 * - `real_time` is the headline metric "time"; `cpu_time` is its own metric "cpu_time"; both are in the
 *   row's own `time_unit` (ns, us, ms, s) and converted to ns.
 * - `bytes_per_second` (B/s) and `items_per_second` (items/s) are bigger-is-better series of those names.
 *   Any other numeric key is a user counter and becomes a series named after it. The JSON carries no
 *   counter flags or units, so a counter is bigger-is-better only when its name reads as a rate
 *   (ending in `_per_second`, `_rate` or `/s`), else smaller-is-better; a config rule can override either.
 * - `--benchmark_repetitions=N`: the N iteration rows of a run are its samples and the headline is their
 *   median; the `stddev` aggregate, when printed, is the spread. With
 *   `--benchmark_report_aggregates_only=true` there are no iteration rows: the `median` aggregate (or
 *   `mean` when there is no median) is the headline and `stddev` the spread, without samples.
 * - Versions before 1.5 write no `run_type`, `run_name` or `aggregate_name`: an aggregate is known by
 *   its name's suffix (`BM_Sort/256_mean`, `_median`, `_stddev`, `_cv`; complexity fits `BM_Sort_BigO`, `_RMS`), and read as one when the file
 *   also holds that benchmark's iterations or another of its aggregates; a lone `BM_running_mean` stays
 *   a benchmark of that name.
 * - Skipped: `cv` aggregates (a fraction, not a time), `BigO` and `RMS` complexity rows (fits over several
 *   benchmarks, not a measurement of one), other user-defined statistics, and rows with `error_occurred`
 *   or `skipped` (the benchmark called SkipWithError/SkipWithMessage and measured nothing; it is simply
 *   absent, like a skipped test). A file in which every row is such a row is an error.
 *
 * The rows of a large file are read one at a time (jsonscan.ts) so memory stays near the file's size.
 */
import type { Parser } from './types.js';
import type { Series } from '../model.js';
import { ParseError } from '../errors.js';
import { describeJson, isRecord, looksLikeJson, medianOf } from './common.js';
import { makeSeriesAt } from './lazyline.js';
import type { RawSeries } from './common.js';
import { scanArrayUnderKey } from './jsonscan.js';

/** Keys of a row that are not measurements. */
const NOT_COUNTERS = new Set([
  'name',
  'family_index',
  'per_family_instance_index',
  'run_name',
  'run_type',
  'repetitions',
  'repetition_index',
  'threads',
  'iterations',
  'real_time',
  'cpu_time',
  'time_unit',
  'aggregate_name',
  'aggregate_unit',
  'error_occurred',
  'error_message',
  'skipped',
  'skip_message',
  'label',
  'big_o',
  'cpu_coefficient',
  'real_coefficient',
  'rms',
]);

const TIME_UNITS = new Set(['ns', 'us', 'ms', 's']);

interface Metric {
  rawUnit: string;
  direction?: 'bigger' | 'smaller';
  samples: number[];
  mean?: number;
  median?: number;
  stddev?: number;
}

interface Run {
  name: string;
  /** Where its first row starts, for the line of a message. */
  offset: number;
  metrics: Map<string, Metric>;
}

export function counterUnit(key: string): { rawUnit: string; direction?: 'bigger' | 'smaller' } {
  if (key === 'bytes_per_second') return { rawUnit: 'B/s' };
  if (key === 'items_per_second') return { rawUnit: 'items/s' };
  const rate = /(?:per_?sec(?:ond)?|_rate|rate$|\/s)$/i.test(key);
  return { rawUnit: '', direction: rate ? 'bigger' : 'smaller' };
}

/** `BM_x_mean` etc.: an aggregate's name in versions before run_type / aggregate_name. */
const LEGACY_AGGREGATE = /^(.+)_(mean|median|stddev|cv|BigO|RMS)$/;

export const googleBenchmark: Parser = {
  name: 'googlebenchmark',
  describe: 'Google Benchmark --benchmark_format=json (or --benchmark_out=FILE)',
  detect(text) {
    if (!looksLikeJson(text)) return false;
    const head = text.slice(0, 65536);
    return (
      /^\s*\{\s*"context"\s*:/.test(head) &&
      /"benchmarks"\s*:\s*\[/.test(head) &&
      /"(?:run_type|time_unit|real_time)"\s*:/.test(head)
    );
  },
  parse(text, file): Series[] {
    const runs = new Map<string, Run>();
    let lineOf: (offset: number) => number = () => 1;
    let rows = 0;
    let skipped = 0;
    const deferred: { row: Record<string, unknown>; offset: number; base: string; stat: string }[] = [];
    /** Record one row under `runName`; `aggName` says which aggregate it is, undefined for an iteration. */
    const take = (row: Record<string, unknown>, runName: string, aggName: unknown, offset: number): void => {
      const name = row.name as string;
      const line = (): number => lineOf(offset);
      const wrong = (what: string, v: unknown): never => {
        throw new ParseError(file, line(), what, describeJson(v));
      };
      if (aggName !== undefined && aggName !== 'mean' && aggName !== 'median' && aggName !== 'stddev') return;
      const stat = aggName as 'mean' | 'median' | 'stddev' | undefined;

      const unit = row.time_unit;
      if (typeof unit !== 'string' || !TIME_UNITS.has(unit))
        wrong(`expected "time_unit" of "${name}" to be ns, us, ms or s`, unit);
      let run = runs.get(runName);
      if (!run) {
        run = { name: runName, offset, metrics: new Map() };
        runs.set(runName, run);
      }
      const record = (metric: string, rawUnit: string, v: number, direction?: 'bigger' | 'smaller'): void => {
        let m = run!.metrics.get(metric);
        if (!m) {
          m = { rawUnit, direction, samples: [] };
          run!.metrics.set(metric, m);
        }
        if (stat === undefined) m.samples.push(v);
        else m[stat] = v;
      };
      for (const key of ['real_time', 'cpu_time'] as const) {
        const v = row[key];
        if (typeof v !== 'number' || !Number.isFinite(v))
          wrong(`expected a number for "${key}" of "${name}"`, v);
        record(key === 'real_time' ? 'time' : 'cpu_time', unit as string, v as number);
      }
      for (const key in row) {
        if (NOT_COUNTERS.has(key)) continue;
        const v = row[key];
        if (typeof v !== 'number') continue; // a string field a newer version added; not a measurement
        if (!Number.isFinite(v)) wrong(`expected a finite number for "${key}" of "${name}"`, v);
        const cu = counterUnit(key);
        record(key, cu.rawUnit, v, cu.direction);
      }
    };
    const found = scanArrayUnderKey(text, file, 'benchmarks', {
      element(row, offset, index, lineAt) {
        rows++;
        lineOf = lineAt;
        const line = (): number => lineAt(offset);
        if (!isRecord(row)) {
          throw new ParseError(file, line(), `expected an object for benchmark ${index}`, describeJson(row));
        }
        const wrong = (what: string, v: unknown): never => {
          throw new ParseError(file, line(), what, describeJson(v));
        };
        if (typeof row.name !== 'string' || row.name === '')
          wrong(`expected a non-empty string for "name" of benchmark ${index}`, row.name);
        const name = row.name as string;
        if (row.error_occurred === true || row.skipped === true) {
          skipped++;
          return;
        }
        const legacy = LEGACY_AGGREGATE.exec(name);
        if (
          legacy &&
          row.run_type === undefined &&
          row.aggregate_name === undefined &&
          row.run_name === undefined
        ) {
          // Before run_type (Google Benchmark < 1.5), aggregates were only a name suffix. Decided once every
          // row is in: a "_mean" row is an aggregate only beside its iterations or sibling aggregates.
          deferred.push({ row, offset, base: legacy[1], stat: legacy[2] });
          return;
        }
        const runName = typeof row.run_name === 'string' && row.run_name !== '' ? row.run_name : name;
        const aggregate =
          row.run_type === 'aggregate' ||
          (row.run_type === undefined && typeof row.aggregate_name === 'string');
        take(row, runName, aggregate ? row.aggregate_name : undefined, offset);
      },
    });
    const siblings = new Map<string, number>();
    for (const d of deferred) siblings.set(d.base, (siblings.get(d.base) ?? 0) + 1);
    for (const d of deferred) {
      if (runs.has(d.base) || siblings.get(d.base)! > 1) take(d.row, d.base, d.stat, d.offset);
      else take(d.row, d.row.name as string, undefined, d.offset);
    }
    if (!found) throw new ParseError(file, 1, 'expected a "benchmarks" list in the Google Benchmark JSON');
    if (runs.size === 0) {
      throw new ParseError(
        file,
        1,
        rows === 0
          ? 'expected at least one benchmark in "benchmarks", got []'
          : `expected at least one benchmark with a result, ${skipped} reported errors or were skipped`,
      );
    }
    const out: Series[] = [];
    for (const run of runs.values()) {
      for (const [metric, m] of run.metrics) {
        const hasSamples = m.samples.length > 0;
        const value = hasSamples ? medianOf(m.samples) : (m.median ?? m.mean);
        if (value === undefined) continue; // only a stddev row: nothing to compare
        const raw: RawSeries = { name: run.name, metric, rawUnit: m.rawUnit, value, direction: m.direction };
        if (hasSamples) raw.samples = m.samples;
        if (m.stddev !== undefined) raw.spread = { stddev: m.stddev };
        out.push(makeSeriesAt(raw, file, () => lineOf(run.offset)));
      }
    }
    return out;
  },
};
