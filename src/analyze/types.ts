/**
 * What `analyze` decides and everything downstream reads. The verdict is computed once, here; reports
 * and the action only render and act on it.
 */
import type { Direction, History, Run, Series } from '../model.js';

export type Outcome = 'pass' | 'warn' | 'fail';

/** How a series was compared, best first (DESIGN.md §3). */
export type Mode = 'same-job' | 'history' | 'threshold' | 'none';

/** What happened to a series, independent of whether it fails the check. */
export type Status = 'regression' | 'improvement' | 'unchanged' | 'new' | 'missing' | 'ignored';

export type Severity = 'minor' | 'moderate' | 'critical';

export type WarningKind =
  | 'too-few-samples'
  | 'insufficient-history'
  | 'baseline-unavailable'
  | 'runner-changed'
  | 'global-shift'
  | 'no-variance'
  | 'unresolvable'
  | 'store'
  | 'publish'
  | 'config'
  | 'limit';

/** Warnings are data: the report renders them once as footnotes, only main.ts turns them into annotations. */
export interface Warning {
  kind: WarningKind;
  message: string;
  hint?: string;
}

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
  /** p-value of "worse by more than the warn threshold", after nothing (BH is applied to decide). */
  p?: number;
  severity?: Severity;
  /** Why this verdict, in one sentence a user can act on. */
  reason: string;
  /** The smallest relative change this comparison could have resolved. */
  resolvable?: number;
  /** Sample sizes on each side (history: number of runs). */
  n?: { baseline: number; current: number };
  /** Absolute limit that was crossed, in `unit`. */
  limit?: { kind: 'max' | 'min'; value: number };
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
}

export interface AnalyzeInput {
  suite: string;
  current: Run;
  /** Same-job mode: the base commit's run on the same runner. */
  baselineRun?: Run;
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
