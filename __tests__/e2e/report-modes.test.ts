/**
 * Forks and matrices end to end, with the real @actions/artifact client in dist/index.js against the
 * results-service and GitHub stand-ins: `collect` uploads, `report` merges a matrix into one comment,
 * and `comment` (a workflow_run workflow) reports a fork's results on its PR only after GitHub confirms
 * the PR is the one the run was for.
 */
import * as fs from 'node:fs';
import { pullRequestEvent, pushEvent, runAction, type ActionRunResult } from '../../test-support/action.js';
import { startGitHub, type GitHubStandin } from '../../test-support/github/index.js';
import { startResults, type ResultsStandin } from '../../test-support/results/index.js';
import { BASE, HEAD_SHA, makeWorkspace, slower } from './report-support.js';

let gh: GitHubStandin;
let results: ResultsStandin;
let workspace: string;

beforeEach(async () => {
  results = await startResults();
  gh = await startGitHub({ artifacts: results.state });
  workspace = makeWorkspace({ 'base.txt': BASE, 'slow.txt': slower(BASE, 1.5) });
});
afterEach(async () => {
  expect(gh.state.violations).toEqual([]);
  await gh.close();
  await results.close();
  fs.rmSync(workspace, { recursive: true, force: true });
});

const FORK = 'someone/octo-repo';

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

function collect(
  suite: string,
  output: string,
  runId: number,
  opts: { fork?: boolean; pr?: number } = {},
): Promise<ActionRunResult> {
  return runAction({
    workspace,
    inputs: {
      mode: 'collect',
      'output-file': output,
      'baseline-output': 'base.txt',
      'runner-noise': '2%', // one run per side on a runner declared quiet (docs/statistics.md)
      suite,
      'github-token': opts.fork ? 'ghs_read' : 'ghs_write',
    },
    eventName: 'pull_request',
    event: pullRequestEvent(opts.pr ?? 7, opts.fork ? { headRepo: FORK } : {}),
    env: prRunEnv(runId, opts.fork),
  });
}

