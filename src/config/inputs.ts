/**
 * Every action input in one table. A test compares this table with action.yml, so the two cannot drift.
 * The values are the input names exactly as users write them under `with:`.
 */
export const INPUTS = {
  mode: 'mode',
  outputFile: 'output-file',
  format: 'format',
  suite: 'suite',
  baselineOutput: 'baseline-output',
  store: 'store',
  historyPath: 'history-path',
  historySize: 'history-size',
  baseBranch: 'base-branch',
  save: 'save',
  retentionDays: 'retention-days',
  warnThreshold: 'warn-threshold',
  failThreshold: 'fail-threshold',
  runnerNoise: 'runner-noise',
  failOn: 'fail-on',
  config: 'config',
  comment: 'comment',
  summary: 'summary',
  check: 'check',
  issueOnRegression: 'issue-on-regression',
  githubToken: 'github-token',
  workflowRunId: 'workflow-run-id',
  run: 'run',
  build: 'build',
  abBase: 'ab-base',
  abRounds: 'ab-rounds',
  abTimeBudget: 'ab-time-budget',
  abConfirm: 'ab-confirm',
  dashboard: 'dashboard',
  dashboardUrl: 'dashboard-url',
} as const;

export type InputName = (typeof INPUTS)[keyof typeof INPUTS];

export const OUTPUTS = {
  verdict: 'verdict',
  regressions: 'regressions',
  improvements: 'improvements',
  reportJson: 'report-json',
  commentUrl: 'comment-url',
} as const;

/** Where input values come from: `core.getInput` in the action, a plain map in tests. */
export type InputSource = (name: InputName) => string;
