/**
 * `mode: run` (the default): this job's results against the base branch's history (or the baseline
 * output of the same job), one report, and the run recorded on base-branch pushes.
 */
import { baseBranchOf, isBaseBranchRun, type RunContext } from '../model.js';
import type { Config } from '../config/index.js';
import { deliver } from './deliver.js';
import { compareRun, parseRuns, type Deps, type RunResult } from './shared.js';

export async function runRun(deps: Deps, config: Config, ctx: RunContext): Promise<RunResult> {
  const { current, baselineRun } = parseRuns(deps, config, ctx);
  const compared = await compareRun(deps, config, ctx, current, baselineRun);
  return deliver(deps, config, ctx, {
    key: config.suite,
    suites: [{ verdict: compared.verdict, history: compared.history, runner: current.runner }],
    onBaseBranch: isBaseBranchRun(ctx, baseBranchOf(ctx, config.baseBranch)),
    afterPublish: compared.record,
  });
}
