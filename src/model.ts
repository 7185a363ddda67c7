/**
 * The data model shared by every stage (DESIGN.md §2). Parsers produce `Series`, the history store keeps
 * `Run`s, `analyze` turns them into verdicts, `report` renders verdicts. Numbers, never text.
 */

/** Which way is better. */
export type Direction = 'smaller' | 'bigger';

export interface Spread {
  low?: number;
  high?: number;
  stddev?: number;
}

/** One metric of one benchmark. Identity is `(name, metric)`. */
export interface Series {
  /** As the tool printed it, e.g. "BenchmarkSort/size=100-2". */
  name: string;
  /** "time", "throughput", "B/op", "allocs/op", or a custom metric. */
  metric: string;
  /** Canonical unit: "ns", "B", "ops/s", "B/s", or the tool's own. */
  unit: string;
  direction: Direction;
  /** Headline: the tool's central value, in `unit`. */
  value: number;
  /** Per-iteration or per-repetition values, in `unit`. */
  samples?: number[];
  spread?: Spread;
  /** Read from a console or table output, which carries no samples (only the tool's summary). */
  origin?: 'console';
  /**
   * A deterministic count (instructions, cache events from Valgrind): no noise, so thresholds apply
   * directly to the change, without statistics.
   */
  exact?: true;
  /**
   * Replicates: one entry per run (a separate process) when several output files each carry this series
   * (src/replicates.ts). `value` is then the median of the runs' values and `samples` their concatenation;
   * analysis decides on the runs.
   */
  runs?: { value: number; samples?: number[] }[];
}

export interface RunnerFingerprint {
  os: string;
  arch: string;
  cpu?: string;
  cores?: number;
}

/** One benchmark run of one suite. */
export interface Run {
  suite: string;
  tool: string;
  commit: string;
  ref: string;
  runId?: string;
  timestamp: string;
  runner?: RunnerFingerprint;
  series: Series[];
}

/** Base-branch history of one suite, oldest run first, capped. */
export interface History {
  schemaVersion: 1;
  suite: string;
  runs: Run[];
}

export type SeriesId = string;

/** The identity of a series across runs. */
export function seriesId(s: Pick<Series, 'name' | 'metric'>): SeriesId {
  return `${s.name}\u0000${s.metric}`;
}