test('a matrix of three collect jobs is merged by one report job into one comment', async () => {
  for (const [suite, output] of [
    ['linux', 'base.txt'],
    ['macos', 'slow.txt'],
    ['windows', 'base.txt'],
  ]) {
    const r = await collect(suite, output, 500);
    expect(r.exitCode).toBe(0);
    expect(r.summary).toContain(`as artifact \`benchgate-results-${suite}\``);
    expect(gh.state.comments).toHaveLength(0);
  }
  expect(
    results.state
      .liveArtifacts()
      .map((a) => a.name)
      .sort(),
  ).toEqual(['benchgate-results-linux', 'benchgate-results-macos', 'benchgate-results-windows']);

  const report = await runAction({
    workspace,
    inputs: {
      mode: 'report',
      suite: 'bench',
      store: 'none',
      'github-token': 'ghs_write',
      check: 'true',
      'runner-noise': '2%',
    },
    eventName: 'pull_request',
    event: pullRequestEvent(7),
    env: prRunEnv(500),
  });
  expect(report.exitCode).toBe(1);
  expect(report.outputs.verdict).toBe('fail');
  expect(report.outputs['report-json'].split('\n')).toHaveLength(3);
  expect(gh.state.comments).toHaveLength(1);
  const body = gh.state.comments[0].body;
  expect(body.split('\n')[0]).toBe('<!-- benchgate:bench -->');
  expect(body).toMatch(/### ❌ benchgate ▸ FAIL — 3 suites: 1 regression/);
  // The failing suite first, then the others in name order.
  const order = ['macos', 'linux', 'windows'].map((s) => body.indexOf(`\`${s}\` — `));
  expect(order.every((x, i) => x > 0 && (i === 0 || x > order[i - 1]))).toBe(true);
  expect(gh.state.checkRuns).toEqual([
    expect.objectContaining({ name: 'benchgate (bench)', conclusion: 'failure' }),
  ]);

  // A re-run of the report edits the same comment.
  await runAction({
    workspace,
    inputs: {
      mode: 'report',
      suite: 'bench',
      store: 'none',
      'github-token': 'ghs_write',
      'runner-noise': '2%',
    },
    eventName: 'pull_request',
    event: pullRequestEvent(7),
    env: prRunEnv(500),
  });
  expect(gh.state.comments).toHaveLength(1);
});

/** The workflow_run event a comment workflow receives after the PR workflow `runId` completed. */
function workflowRunEvent(runId: number, headRepo = FORK): Record<string, unknown> {
  return {
    action: 'completed',
    workflow_run: {
      id: runId,
      event: 'pull_request',
      head_branch: 'feature',
      head_sha: HEAD_SHA,
      head_repository: { full_name: headRepo },
      pull_requests: [],
    },
    repository: {
      full_name: 'octo-org/octo-repo',
      default_branch: 'main',
      owner: { login: 'octo-org' },
      name: 'octo-repo',
    },
  };
}

function seedPr(number: number, headSha = HEAD_SHA): void {
  gh.state.pulls.push({
    number,
    state: 'open',
    headSha,
    headRef: 'feature',
    headRepository: FORK,
    baseRef: 'main',
    baseSha: 'b'.repeat(40),
  });
}

function seedRun(id: number): void {
  // As on github.com, a fork's run lists no pull requests: the PR is checked by its head instead.
  gh.state.workflowRuns.push({
    id,
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
}

function commentRun(prRunId: number): Promise<ActionRunResult> {
  return runAction({
    workspace,
    inputs: { mode: 'comment', store: 'none', 'github-token': 'ghs_write', 'runner-noise': '2%' },
    eventName: 'workflow_run',
    event: workflowRunEvent(prRunId),
    env: {
      ...results.runtimeEnv({ runId: prRunId + 1, ref: 'refs/heads/main', event: 'workflow_run' }),
      GITHUB_API_URL: gh.url,
      GITHUB_REF: 'refs/heads/main',
    },
  });
}

test("workflow_run comment mode: a fork's collected results are compared and commented on its PR", async () => {
  const collected = await collect('go', 'slow.txt', 600, { fork: true });
  expect(collected.exitCode).toBe(0);
  expect(gh.state.comments).toHaveLength(0);
  seedPr(7);
  seedRun(600);

  const r = await commentRun(600);
  expect(r.exitCode).toBe(1);
  expect(r.outputs.verdict).toBe('fail');
  expect(gh.state.comments).toHaveLength(1);
  expect(gh.state.comments[0].issueNumber).toBe(7);
  expect(gh.state.comments[0].body).toMatch(
    /^<!-- benchgate:default -->\n### ❌ benchgate ▸ FAIL — 1 regression/,
  );
  expect(r.summary).toContain('BenchmarkFib20-2');
  // The PR's facts were checked with GitHub, not taken from the artifact.
  expect(gh.router.log.map((l) => `${l.method} ${l.path.split('?')[0]}`)).toEqual(
    expect.arrayContaining([
      'GET /repos/octo-org/octo-repo/actions/runs/600/artifacts',
      'GET /repos/octo-org/octo-repo/actions/runs/600',
      'GET /repos/octo-org/octo-repo/pulls/7',
    ]),
  );
});

test('a PR number the triggering run did not run for gets no comment', async () => {
  // The artifact claims PR #8, whose head is another commit.
  await collect('go', 'slow.txt', 700, { fork: true, pr: 8 });
  seedPr(8, 'd'.repeat(40));
  seedRun(700);
  const r = await commentRun(700);
  expect(r.exitCode).toBe(0);
  expect(gh.state.comments).toHaveLength(0);
  expect(r.annotations).toContainEqual(
    expect.objectContaining({
      level: 'warning',
      message: expect.stringContaining('pull request #8 is not the one workflow run 700 ran for'),
    }),
  );
});

test('a malformed collected artifact is ignored; a valid one beside it is still reported', async () => {
  await collect('go', 'slow.txt', 800, { fork: true });
  results.state.seedArtifact({
    name: 'benchgate-results-evil',
    files: {
      'benchgate-results.json': JSON.stringify({
        benchgateCollected: 1,
        suite: 'evil',
        event: 'pull_request',
        sha: 'x',
        ref: 'x',
        inputs: {},
        current: { series: 'rm -rf /' },
        extra: true,
      }),
    },
    run: { id: 800 },
  });
  seedPr(7);
  seedRun(800);
  const r = await commentRun(800);
  expect(gh.state.comments).toHaveLength(1);
  expect(r.annotations).toContainEqual(
    expect.objectContaining({
      level: 'warning',
      message: expect.stringContaining('benchgate-results-evil: not benchgate collected results'),
    }),
  );
});

test("comment mode compares a fork's results with the base branch's cached history, on whatever OS it runs", async () => {
  // Two pushes to main record the history in the Actions cache, on a Linux runner.
  for (const [n, runId] of [
    [1, 500],
    [2, 501],
  ] as const) {
    const commit = String(n).repeat(40);
    const pushed = await runAction({
      workspace,
      inputs: { 'output-file': 'base.txt', suite: 'go', store: 'cache', 'github-token': 'ghs_write' },
      eventName: 'push',
      event: pushEvent('main', commit),
      env: {
        ...results.runtimeEnv({ runId, ref: 'refs/heads/main' }),
        GITHUB_API_URL: gh.url,
        GITHUB_SHA: commit,
        GITHUB_REF: 'refs/heads/main',
      },
    });
    expect(pushed.exitCode).toBe(0);
  }
  expect(results.state.cacheKeys('refs/heads/main')).toHaveLength(2);

  // The fork's PR workflow collects its results with no baseline of its own: the history decides.
  const collected = await runAction({
    workspace,
    inputs: { mode: 'collect', 'output-file': 'slow.txt', suite: 'go', 'github-token': 'ghs_read' },
    eventName: 'pull_request',
    event: pullRequestEvent(7, { headRepo: FORK }),
    env: prRunEnv(600, true),
  });
  expect(collected.exitCode).toBe(0);
  seedPr(7);
  seedRun(600);

  // The comment workflow happens to run on Windows; the history it needs was saved by Linux runs.
  const r = await runAction({
    workspace,
    inputs: { mode: 'comment', store: 'cache', 'github-token': 'ghs_write', 'runner-noise': '3%' },
    eventName: 'workflow_run',
    event: workflowRunEvent(600),
    env: {
      ...results.runtimeEnv({ runId: 601, ref: 'refs/heads/main', event: 'workflow_run' }),
      GITHUB_API_URL: gh.url,
      GITHUB_REF: 'refs/heads/main',
      RUNNER_OS: 'Windows',
    },
  });
  expect(r.outputs.verdict).toBe('fail');
  expect(gh.state.comments).toHaveLength(1);
  const body = gh.state.comments[0].body;
  // A comment job's comment is keyed by its own `suite` input (here the default).
  expect(body).toMatch(/^<!-- benchgate:default -->\n### ❌ benchgate ▸ FAIL — 1 regression/);
  expect(body).toContain('mode history: 2 runs of `main`');
  // A comment job records nothing: the PR's numbers never enter the base branch's history.
  expect(results.state.cacheKeys('refs/heads/main')).toHaveLength(2);
});
