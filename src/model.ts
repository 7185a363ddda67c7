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
   * The statistic `value` is, when it is not the one the same tool's JSON reader takes: a console that
   * prints only the mean (vitest, tinybench v2, mitata) says `'mean'` where the JSON headline is the
   * median. Absent: the tool's usual headline. Analysis warns when it differs from the baseline's.
   */
  statistic?: 'mean';
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

export type WarningKind =
  | 'too-few-samples'
  | 'insufficient-history'
  | 'baseline-unavailable'
  | 'runner-changed'
  | 'global-shift'
  | 'autocorrelated'
  | 'no-variance'
  | 'unresolvable'
  | 'store'
  | 'publish'
  | 'config'
  | 'limit'
  | 'unstable'
  | 'unit-changed'
  | 'statistic-changed';

/** Warnings are data: the report renders them once as footnotes, only the action turns them into annotations. */
export interface Warning {
  kind: WarningKind;
  message: string;
  hint?: string;
}

/** The subset of @actions/core the action uses, so tests and the CLI can pass their own. */
export interface ActionCore {
  /**
   * Resolves once every method can be called. A core that loads its toolkit late (the action's, in
   * src/action.ts) answers only getInput, info and setSecret before; run() awaits it after the config.
   */
  ready?(): Promise<void>;
  getInput(name: string): string;
  setOutput(name: string, value: string | number): void;
  setFailed(message: string): void;
  info(message: string): void;
  debug(message: string): void;
  isDebug(): boolean;
  warning(message: string, props?: { title?: string }): void;
  error(message: string, props?: { title?: string }): void;
  setSecret(secret: string): void;
  summary: { addRaw(text: string, addEOL?: boolean): { write(): Promise<unknown> } };
}

/**
 * What the run is: event, repository, PR, branches, commits. Read from the runner's environment and
 * event payload by src/github/context.ts; every stage that needs it takes it as data.
 */
export interface RunContext {
  eventName: string;
  repository?: { owner: string; repo: string };
  /** The commit this run benchmarks (the PR head, or the pushed commit). */
  sha: string;
  ref: string;
  /** Branch name of this run (`main` for a push to main, the PR head branch for a PR). */
  branch?: string;
  runId?: string;
  runAttempt?: string;
  pullRequest?: {
    number: number;
    baseRef: string;
    baseSha?: string;
    headSha?: string;
    /** The head lives in another repository: its token cannot write to this one. */
    fork: boolean;
  };
  defaultBranch?: string;
  apiUrl: string;
  serverUrl: string;
  /** For `workflow_run` events: the run that triggered this one. */
  workflowRun?: { id: number; event: string; headBranch?: string; headRepositoryFullName?: string };
}

/** The base branch whose history this run compares with (and, on a push to it, extends). */
export function baseBranchOf(ctx: RunContext, configured?: string): string | undefined {
  return configured || ctx.pullRequest?.baseRef || ctx.defaultBranch || undefined;
}

/** A push (or schedule, or manual run) on the base branch itself: the only runs that may save history. */
export function isBaseBranchRun(ctx: RunContext, base: string | undefined): boolean {
  if (!base || ctx.pullRequest) return false;
  if (!['push', 'schedule', 'workflow_dispatch'].includes(ctx.eventName)) return false;
  return ctx.ref === `refs/heads/${base}`;
}
