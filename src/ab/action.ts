/**
 * A/B mode in the action: the one call main.ts makes when `run` is set. Resolves the base commit from
 * the event, runs the engine in the workspace, and hands the verdict to the same delivery every mode
 * uses (report, publish, outputs, exit). On base-branch pushes the head side's rounds are recorded in the
 * history as today's runs are.
 */
import type { Config } from '../config/index.js';
import { ConfigError } from '../errors.js';
import { baseBranchOf, isBaseBranchRun, readEvent, type RunContext } from '../github/context.js';
import { loadBaseline, recordRun, type StoreEnv } from '../history/index.js';
import { artifactListing } from '../github/artifacts.js';
import { deliver } from '../modes/deliver.js';
import { toRun, type Deps, type RunResult } from '../modes/shared.js';
import { git, revParse } from './git.js';
import { headRun, runAbSuite } from './index.js';

const ZERO = /^0+$/;

/** The base commit the event implies: PR → merge base of head and base; push → `before`. */
export async function defaultBase(deps: Deps, ctx: RunContext): Promise<{ base: string; note?: string }> {
  const pr = ctx.pullRequest;
  if (pr?.baseSha) {
    const head = pr.headSha ?? ctx.sha;
    for (const sha of [pr.baseSha, head])
      if (!(await revParse(deps.cwd, sha)))
        await git(deps.cwd, ['fetch', '--no-tags', '--depth=50', 'origin', sha]);
    const mb = await git(deps.cwd, ['merge-base', head, pr.baseSha]);
    const sha = mb.stdout.trim();
    if (mb.code === 0 && /^[0-9a-f]{40,64}$/.test(sha)) return { base: sha };
    return {
      base: pr.baseSha,
      note: `the merge base of ${head.slice(0, 12)} and ${pr.baseSha.slice(0, 12)} is not in this shallow checkout: comparing with the base branch's tip, on which the PR's merge commit is built`,
    };
  }
  const before = readEvent(deps.env).before;
  if (ctx.eventName === 'push' && typeof before === 'string' && !ZERO.test(before)) return { base: before };
  throw new ConfigError(
    "input 'ab-base'",
    ctx.eventName === 'push'
      ? 'expected a base commit: this push created the branch (no `before`), so name one'
      : `expected a base commit for a ${ctx.eventName || 'local'} run (defaults exist for pull_request and push)`,
  );
}

export async function runAbMode(deps: Deps, config: Config, ctx: RunContext): Promise<RunResult> {
  const ab = config.ab!;
  if (config.outputFiles.length > 1)
    throw new ConfigError(
      "input 'output-file'",
      'expected one output file (relative to each tree) in A/B mode',
    );
  const chosen = ab.base ? { base: ab.base } : await defaultBase(deps, ctx);
  if (chosen.note) deps.core.info(`benchgate: ${chosen.note}`);
  const result = await runAbSuite(
    config,
    { ...ab, base: chosen.base, outputFile: config.outputFiles[0] },
    { headDir: deps.cwd, env: deps.env, log: (m) => deps.core.info(m) },
  );
  const verdict = result.verdict;
  if (chosen.note) verdict.warnings.push({ kind: 'config', message: `A/B: ${chosen.note}.` });

  const baseBranch = baseBranchOf(ctx, config.baseBranch);
  const runner = deps.runner();
  const storeEnv: StoreEnv = {
    config,
    ctx,
    env: deps.env,
    baseBranch,
    log: (m: string) => deps.core.info(m),
    runnerOs: runner.os,
    artifacts: artifactListing(deps.github, { apiUrl: ctx.apiUrl, log: (m) => deps.core.info(m) }),
  };
  const onBaseBranch = isBaseBranchRun(ctx, baseBranch);
  const store = onBaseBranch ? await deps.openStore(storeEnv) : undefined;
  const baseline = store ? await loadBaseline(store, storeEnv, runner) : undefined;
  const current = toRun(deps, config, ctx, [], 'ab', result.details.headCommit ?? ctx.sha);
  return deliver(deps, config, ctx, {
    key: config.suite,
    suites: [{ verdict, history: baseline?.history, runner }],
    onBaseBranch,
    afterPublish: baseline
      ? () => recordRun(store, storeEnv, baseline, { ...headRun(result, current), tool: config.format })
      : undefined,
  });
}
