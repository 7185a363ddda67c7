/**
 * The action inputs read into the parts of `Config` they set: strict readers, one message per kind of
 * value, each blaming the input by name. Thresholds are returned unset when empty, so the file can
 * set them.
 */
import { ConfigError } from '../errors.js';
import { readAbConfig } from './ab.js';
import { DEFAULTS } from './defaults.js';
import { INPUTS, type InputName, type InputSource } from './inputs.js';
import type { Config } from './types.js';
import { dashboardBase } from './values.js';
import { readBool, readFormat, readInt, readList, readNoise, readOneOf, readThreshold } from './values.js';

export type InputSettings = Omit<Config, 'analysis' | 'configFile'> & {
  /** The `config` input, or '' to look in the default places. */
  configInput: string;
  warnThreshold?: number;
  failThreshold?: number;
  runnerNoise?: number;
};

export const inputWhere = (name: InputName): string => `input '${name}'`;

export function readInputs(input: InputSource): InputSettings {
  const get = (n: InputName): string => input(n) ?? '';
  const oneOf = <T extends string>(n: InputName, allowed: readonly T[], fallback: T): T =>
    readOneOf(inputWhere(n), get(n), allowed, fallback);
  const bool = (n: InputName, fallback: boolean): boolean => readBool(inputWhere(n), get(n), fallback);
  const int = (n: InputName, min: number, max: number): number | undefined =>
    readInt(inputWhere(n), get(n), min, max);
  const threshold = (n: InputName): number | undefined =>
    get(n).trim() === '' ? undefined : readThreshold(inputWhere(n), get(n));

  const mode = oneOf(INPUTS.mode, ['run', 'collect', 'report', 'comment'] as const, DEFAULTS.mode);
  const outputFiles = readList(get(INPUTS.outputFile));
  const ab = readAbConfig(
    {
      run: get(INPUTS.run),
      build: get(INPUTS.build),
      base: get(INPUTS.abBase),
      rounds: get(INPUTS.abRounds),
      timeBudget: get(INPUTS.abTimeBudget),
      confirm: get(INPUTS.abConfirm),
    },
    {
      rounds: inputWhere(INPUTS.abRounds),
      timeBudget: inputWhere(INPUTS.abTimeBudget),
      confirm: inputWhere(INPUTS.abConfirm),
    },
  );
  // In A/B mode the output is the command's stdout unless `output-file` names a file in each tree.
  if (outputFiles.length === 0 && !ab && (mode === 'run' || mode === 'collect')) {
    throw new ConfigError(
      inputWhere(INPUTS.outputFile),
      'expected the path (or glob) of your benchmark output, got nothing',
    );
  }
  const suite = get(INPUTS.suite).trim() || DEFAULTS.suite;
  if (!/^[A-Za-z0-9._-]{1,100}$/.test(suite)) {
    throw new ConfigError(
      inputWhere(INPUTS.suite),
      `expected letters, digits, ".", "_" or "-" (it names caches and artifacts), got ${JSON.stringify(suite)}`,
    );
  }
  const workflowRunId = get(INPUTS.workflowRunId).trim() || undefined;
  if (workflowRunId !== undefined && !/^\d+$/.test(workflowRunId)) {
    throw new ConfigError(
      inputWhere(INPUTS.workflowRunId),
      `expected a workflow run id (digits), got ${JSON.stringify(workflowRunId)}`,
    );
  }
  const dashboardUrl = get(INPUTS.dashboardUrl).trim() || undefined;
  if (dashboardUrl !== undefined && !dashboardBase(dashboardUrl)) {
    throw new ConfigError(
      inputWhere(INPUTS.dashboardUrl),
      `expected the dashboard's http(s) address, got ${JSON.stringify(dashboardUrl)}`,
    );
  }
  return {
    mode,
    outputFiles,
    ...(ab ? { ab } : {}),
    format: readFormat(inputWhere(INPUTS.format), get(INPUTS.format)),
    suite,
    baselineOutput: readList(get(INPUTS.baselineOutput)),
    store: oneOf(INPUTS.store, ['cache', 'artifact', 'file', 'none'] as const, DEFAULTS.store),
    historyPath: get(INPUTS.historyPath).trim() || DEFAULTS.historyPath,
    historySize: int(INPUTS.historySize, 2, 10000) ?? DEFAULTS.historySize,
    baseBranch: get(INPUTS.baseBranch).trim() || undefined,
    save: oneOf(INPUTS.save, ['auto', 'always', 'never'] as const, DEFAULTS.save),
    retentionDays: int(INPUTS.retentionDays, 1, 400),
    failOn: oneOf(INPUTS.failOn, ['fail', 'warn', 'never'] as const, DEFAULTS.failOn),
    comment: oneOf(INPUTS.comment, ['always', 'on-change', 'never'] as const, DEFAULTS.comment),
    summary: bool(INPUTS.summary, DEFAULTS.summary),
    check: bool(INPUTS.check, DEFAULTS.check),
    issueOnRegression: bool(INPUTS.issueOnRegression, DEFAULTS.issueOnRegression),
    token: get(INPUTS.githubToken),
    workflowRunId,
    dashboard: get(INPUTS.dashboard).trim() || undefined,
    dashboardUrl,
    configInput: get(INPUTS.config).trim(),
    warnThreshold: threshold(INPUTS.warnThreshold),
    failThreshold: threshold(INPUTS.failThreshold),
    runnerNoise:
      get(INPUTS.runnerNoise).trim() === ''
        ? undefined
        : readNoise(inputWhere(INPUTS.runnerNoise), get(INPUTS.runnerNoise).trim()),
  };
}
