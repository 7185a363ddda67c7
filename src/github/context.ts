/**
 * What the run is: event, repository, PR, branches, commits. Read from the environment and the event
 * payload a runner provides (not from @actions/github's import-time globals), so it is testable.
 */
import * as fs from 'node:fs';
import type { RunContext } from '../model.js';

export { baseBranchOf, isBaseBranchRun, type RunContext } from '../model.js';

type Json = Record<string, unknown>;

function obj(v: unknown): Json | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined;
}
function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function readEvent(env: NodeJS.ProcessEnv): Json {
  const p = env.GITHUB_EVENT_PATH;
  if (!p) return {};
  try {
    return obj(JSON.parse(fs.readFileSync(p, 'utf8'))) ?? {};
  } catch {
    return {};
  }
}

export function readContext(env: NodeJS.ProcessEnv, event: Json = readEvent(env)): RunContext {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const repository = owner && repo ? { owner, repo } : undefined;
  const pr = obj(event.pull_request);
  const eventRepo = obj(event.repository);
  const ref = env.GITHUB_REF ?? '';
  const ctx: RunContext = {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    repository,
    sha: env.GITHUB_SHA ?? '',
    ref,
    branch:
      env.GITHUB_HEAD_REF || (ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined),
    runId: env.GITHUB_RUN_ID,
    runAttempt: env.GITHUB_RUN_ATTEMPT,
    defaultBranch: str(eventRepo?.default_branch),
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
  };
  if (pr && typeof pr.number === 'number') {
    const base = obj(pr.base);
    const head = obj(pr.head);
    const headRepo = obj(head?.repo);
    const baseRepo = obj(base?.repo);
    ctx.pullRequest = {
      number: pr.number,
      baseRef: str(base?.ref) ?? env.GITHUB_BASE_REF ?? '',
      baseSha: str(base?.sha),
      headSha: str(head?.sha),
      fork:
        headRepo !== undefined && baseRepo !== undefined
          ? str(headRepo.full_name) !== str(baseRepo.full_name)
          : false,
    };
    if (ctx.pullRequest.headSha) ctx.sha = ctx.pullRequest.headSha;
  }
  const wr = obj(event.workflow_run);
  if (wr && typeof wr.id === 'number') {
    ctx.workflowRun = {
      id: wr.id,
      event: str(wr.event) ?? '',
      headBranch: str(wr.head_branch),
      headRepositoryFullName: str(obj(wr.head_repository)?.full_name),
    };
  }
  return ctx;
}
