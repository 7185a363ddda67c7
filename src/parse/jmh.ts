/**
 * JMH's JSON result file (`java -jar benchmarks.jar -rf json -rff jmh.json`): a list of
 * `{benchmark, mode, params?, primaryMetric, secondaryMetrics}`.
 *
 * Name: the benchmark method, then its `@Param`s in JMH's order, `com.x.Bench.method (size=100,
 * kind=a)`; without params just the method. The metric says what the mode measures, so one benchmark
 * run in several modes stays several series: thrpt → "throughput", avgt → "time", sample → "sample
 * time", ss → "single-shot time". The unit decides the direction (ops/s bigger, us/op smaller).
 * Headline: JMH's `score`; samples: `rawData` flattened fork by fork, one value per measurement
 * iteration (`sample` mode: each iteration's `rawDataHistogram` reduced to its mean, which is what
 * JMH averages into the score); low/high: `scoreConfidence` (JMH's 99.9% interval) when finite.
 * Secondary metrics (`-prof gc`: gc.alloc.rate.norm in B/op, …) are series of their own under their
 * key, without the leading "·" older JMH versions add; if two modes of one benchmark both report a
 * key, the later one is "<key> (<mode>)". JMH's "MB/sec" is mebibytes per second (its GC profiler
 * divides by 1024²); gc.* metrics are costs, smaller is better, whatever their unit. Non-finite numbers are JSON strings in JMH ("NaN"): a primary score that is not
 * a number is an error, a secondary one is skipped (the profiler could not measure it).
 */
import type { Parser } from './types.js';
import type { Series } from '../model.js';
import {
  JsonReader,
  lineOf,
  looksLikeJson,
  type Line,
  makeSeries,
  parseJson,
  unitInfo,
  type JsonPath,
} from './common.js';
import { ParseError } from '../errors.js';

const MODE_METRIC: Record<string, string> = {
  thrpt: 'throughput',
  avgt: 'time',
  sample: 'sample time',
  ss: 'single-shot time',
};

/**
 * The metric of a primary score: the mode's, unless the score's unit says otherwise. A throughput-mode
 * score in a time per operation (`thrpt` with `us/op`, as hand-made or converted files have it) is a
 * time, smaller is better, and is labelled "time (thrpt)"; a time mode scored in ops per time is a
 * throughput. The unit decides the direction either way.
 */
function modeMetric(mode: string, unit: string): string {
  const metric = MODE_METRIC[mode] ?? mode;
  const kind = unitInfo(unit).metric;
  if (metric === 'throughput' && kind === 'time') return `time (${mode})`;
  if (metric !== 'throughput' && MODE_METRIC[mode] !== undefined && kind === 'throughput')
    return `throughput (${mode})`;
  return metric;
}

/** JMH's unit spelling to one units.ts reads the way JMH means it. */
function jmhUnit(unit: string): string {
  return unit === 'MB/sec' ? 'MiB/s' : unit;
}

