/**
 * Series from Criterion.rs measurements as its machine-readable outputs hold them (the
 * `target/criterion` folder and cargo-criterion's JSON messages): per-sample totals and iteration
 * counts, and bootstrap estimates with confidence intervals.
 *
 * The headline is the median estimate, which is the median of the per-iteration samples (each sample's
 * total time / its iteration count): the statistic the comparison itself uses, robust to the outliers
 * Criterion reports, and the same number `--output-format bencher` prints. (The console's middle number
 * is the "typical" estimate, the slope of a linear fit; it differs slightly.) The spread is the median's
 * confidence interval, and the standard deviation estimate when one is given.
 */
import type { Series } from '../model.js';
import type { RawSeries } from './common.js';
import { makeSeriesAt } from './lazyline.js';

export interface CriterionMeasurement {
  name: string;
  /** Unit of times and estimates: "ns" for Criterion's wall-clock measurement. */
  unit: string;
  /** Per-iteration values: total / iterations of each sample. */
  samples?: number[];
  median: { estimate: number; low?: number; high?: number };
  stddev?: number;
  /** Work per iteration, for a throughput series. */
  throughput?: { kind: 'bytes' | 'elements'; perIteration: number };
}

export function criterionSeries(m: CriterionMeasurement, file: string, line: () => number): Series[] {
  const time: RawSeries = {
    name: m.name,
    metric: 'time',
    rawUnit: m.unit,
    value: m.median.estimate,
    samples: m.samples,
    spread: { low: m.median.low, high: m.median.high, stddev: m.stddev },
  };
  const out = [makeSeriesAt(time, file, line)];
  const t = m.throughput;
  if (t && out[0].unit === 'ns' && t.perIteration > 0 && out[0].value > 0) {
    // work per iteration / ns per iteration, per second; a larger time is a smaller rate
    const rate = (ns: number | undefined): number | undefined =>
      ns === undefined || ns <= 0 ? undefined : (t.perIteration * 1e9) / ns;
    const s = out[0];
    const samples = s.samples?.every((x) => x > 0) ? s.samples.map((x) => rate(x)!) : undefined;
    out.push(
      makeSeriesAt(
        {
          name: m.name,
          metric: 'throughput',
          rawUnit: t.kind === 'bytes' ? 'B/s' : 'elem/s',
          value: rate(s.value)!,
          samples,
          spread: { low: rate(s.spread?.high), high: rate(s.spread?.low) },
        },
        file,
        line,
      ),
    );
  }
  return out;
}

/** Criterion's throughput names: `Bytes`/`BytesDecimal`/`Elements` (folder) or `bytes`/`elements` (JSON). */
export function throughputKind(name: string): 'bytes' | 'elements' | undefined {
  const k = name.toLowerCase();
  if (k === 'bytes' || k === 'bytesdecimal' || k === 'bytes_decimal') return 'bytes';
  if (k === 'elements') return 'elements';
  return undefined;
}
