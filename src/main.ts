/**
 * The action: wires the stages in order and maps the verdict to outputs and the exit status. The only
 * module that knows the order; the one top-level catch. Every I/O dependency comes in through `deps`.
 *
 *   run:      config → parse → history.load → analyze → report → publish → history.save → exit
 *   collect:  config → parse → upload (src/modes/collect.ts)
 *   report:   config → download this run's collected results → per suite: history.load → analyze → one
 *             report → publish → history.save (src/modes/report.ts)
 *   comment:  config → download the triggering run's results → check the PR → per suite: history.load →
 *             analyze → one report → publish (src/modes/comment.ts)
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { History, Run, RunnerFingerprint, Series } from './model.js';
import { errorMessage } from './errors.js';
import { safeCore } from './log-safe.js';
import { analyzeInput, applyOverrides, loadConfig, type Config } from './config/index.js';
import { INPUTS, type InputName } from './config/inputs.js';
import { readOutputs } from './results.js';
import { analyze, type SuiteVerdict, type Warning } from './analyze/index.js';
import { readContext, baseBranchOf, isBaseBranchRun, type RunContext } from './github/context.js';
import { loadBaseline, openStore, recordRun, type StoreEnv } from './history/index.js';
import { deliver } from './modes/deliver.js';
import { publishDashboard } from './dashboard/write.js';
import { runCollect } from './modes/collect.js';
import { runReport } from './modes/report.js';
import { runComment } from './modes/comment.js';
import { runAbMode } from './ab/action.js';

/** The subset of @actions/core the action uses, so tests and the CLI can pass their own. */
export interface ActionCore {
  getInput(name: string): string;
  setOutput(name: string, value: string | number): void;
  setFailed(message: string): void;
  info(message: string): void;
  warning(message: string, props?: { title?: string }): void;
  error(message: string, props?: { title?: string }): void;
  setSecret(secret: string): void;
  summary: { addRaw(text: string, addEOL?: boolean): { write(): Promise<unknown> } };
}

export interface Deps {
  core: ActionCore;
  env: NodeJS.ProcessEnv;
  cwd: string;
  now: () => Date;
}

export interface RunResult {
  verdict?: SuiteVerdict;
  /** Every suite's verdict (report and comment modes may have several). */
  verdicts?: SuiteVerdict[];
  exitCode: 0 | 1;
}

export function runnerFingerprint(): RunnerFingerprint {
  const cpus = os.cpus();
  return {
    os: os.platform(),
    arch: os.arch(),
    cpu: cpus[0]?.model?.trim() || undefined,
    cores: cpus.length || undefined,
  };
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
  config: Config,
  ctx: RunContext,
  series: Series[],
  tool: string,
  now: Date,
  commit = ctx.sha,
): Run {
  return {
    suite: config.suite,
    tool,
    commit,
    ref: ctx.ref,
    runId: ctx.runId,
    timestamp: now.toISOString(),
    runner: runnerFingerprint(),
    series,
  };
}

/** Does this verdict fail the step under `fail-on`? */
export function failsStep(verdict: SuiteVerdict['verdict'], failOn: Config['failOn']): boolean {
  if (failOn === 'never') return false;
  if (failOn === 'warn') return verdict !== 'pass';
  return verdict === 'fail';
}

/** This run's results, and the baseline run of same-job mode, parsed from the configured files. */
export function parseRuns(deps: Deps, config: Config, ctx: RunContext): { current: Run; baselineRun?: Run } {
  const parsed = readOutputs(config.outputFiles, config.format, deps.cwd);
  deps.core.info(
    `benchgate: read ${parsed.series.length} series (${parsed.format}) from ${parsed.files.join(', ')}`,
  );
  const current = toRun(
    config,
    ctx,
    applyOverrides(config.analysis, parsed.series),
    parsed.format,
    deps.now(),
  );
  let baselineRun: Run | undefined;
  if (config.baselineOutput.length > 0) {
    const base = readOutputs(config.baselineOutput, config.format, deps.cwd);
    baselineRun = toRun(
      config,
      ctx,
      applyOverrides(config.analysis, base.series),
      base.format,
      deps.now(),
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

/** One suite: load the base branch's history, analyze, and offer to record the run. */
export async function compareRun(
  deps: Deps,
  config: Config,
  ctx: RunContext,
  current: Run,
  baselineRun: Run | undefined,
): Promise<Compared> {
  const { core, env } = deps;
  const baseBranch = baseBranchOf(ctx, config.baseBranch);
  const storeEnv: StoreEnv = {
    config,
    ctx,
    env,
    baseBranch,
    log: (m: string) => core.info(m),
    runnerOs: current.runner?.os,
    onSaved: (h) => publishDashboard({ config, ctx, env, cwd: deps.cwd, log: (m) => core.info(m) }, h),
  };
  const store = openStore(storeEnv);
  const baseline = await loadBaseline(store, storeEnv, current.runner);
  const { history, warnings } = baseline;

  const verdict = analyze(
    analyzeInput(
      config,
      current,
      { baselineRun, history },
      `${config.suite}:${baselineRun?.commit ?? history?.runs.at(-1)?.commit ?? ''}:${current.commit}`,
    ),
  );
  verdict.warnings.push(...warnings);
  return { verdict, history, record: () => recordRun(store, storeEnv, baseline, current) };
}

async function runMode(deps: Deps, config: Config, ctx: RunContext): Promise<RunResult> {
  const { current, baselineRun } = parseRuns(deps, config, ctx);
  const compared = await compareRun(deps, config, ctx, current, baselineRun);
  return deliver(deps, config, ctx, {
    key: config.suite,
    suites: [{ verdict: compared.verdict, history: compared.history, runner: current.runner }],
    onBaseBranch: isBaseBranchRun(ctx, baseBranchOf(ctx, config.baseBranch)),
    afterPublish: compared.record,
  });
}

export async function run(given: Deps): Promise<RunResult> {
  // Every log line and annotation passes through logSafe(): results and history are untrusted text.
  const deps: Deps = { ...given, core: safeCore(given.core) };
  const { core, env, cwd } = deps;
  try {
    const input = (n: InputName): string => core.getInput(n);
    const token = input(INPUTS.githubToken);
    if (token) core.setSecret(token);
    const config = loadConfig({ input, readFile: readFileOrUndefined(cwd), log: (m) => core.info(m) });
    const ctx = readContext(env);
    if (config.ab && config.mode === 'run') return await runAbMode(deps, config, ctx);
    switch (config.mode) {
      case 'collect':
        return await runCollect(deps, config, ctx, input);
      case 'report':
        return await runReport(deps, config, ctx, input);
      case 'comment':
        return await runComment(deps, config, ctx);
      default:
        return await runMode(deps, config, ctx);
    }
  } catch (e) {
    core.setFailed(errorMessage(e));
    return { exitCode: 1 };
  }
}
