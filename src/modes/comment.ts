/**
 * `mode: comment`, in a workflow triggered by `workflow_run` (base-branch code, a write token): reads
 * the results a pull request's workflow collected — a fork's, possibly — and comments on that PR.
 *
 * The artifact is untrusted data. It is never executed; it is size-capped and schema-validated; every
 * string in it is escaped again by the report; its comparison inputs are ignored (this workflow's
 * inputs and config decide); and its PR number is believed only after GitHub confirms that the PR's head
 * commit and repository are the triggering run's. The baseline is this repository's own history of the
 * PR's base branch.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import type { Config } from '../config/index.js';
import { INPUTS } from '../config/inputs.js';
import { ConfigError } from '../errors.js';
import type { RunContext, Warning } from '../model.js';
import { errorText } from '../errors.js';
import { verifyPullRequest } from '../github/pulls.js';
import type { SuiteReport } from '../report/index.js';
import { compareRun, type Deps, type RunResult } from './shared.js';
import { deliver } from './deliver.js';
import { readCollected, type Collected } from './payload.js';
import type { FindBy } from './transfer.js';

async function nothingToDo(deps: Deps, config: Config, why: string): Promise<RunResult> {
  deps.core.info(`benchgate: ${why}`);
  if (config.summary) {
    try {
      await deps.core.summary.addRaw(`benchgate ▸ no report: ${why}\n`, true).write();
    } catch (e) {
      deps.core.info(`benchgate: job summary not written: ${errorText(e)}`);
    }
  }
  return { exitCode: 0 };
}

export async function runComment(deps: Deps, config: Config, ctx: RunContext): Promise<RunResult> {
  const { core } = deps;
  const transfer = deps.transfer();
  const runId = Number(config.workflowRunId || ctx.workflowRun?.id || NaN);
  if (!Number.isSafeInteger(runId) || runId <= 0)
    throw new ConfigError(
      `input '${INPUTS.workflowRunId}'`,
      'expected the id of the workflow run whose results to report (set it, or trigger this workflow with `on: workflow_run`)',
    );
  if (!ctx.repository) throw new ConfigError('GITHUB_REPOSITORY', 'expected owner/repo');
  if (!config.token)
    throw new ConfigError(
      `input '${INPUTS.githubToken}'`,
      'expected a token that may read actions and write pull requests',
    );
  // The event payload comes from GitHub, not from the PR: a run of another event has no PR to comment on.
  if (ctx.workflowRun && !config.workflowRunId && ctx.workflowRun.event !== 'pull_request')
    return nothingToDo(
      deps,
      config,
      `workflow run ${runId} was a ${ctx.workflowRun.event} run, not a pull request's`,
    );

  const findBy: FindBy = {
    token: config.token,
    workflowRunId: runId,
    repositoryOwner: ctx.repository.owner,
    repositoryName: ctx.repository.repo,
  };
  const found = await transfer.list(findBy);
  if (found.length === 0)
    return nothingToDo(deps, config, `workflow run ${runId} uploaded no benchgate-results-* artifact`);

  const collected: Collected[] = [];
  const problems: Warning[] = [];
  // Artifact names are never path components: each download gets a folder of a random name in here.
  const scratch = path.join(deps.env.RUNNER_TEMP || os.tmpdir(), `benchgate-comment-${runId}`);
  for (const a of found) {
    try {
      const checked = readCollected(await transfer.read(a, scratch, findBy), a.name);
      if (checked.ok) collected.push(checked.value);
      else problems.push({ kind: 'publish', message: `Artifact ${checked.reason}; ignored.` });
    } catch (e) {
      problems.push({ kind: 'publish', message: `Artifact ${a.name} not read: ${errorText(e)}.` });
    }
  }
  for (const p of problems) core.warning(`benchgate: ${p.message}`);
  if (collected.length === 0)
    return nothingToDo(deps, config, `no usable collected results in workflow run ${runId}`);

  const claimed = new Set(collected.map((c) => c.pullRequest?.number));
  if (claimed.size !== 1 || claimed.has(undefined))
    return nothingToDo(deps, config, `the collected results of run ${runId} do not name one pull request`);
  const number = [...claimed][0] as number;
  const gh = await deps.github({ token: config.token, apiUrl: ctx.apiUrl, log: (m) => core.info(m) });
  const verified = await verifyPullRequest(gh, { ...ctx.repository, runId, claimed: number });
  if (!verified.ok) {
    core.warning(`benchgate: not commenting: ${verified.reason}.`);
    return nothingToDo(deps, config, verified.reason);
  }
  const pull = verified.pull;
  // From here on the PR's facts come from GitHub: head, base and fork-ness.
  const prCtx: RunContext = {
    ...ctx,
    sha: pull.headSha,
    pullRequest: {
      number: pull.number,
      baseRef: pull.baseRef,
      baseSha: pull.baseSha,
      headSha: pull.headSha,
      fork: pull.fork,
    },
  };

  const suites: SuiteReport[] = [];
  for (const c of collected) {
    const suiteConfig: Config = { ...config, suite: c.suite };
    core.info(
      `benchgate: comparing suite ${c.suite} (${c.current.series.length} series) for pull request #${pull.number}`,
    );
    const compared = await compareRun(deps, suiteConfig, prCtx, c.current, c.baseline);
    suites.push({ verdict: compared.verdict, history: compared.history, runner: c.current.runner });
  }
  return deliver(deps, config, prCtx, {
    key: config.suite,
    suites,
    pull: { number: pull.number, headSha: pull.headSha },
    onBaseBranch: false,
  });
}
