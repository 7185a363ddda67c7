/**
 * What `analyze` decides and everything downstream reads. The verdict is computed once, here; reports
 * and the action only render and act on it.
 */
import type { Direction, History, Run, Series, Warning } from '../model.js';

export type Outcome = 'pass' | 'warn' | 'fail';

/** How a series was compared, best first (DESIGN.md §3). */
export type Mode = 'ab' | 'same-job' | 'history' | 'threshold' | 'none';

/**
 * The test behind a verdict: `bootstrap` (same job: BCa CI of the ratio of medians + Mann–Whitney),
 * `history` (prediction bound from base-branch runs since the last change point), `history-two-sample`
 * (the newest base run's samples + run-to-run noise, while the history is short), `exact` (no variance:
 * allocations, bytes, instruction counts — thresholds apply directly), `threshold` (too little data:
 * relative change only, never fails unless configured), `one-run` (same job, one run per side: the
 * within-run samples plus the run-to-run noise they cannot show, from the history or `runner-noise`),
 * `replicates` (same job, several runs per side: a between-run t test on per-run medians).
 */
export type Method =
  | 'bootstrap'
  | 'paired'
  | 'history'
  | 'history-two-sample'
  | 'one-run'
  | 'replicates'
  | 'exact'
  | 'threshold';

/** What happened to a series, independent of whether it fails the check. */
export type Status = 'regression' | 'improvement' | 'unchanged' | 'new' | 'missing' | 'ignored';

export type Severity = 'minor' | 'moderate' | 'critical';

/** Warnings are part of the model (src/model.ts); re-exported for the stages that read verdicts. */
export type { Warning, WarningKind } from '../model.js';

export interface SeriesVerdict {
  name: string;
  metric: string;
  unit: string;
  direction: Direction;
  status: Status;
  verdict: Outcome;
  mode: Mode;
  /** Headline of the baseline (same-job: base run; history: robust centre), in `unit`. */
  baseline?: number;
  /** Headline of this run, in `unit`; absent for a series missing from this run. */
  current?: number;
  /** Relative change of the headline, signed so that positive is worse (0.1 = 10% worse). */
  change?: number;
  /** Confidence interval of `change`, same orientation. */
  ci?: [number, number];
  /**
   * One-sided p-value in the direction of the change (worse when `change` ≥ 0, better otherwise),
   * before the Benjamini–Hochberg correction that the decision uses.
   */
  p?: number;
  /** Benjamini–Hochberg adjusted p-value across the suite (significant when ≤ the FDR q). */
  pAdjusted?: number;
  /** How the series was tested. */
  method?: Method;
  /**
   * The one-sided confidence bound a fail is decided on (oriented change, `confidence` its level): a
   * regression fails when this bound is beyond the fail threshold.
   */
  bound?: { confidence: number; change: number };
  /** History mode: base-branch runs the baseline was taken from, and the commit of the change point they start at. */
  segment?: { runs: number; since?: string };
  severity?: Severity;
  /** Why this verdict, in one sentence a user can act on. */
  reason: string;
  /** The smallest relative change this comparison could have resolved. */
  resolvable?: number;
  /** Sample sizes on each side (history: number of runs). */
  n?: { baseline: number; current: number };
  /** Runs per side when the series was compared on replicates. */
  runs?: { baseline: number; current: number };
  /** What made a run of this series unstable (bimodal samples, drift, a spread far above its history). */
  unstable?: string[];
  /** The unit of the baseline when it differs from this run's: the series was not compared. */
  unitChanged?: { from: string; to: string };
  /** Absolute limit that was crossed, in `unit`. */
  limit?: { kind: 'max' | 'min'; value: number };
  /** A/B mode: the oriented relative change of each paired round, in round order (src/analyze/paired.ts). */
  rounds?: number[];
  warnings: Warning[];
}

export interface SuiteCounts {
  regressions: number;
  improvements: number;
  unchanged: number;
  new: number;
  missing: number;
  ignored: number;
  failed: number;
  warned: number;
  critical: number;
}

export interface AnalysisSettings {
  warnThreshold: number;
  failThreshold: number;
  confidence: number;
  resamples: number;
  fdrQ: number;
  minSamples: number;
  /** Change-point detection on the history (default window 50, p 0.001). */
  changePoints?: { window: number; p: number };
  /**
   * Run-to-run noise (relative sd of a run's headline between runs) assumed when nothing measures it: one
   * run per side in the same job without a usable history, or a cached base run (default 0.25, see
   * docs/statistics.md). 0 trusts the within-run samples alone (the comparison of one run per side as if
   * the runs could not differ: only for runners known to be quiet and interleaved).
   */
  runnerNoise?: number;
  /** With too little data, a change beyond the fail threshold warns (default) or fails. */
  insufficientData?: 'warn' | 'fail';
}

export interface SuiteVerdict {
  suite: string;
  verdict: Outcome;
  /** The best mode any series was compared with. */
  mode: Mode;
  counts: SuiteCounts;
  /** Regressions first by severity, then improvements, then the rest; stable within each group. */
  series: SeriesVerdict[];
  warnings: Warning[];
  settings: AnalysisSettings;
  /** Commit of the newest baseline run, when there is one. */
  baselineCommit?: string;
  baselineRuns: number;
  /** Most series moved the same way: a runner or global shift is more likely than a code change. */
  globalShift?: { change: number };
  /** A/B mode: how the rounds were run (src/analyze/paired.ts). */
  ab?: AbDetails;
}

/** Per-series rules from the config file, resolved for one series. */
export interface SeriesRule {
  warnThreshold: number;
  failThreshold: number;
  direction?: Direction;
  ignore: boolean;
  max?: number;
  min?: number;
  minSamples: number;
  /** Compare exactly with the thresholds, without statistics (instruction counts, allocations). */
  deterministic?: boolean;
}

export interface AnalyzeInput {
  suite: string;
  current: Run;
  /** Same-job mode: the base commit's run on the same runner. */
  baselineRun?: Run;
  /**
   * Several runs per side (each a separate process): the replicates of `current` and `baselineRun`, which
   * are then their merged views (see mergeReplicates in src/replicates.ts). A series compared with at
   * least two runs on one side is decided on the per-run medians.
   */
  replicates?: { current: Run[]; baseline: Run[] };
  /** History mode: earlier base-branch runs, oldest first. */
  history?: History;
  /** Resolves the rules for a series (thresholds, direction, ignore, limits). */
  ruleFor(series: Pick<Series, 'name' | 'metric'>): SeriesRule;
  settings: AnalysisSettings;
  /** Seed for every random number drawn (bootstrap): reruns agree byte for byte. */
  seed: string;
  /** Severity ratios (minor / moderate / critical), default 1.2 / 1.5 / 2.0. */
  severity: { minor: number; moderate: number; critical: number };
}

/** How an A/B suite was measured (src/ab/, decided in paired.ts). */
export interface AbDetails {
  /** Rounds run in total (first look + confirmation). */
  rounds: number;
  /** Rounds added to confirm a would-be warn or fail (0 when none were needed or possible). */
  confirmRounds: number;
  /** The side that ran first in each round, in order (from the recorded seed). */
  order: ('base' | 'head')[];
  seed: string;
  baseCommit: string;
  headCommit?: string;
  /** Wall time spent per side (runs and builds), in ms. */
  ms: { base: number; head: number };
  /** The time budget stopped new rounds before all planned ones ran. */
  stoppedByBudget?: boolean;
  /** How the base commit was obtained ("fetched (shallow clone)"), when notable. */
  note?: string;
}
