/**
 * The steps the report tests run — a PR run and a base-branch push of the Go suite — for any way of
 * running the action: `runAction` (dist/ in a child process) or `runInProcess` (src/ in this process).
 */
import type { GitHubStandin } from './github/index.js';
import { pullRequestEvent, pushEvent, type ActionRunOptions, type ActionRunResult } from './runner-env.js';

export type StepRunner = (o: ActionRunOptions) => Promise<ActionRunResult>;

export function steps(run: StepRunner) {
  return {
    /** A pull_request run of PR #7 comparing `output` with `base.txt` in the same job. */
    runPr(
      gh: GitHubStandin,
      workspace: string,
      inputs: Record<string, string>,
      opts: { fork?: boolean; env?: Record<string, string | undefined> } = {},
    ): Promise<ActionRunResult> {
      return run({
        workspace,
        inputs: {
          'output-file': 'slow.txt',
          'baseline-output': 'base.txt',
          store: 'none',
          suite: 'go',
          'github-token': 'ghs_write',
          ...inputs,
        },
        eventName: 'pull_request',
        event: pullRequestEvent(7, opts.fork ? { headRepo: 'someone/octo-repo' } : {}),
        env: {
          GITHUB_API_URL: gh.url,
          GITHUB_REF: 'refs/pull/7/merge',
          GITHUB_HEAD_REF: 'feature',
          GITHUB_BASE_REF: 'main',
          ...opts.env,
        },
      });
    },

    /** A push to main comparing `output` with `base.txt` in the same job. */
    runPush(
      gh: GitHubStandin,
      workspace: string,
      inputs: Record<string, string>,
      sha: string,
    ): Promise<ActionRunResult> {
      return run({
        workspace,
        inputs: {
          'baseline-output': 'base.txt',
          store: 'none',
          suite: 'go',
          'github-token': 'ghs_write',
          ...inputs,
        },
        eventName: 'push',
        event: pushEvent('main', sha),
        env: { GITHUB_API_URL: gh.url, GITHUB_SHA: sha },
      });
    },
  };
}
