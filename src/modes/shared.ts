/**
 * What every mode shares: the world it runs in (`Deps`), reading this run's results, comparing one suite
 * with its baseline, and the exit rule. main.ts only picks the mode; the modes import this module,
 * never main.ts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ActionCore, History, Run, RunContext, RunnerFingerprint, Warning } from '../model.js';
import { baseBranchOf } from '../model.js';
import { analyzeInput, applyOverrides, type Config } from '../config/index.js';
import { readOutputs } from '../results.js';
import { loadBaseline, recordRun, type HistoryStore, type StoreEnv } from '../history/index.js';
import { analyze, type SuiteVerdict } from '../analyze/index.js';
import type { ClientFactory } from '../github/client.js';
import { artifactListing } from '../github/artifacts.js';
import { publishDashboard } from '../dashboard/write.js';
import type { Transfer } from './transfer.js';

/**
 * Everything the action takes from the outside world. src/world.ts builds the real one; tests build
 * theirs from it, pointing the clients at HTTP stand-ins.
 */
export interface Deps {
  core: ActionCore;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** The clock: the timestamp of the recorded run. */
  now: () => Date;
  /**
   * Prefixed to every comparison's seed ('' in the action: the seed is then the suite and the two
   * commits, so a re-run of the same commits gives a byte-identical report).
   */
  seed: string;
  /** The history store the config names (`undefined` for `store: none`). */
  openStore: (e: StoreEnv) => Promise<HistoryStore | undefined>;
  /** Makes a GitHub REST client. */
  github: ClientFactory;
  /** Moves collected results and JSON reports between jobs as workflow artifacts. */
  transfer: () => Transfer;
  /** The fingerprint of the runner the benchmarks ran on. */
  runner: () => RunnerFingerprint;
}

export interface RunResult {
  verdict?: SuiteVerdict;
  /** Every suite's verdict (report and comment modes may have several). */
  verdicts?: SuiteVerdict[];
  exitCode: 0 | 1;
}

/** Does this verdict fail the step under `fail-on`? */
export function failsStep(verdict: SuiteVerdict['verdict'], failOn: Config['failOn']): boolean {
  if (failOn === 'never') return false;
  if (failOn === 'warn') return verdict !== 'pass';
  return verdict === 'fail';
}

export function readFileOrUndefined(cwd: string): (p: string) => string | undefined {
  return (p) => {
    try {
      return fs.readFileSync(path.resolve(cwd, p), 'utf8');
    } catch {
      return undefined;
    }
  };
}

export function toRun(
  deps: Deps,
  config: Config,
  ctx: RunContext,
  series: Run['series'],
  tool: string,
  commit = ctx.sha,
): Run {
  return {
    suite: config.suite,
    tool,
    commit,
    ref: ctx.ref,
    runId: ctx.runId,
    timestamp: deps.now().toISOString(),
    runner: deps.runner(),
    series,
  };
}

/** This run's results, and the baseline run of same-job mode, parsed from the configured files. */
export function parseRuns(deps: Deps, config: Config, ctx: RunContext): { current: Run; baselineRun?: Run } {
  const parsed = readOutputs(config.outputFiles, config.format, deps.cwd);
  deps.core.info(
    `benchgate: read ${parsed.series.length} series (${parsed.format}) from ${parsed.files.join(', ')}`,
  );
  const current = toRun(deps, config, ctx, applyOverrides(config.analysis, parsed.series), parsed.format);
  let baselineRun: Run | undefined;
  if (config.baselineOutput.length > 0) {
    const base = readOutputs(config.baselineOutput, config.format, deps.cwd);
    baselineRun = toRun(
      deps,
      config,
      ctx,
      applyOverrides(config.analysis, base.series),
      base.format,
      ctx.pullRequest?.baseSha ?? 'base',
    );
  }
  return { current, baselineRun };
}

export interface Compared {
  verdict: SuiteVerdict;
  history?: History;
  /** Record `current` in the history when this is a base-branch run; warnings when that failed. */
  record(): Promise<Warning[]>;
}

/**
 * One suite: load the base branch's history, analyze, and offer to record the run. Once saved, the
 * history goes to `onSaved` (default: this suite's dashboard).
 */
export async function compareRun(
  deps: Deps,
  config: Config,
  ctx: RunContext,
  current: Run,
  baselineRun: Run | undefined,
  onSaved?: (history: History) => Promise<Warning[]>,
): Promise<Compared> {
  const { core, env } = deps;
  const log = (m: string): void => core.info(m);
  const storeEnv: StoreEnv = {
    config,
    ctx,
    env,
    baseBranch: baseBranchOf(ctx, config.baseBranch),
    log,
    runnerOs: current.runner?.os,
    artifacts: artifactListing(deps.github, { apiUrl: ctx.apiUrl, log }),
    onSaved: onSaved ?? ((h) => publishDashboard({ config, ctx, env, cwd: deps.cwd, log }, h)),
  };
  const store = await deps.openStore(storeEnv);
  const baseline = await loadBaseline(store, storeEnv, current.runner);
  const { history, warnings } = baseline;

  const verdict = analyze(
    analyzeInput(
      config,
      current,
      { baselineRun, history },
      `${deps.seed}${config.suite}:${baselineRun?.commit ?? history?.runs.at(-1)?.commit ?? ''}:${current.commit}`,
    ),
  );
  verdict.warnings.push(...warnings);
  return { verdict, history, record: () => recordRun(store, storeEnv, baseline, current) };
}
