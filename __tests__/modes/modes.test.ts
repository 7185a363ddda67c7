/**
 * Every mode in-process (src/modes/*), with the real @actions/artifact, @actions/cache and Octokit
 * clients against the results-service and GitHub stand-ins: collect uploads, report merges a matrix
 * into one comment, comment (a workflow_run workflow) reports a fork's results after GitHub confirms
 * the PR, and run records the history in the Actions cache.
 */
import * as fs from 'node:fs';
import { pullRequestEvent, pushEvent } from '../../test-support/runner-env.js';
import { runInProcess } from '../../test-support/inprocess.js';
import { startGitHub, type GitHubStandin } from '../../test-support/github/index.js';
import { startResults, type ResultsStandin } from '../../test-support/results/index.js';
import { GO_OUTPUT as BASE, slower } from '../../test-support/go-output.js';
import { makeWorkspace } from '../../test-support/workspace.js';

const HEAD_SHA = 'c'.repeat(40);
const FORK = 'someone/octo-repo';

let gh: GitHubStandin;
let results: ResultsStandin;
let workspace: string;

// @actions/artifact downloads through @actions/github, whose default API URL is read once, when it is
// first imported: one GitHub stand-in serves the whole file, its state emptied before each test.
beforeAll(async () => {
  gh = await startGitHub();
});
afterAll(() => gh.close());

beforeEach(async () => {
  results = await startResults();
  gh.useArtifacts(results.state);
  for (const list of [gh.state.comments, gh.state.checkRuns, gh.state.pulls, gh.state.workflowRuns])
    list.length = 0;
  workspace = makeWorkspace({ 'base.txt': BASE, 'slow.txt': slower(BASE, 1.5) });
});
afterEach(async () => {
  expect(gh.state.violations).toEqual([]);
  await results.close();
  fs.rmSync(workspace, { recursive: true, force: true });
});

function prRunEnv(runId: number, fork = false): Record<string, string | undefined> {
  return {
    ...results.runtimeEnv({
      runId,
      ref: 'refs/pull/7/merge',
      event: 'pull_request',
      headSha: HEAD_SHA,
      fork,
    }),
    GITHUB_API_URL: gh.url,
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_HEAD_REF: 'feature',
    GITHUB_BASE_REF: 'main',
  };
}

function collect(suite: string, output: string, runId: number, fork = false) {
  return runInProcess({
    workspace,
    inputs: {
      mode: 'collect',
      'output-file': output,
      'baseline-output': 'base.txt',
      'runner-noise': '2%', // one run per side on a runner declared quiet (docs/statistics.md)
      suite,
      'github-token': fork ? 'ghs_read' : 'ghs_write',
    },
    eventName: 'pull_request',
    event: pullRequestEvent(7, fork ? { headRepo: FORK } : {}),
    env: prRunEnv(runId, fork),
  });
}

test('collect uploads the results as an artifact and reports nothing itself', async () => {
  const r = await collect('linux', 'slow.txt', 400);
  expect(r.exitCode).toBe(0);
  expect(r.outputs.verdict).toBe('');
  expect(r.summary).toContain('as artifact `benchgate-results-linux`');
  expect(results.state.liveArtifacts().map((a) => a.name)).toEqual(['benchgate-results-linux']);
  expect(gh.state.comments).toHaveLength(0);
});

test('report merges a matrix of collect jobs into one comment and one check', async () => {
  for (const [suite, output] of [
    ['linux', 'base.txt'],
    ['macos', 'slow.txt'],
  ])
    expect((await collect(suite, output, 500)).exitCode).toBe(0);
  const r = await runInProcess({
    workspace,
    inputs: {
      mode: 'report',
      suite: 'bench',
      store: 'none',
      'github-token': 'ghs_write',
      check: 'true',
      'runner-noise': '2%', // one run per side on a runner declared quiet (docs/statistics.md)
    },
    eventName: 'pull_request',
    event: pullRequestEvent(7),
    env: prRunEnv(500),
  });
  expect(r.exitCode).toBe(1);
  expect(r.outputs['report-json'].split('\n')).toHaveLength(2);
  expect(gh.state.comments).toHaveLength(1);
  expect(gh.state.comments[0].body).toMatch(
    /^<!-- benchgate:bench -->\n### ❌ benchgate ▸ FAIL — 2 suites: 1 regression/,
  );
  expect(gh.state.checkRuns).toEqual([
    expect.objectContaining({ name: 'benchgate (bench)', conclusion: 'failure' }),
  ]);
});

test("comment mode reports a fork's collected results on the PR GitHub confirms", async () => {
  expect((await collect('go', 'slow.txt', 600, true)).exitCode).toBe(0);
  gh.state.pulls.push({
    number: 7,
    state: 'open',
    headSha: HEAD_SHA,
    headRef: 'feature',
    headRepository: FORK,
    baseRef: 'main',
    baseSha: 'b'.repeat(40),
  });
  gh.state.workflowRuns.push({
    id: 600,
    event: 'pull_request',
    headBranch: 'feature',
    headSha: HEAD_SHA,
    headRepository: FORK,
    status: 'completed',
    conclusion: 'success',
    pullRequests: [],
    workflowId: 1,
    createdAt: gh.state.now(),
  });
  const r = await runInProcess({
    workspace,
    inputs: { mode: 'comment', store: 'none', 'github-token': 'ghs_write', 'runner-noise': '2%' },
    eventName: 'workflow_run',
    event: {
      action: 'completed',
      workflow_run: {
        id: 600,
        event: 'pull_request',
        head_branch: 'feature',
        head_sha: HEAD_SHA,
        head_repository: { full_name: FORK },
        pull_requests: [],
      },
      repository: { full_name: 'octo-org/octo-repo', default_branch: 'main' },
    },
    env: {
      ...results.runtimeEnv({ runId: 601, ref: 'refs/heads/main', event: 'workflow_run' }),
      GITHUB_API_URL: gh.url,
    },
  });
  expect(r.exitCode).toBe(1);
  expect(gh.state.comments.map((c) => c.issueNumber)).toEqual([7]);
  expect(gh.state.comments[0].body).toMatch(
    /^<!-- benchgate:default -->\n### ❌ benchgate ▸ FAIL — 1 regression/,
  );
});

test('run mode records base-branch pushes in the Actions cache and compares a PR with them', async () => {
  for (const [n, runId] of [
    [1, 300],
    [2, 301],
  ] as const) {
    const commit = String(n).repeat(40);
    const pushed = await runInProcess({
      workspace,
      inputs: { 'output-file': 'base.txt', suite: 'go', store: 'cache' },
      eventName: 'push',
      event: pushEvent('main', commit),
      env: { ...results.runtimeEnv({ runId, ref: 'refs/heads/main' }), GITHUB_SHA: commit },
    });
    expect(pushed.exitCode).toBe(0);
  }
  expect(results.state.cacheKeys('refs/heads/main')).toHaveLength(2);
  const r = await runInProcess({
    workspace,
    inputs: {
      'output-file': 'slow.txt',
      suite: 'go',
      store: 'cache',
      'github-token': 'ghs_write',
      'runner-noise': '3%', // a one-run history on a runner declared quiet (docs/statistics.md)
    },
    eventName: 'pull_request',
    event: pullRequestEvent(7),
    env: prRunEnv(302),
  });
  expect(r.outputs.verdict).toBe('fail');
  expect(gh.state.comments[0].body).toContain('mode history: 2 runs of `main`');
  // A PR run only reads.
  expect(results.state.cacheKeys('refs/heads/main')).toHaveLength(2);
});