function finite(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

interface Metric {
  value: number;
  unit: string;
  samples: number[];
  low?: number;
  high?: number;
}

/** Read one metric object; undefined when its score is not a number (JMH's "NaN"). */
function readMetric(r: JsonReader, m: unknown, path: JsonPath, what: string): Metric | undefined {
  const rec = r.record(m, path, what);
  const unit =
    typeof rec.scoreUnit === 'string'
      ? rec.scoreUnit
      : r.wrong([...path, 'scoreUnit'], `expected a "scoreUnit" for ${what}`, rec.scoreUnit);
  const value = finite(rec.score);
  if (value === undefined) return undefined;
  const samples: number[] = [];
  if (rec.rawData !== undefined) {
    r.array(rec.rawData, [...path, 'rawData'], `"rawData" of ${what}`).forEach((fork, fi) => {
      const fp = [...path, 'rawData', fi];
      for (const [ii, x] of r.array(fork, fp, `a fork's iterations in ${what}`).entries()) {
        samples.push(r.number(x, [...fp, ii], `an iteration's score in ${what}`));
      }
    });
  } else if (rec.rawDataHistogram !== undefined) {
    const hp = [...path, 'rawDataHistogram'];
    r.array(rec.rawDataHistogram, hp, `"rawDataHistogram" of ${what}`).forEach((fork, fi) => {
      r.array(fork, [...hp, fi], `a fork in ${what}`).forEach((iter, ii) => {
        const ip = [...hp, fi, ii];
        let sum = 0;
        let count = 0;
        r.array(iter, ip, `an iteration's histogram in ${what}`).forEach((pair, pi) => {
          const pp = [...ip, pi];
          const p = r.array(pair, pp, `a [value, count] pair in ${what}`);
          const v = r.number(p[0], pp, `a histogram value in ${what}`);
          const c = r.number(p[1], pp, `a histogram count in ${what}`);
          sum += v * c;
          count += c;
        });
        if (count > 0 && Number.isFinite(sum / count)) samples.push(sum / count);
      });
    });
  }
  const conf = Array.isArray(rec.scoreConfidence) ? rec.scoreConfidence : [];
  return { value, unit: jmhUnit(unit), samples, low: finite(conf[0]), high: finite(conf[1]) };
}

export const jmh: Parser = {
  name: 'jmh',
  describe: 'java -jar target/benchmarks.jar -rf json -rff jmh.json',
  detect(text) {
    if (!looksLikeJson(text) || !text.trimStart().startsWith('[')) return false;
    const head = text.slice(0, 1 << 16);
    return /"benchmark"\s*:/.test(head) && /"primaryMetric"\s*:/.test(head);
  },
  parse(text, file): Series[] {
    const doc = parseJson(text, file);
    const r: JsonReader = new JsonReader(text, file);
    const list = r.array(doc, [], 'the JMH result list [{"benchmark", "mode", "primaryMetric"}]');
    if (list.length === 0) r.fail([], 'expected at least one JMH result, got []');
    const out: Series[] = [];
    const taken = new Map<string, Line>();
    const add = (s: Series, line: Line): void => {
      const key = `${s.name}\u0000${s.metric}`;
      const first = taken.get(key);
      if (first !== undefined) {
        throw new ParseError(
          file,
          lineOf(line),
          `expected each benchmark, params and mode once, "${s.name}" (${s.metric}) already appeared on line ${lineOf(first)}`,
        );
      }
      taken.set(key, line);
      out.push(s);
    };
    list.forEach((b, i) => {
      const bench = r.record(b, [i], `result ${i}`);
      const method = r.string(bench.benchmark, [i, 'benchmark'], `"benchmark" of result ${i}`);
      const mode = r.string(bench.mode, [i, 'mode'], `"mode" of "${method}"`);
      let name = method;
      if (bench.params !== undefined) {
        const params = r.record(bench.params, [i, 'params'], `"params" of "${method}"`);
        const pairs = Object.entries(params).map(
          ([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`,
        );
        if (pairs.length > 0) name = `${method} (${pairs.join(', ')})`;
      }
      const line = r.at([i]);
      const primary = readMetric(r, bench.primaryMetric, [i, 'primaryMetric'], `"${name}"`);
      if (primary === undefined) {
        r.fail([i, 'primaryMetric', 'score'], `expected a number for the score of "${name}"`);
      }
      add(
        makeSeries(
          {
            name,
            rawUnit: primary.unit,
            metric: modeMetric(mode, primary.unit),
            value: primary.value,
            samples: primary.samples,
            spread: { low: primary.low, high: primary.high },
          },
          file,
          line,
        ),
        line,
      );
      if (bench.secondaryMetrics === undefined) return;
      const secondary = r.record(
        bench.secondaryMetrics,
        [i, 'secondaryMetrics'],
        `"secondaryMetrics" of "${name}"`,
      );
      for (const [key, m] of Object.entries(secondary)) {
        const mp = [i, 'secondaryMetrics', key];
        const metric = readMetric(r, m, mp, `"${key}" of "${name}"`);
        if (metric === undefined) continue;
        let label = key.replace(/^\u00b7/, '');
        if (taken.has(`${name}\u0000${label}`)) label = `${label} (${mode})`;
        const at = r.at(mp);
        add(
          makeSeries(
            {
              name,
              rawUnit: metric.unit,
              metric: label,
              // Profiler metrics are costs: a higher allocation rate is not an improvement.
              direction: /^gc\./.test(label) ? 'smaller' : undefined,
              value: metric.value,
              samples: metric.samples,
              spread: { low: metric.low, high: metric.high },
            },
            file,
            at,
          ),
          at,
        );
      }
    });
    return out;
  },
};
