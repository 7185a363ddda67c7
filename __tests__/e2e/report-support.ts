/** Shared setup of the report end-to-end tests: a workspace with Go results, and PR/push runs of dist/. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pullRequestEvent, pushEvent, runAction, type ActionRunResult } from '../../test-support/action.js';
import type { GitHubStandin } from '../../test-support/github/index.js';

import { GO_OUTPUT as BASE, slower } from '../../test-support/go-output.js';

export { BASE, slower };

export function makeWorkspace(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'benchgate-report-e2e-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

export const HEAD_SHA = 'c'.repeat(40);

/** A pull_request run of PR #7 comparing `output` with `base.txt` in the same job. */
export function runPr(
  gh: GitHubStandin,
  workspace: string,
  inputs: Record<string, string>,
  opts: { fork?: boolean; env?: Record<string, string | undefined> } = {},
): Promise<ActionRunResult> {
  return runAction({
    workspace,
    inputs: {
      'output-file': 'slow.txt',
      'baseline-output': 'base.txt',
      'runner-noise': '2%', // one run per side on a runner declared quiet (docs/statistics.md)
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
}

/** A push to main comparing `output` with `base.txt` in the same job. */
export function runPush(
  gh: GitHubStandin,
  workspace: string,
  inputs: Record<string, string>,
  sha: string,
): Promise<ActionRunResult> {
  return runAction({
    workspace,
    inputs: {
      'baseline-output': 'base.txt',
      'runner-noise': '2%', // one run per side on a runner declared quiet (docs/statistics.md)
      store: 'none',
      suite: 'go',
      'github-token': 'ghs_write',
      ...inputs,
    },
    eventName: 'push',
    event: pushEvent('main', sha),
    env: { GITHUB_API_URL: gh.url, GITHUB_SHA: sha },
  });
}
