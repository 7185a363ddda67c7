/**
 * `mode: report`: one job after a matrix of `collect` jobs. Downloads every `benchgate-results-*`
 * artifact of this workflow run and compares each suite with its own history, then posts one report —
 * one comment with a section per suite, under this job's `suite` as the marker — so matrix jobs never
 * race to edit comments or history. On a base-branch run it records each suite's run, and writes one
 * dashboard of every suite (`dashboard`).
 *
 * The collected files come from jobs of this same workflow run, so their comparison inputs (thresholds,
 * base branch, config file) apply where this job does not set its own.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { loadConfig, type Config } from '../config/index.js';
import { INPUTS, type InputName } from '../config/inputs.js';
import { BenchgateError, errorText } from '../errors.js';
import { baseBranchOf, isBaseBranchRun, type History, type RunContext, type Warning } from '../model.js';
import type { SuiteReport } from '../report/index.js';
import { compareRun, readFileOrUndefined, type Deps, type RunResult } from './shared.js';
import { deliver } from './deliver.js';
import { readCollected, type Collected } from './payload.js';
import { publishCombinedDashboard } from '../dashboard/write.js';

const FROM_COLLECTED: Partial<Record<InputName, keyof Collected['inputs']>> = {
  [INPUTS.warnThreshold]: 'warnThreshold',
  [INPUTS.failThreshold]: 'failThreshold',
  [INPUTS.baseBranch]: 'baseBranch',
  [INPUTS.config]: 'config',
};

export async function runReport(
  deps: Deps,
  config: Config,
  ctx: RunContext,
  input: (n: InputName) => string,
): Promise<RunResult> {
  const { core } = deps;
  const transfer = deps.transfer();
  const found = await transfer.list();
  if (found.length === 0)
    throw new BenchgateError(
      'mode: report',
      'expected benchgate-results-* artifacts in this workflow run; run `mode: collect` in the jobs this one `needs:`',
    );
  const suites: SuiteReport[] = [];
  // Every suite's saved history, for one dashboard of them all once every suite is recorded.
  const saved: History[] = [];
  const keep = (h: History): Promise<Warning[]> => {
    saved.push(h);
    return Promise.resolve([]);
  };
  const records: (() => Promise<Warning[]>)[] = [];
  const skipped: Warning[] = [];
  const scratch = path.join(deps.env.RUNNER_TEMP || os.tmpdir(), 'benchgate-report');
  for (const a of found) {
    let text: string;
    try {
      text = await transfer.read(a, scratch);
    } catch (e) {
      skipped.push({ kind: 'publish', message: `Artifact ${a.name} not read: ${errorText(e)}.` });
      continue;
    }
    const checked = readCollected(text, a.name);
    if (!checked.ok) {
      skipped.push({ kind: 'publish', message: `Artifact ${checked.reason}; left out of the report.` });
      continue;
    }
    const c = checked.value;
    // This job's inputs win; the collecting job's fill what this one leaves unset.
    const suiteConfig = loadConfig({
      input: (n) => {
        if (n === INPUTS.suite) return c.suite;
        const own = input(n);
        const key = FROM_COLLECTED[n];
        return own.trim() === '' && key ? (c.inputs[key] ?? '') : own;
      },
      readFile: readFileOrUndefined(deps.cwd),
    });
    core.info(`benchgate: comparing suite ${c.suite} (${c.current.series.length} series from ${a.name})`);
    const compared = await compareRun(deps, suiteConfig, ctx, c.current, c.baseline, keep);
    compared.verdict.warnings.push(...skipped.splice(0));
    suites.push({ verdict: compared.verdict, history: compared.history, runner: c.current.runner });
    records.push(compared.record);
  }
  if (suites.length === 0)
    throw new BenchgateError(
      'mode: report',
      `expected readable collected results; ${skipped.map((w) => w.message).join(' ')}`,
    );
  if (skipped.length) suites[suites.length - 1].verdict.warnings.push(...skipped);

  return deliver(deps, config, ctx, {
    key: config.suite,
    suites,
    onBaseBranch: isBaseBranchRun(ctx, baseBranchOf(ctx, config.baseBranch)),
    afterPublish: async () => {
      const warnings: Warning[] = [];
      for (const record of records) warnings.push(...(await record()));
      const log = (m: string): void => core.info(m);
      const d = { config, ctx, env: deps.env, cwd: deps.cwd, log };
      warnings.push(...(await publishCombinedDashboard(d, saved, config.suite)));
      return warnings;
    },
  });
}
