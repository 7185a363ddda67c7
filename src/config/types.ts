/** The validated configuration: what every later stage reads. Built by `loadConfig` (index.ts). */
import type { Direction } from '../model.js';
import type { AnalysisSettings } from '../analyze/types.js';

export type StoreKind = 'cache' | 'artifact' | 'file' | 'none';
export type RunMode = 'run' | 'collect' | 'report' | 'comment';
export type FailOn = 'fail' | 'warn' | 'never';
export type CommentWhen = 'always' | 'on-change' | 'never';
export type SaveWhen = 'auto' | 'always' | 'never';

export interface RuleConfig {
  match: string;
  metric?: string;
  warn?: number;
  fail?: number;
  direction?: Direction;
  unit?: string;
  max?: number;
  min?: number;
  /** Units the limits were written in, checked against the series' canonical unit. */
  maxUnit?: string;
  minUnit?: string;
  ignore?: boolean;
  minSamples?: number;
  deterministic?: boolean;
}

export type Severity = { minor: number; moderate: number; critical: number };

export interface Config {
  mode: RunMode;
  outputFiles: string[];
  format: string;
  suite: string;
  baselineOutput: string[];
  store: StoreKind;
  historyPath: string;
  historySize: number;
  baseBranch?: string;
  save: SaveWhen;
  retentionDays?: number;
  failOn: FailOn;
  comment: CommentWhen;
  summary: boolean;
  check: boolean;
  issueOnRegression: boolean;
  token: string;
  workflowRunId?: string;
  /** Folder the dashboard site is written to on base-branch runs (src/dashboard). */
  dashboard?: string;
  /** Where the dashboard is published: the PR comment links each regressed series' chart there. */
  dashboardUrl?: string;
  /** The config file that was read, if any. */
  configFile?: string;
  /** A/B mode (`run` set): benchgate runs base and head itself (src/ab/). */
  ab?: import('./ab.js').AbConfig;
  analysis: AnalysisSettings & {
    severity: Severity;
    ignore: string[];
    rules: RuleConfig[];
  };
}

/** Reads a file's text, or undefined when it does not exist (injected: config stays testable). */
export type ReadFile = (path: string) => string | undefined;
