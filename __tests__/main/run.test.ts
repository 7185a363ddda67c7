/**
 * The action in-process: run(deps) from src/main.ts with the real @actions/core and Octokit, against
 * the GitHub REST stand-in. What a user sees — the comment, the summary, the outputs, the exit code —
 * comes from src/ as it is now, not from a bundle.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pullRequestEvent, pushEvent } from '../../test-support/runner-env.js';
import { runInProcess } from '../../test-support/inprocess.js';
import { startGitHub, type GitHubStandin } from '../../test-support/github/index.js';
import { GO_OUTPUT as BASE, slower } from '../../test-support/go-output.js';
import { makeWorkspace } from '../../test-support/workspace.js';

let gh: GitHubStandin;
let workspace: string;

beforeEach(async () => {
  gh = await startGitHub();
  workspace = makeWorkspace({ 'base.txt': BASE, 'slow.txt': slower(BASE, 1.5), 'same.txt': BASE });
});
afterEach(async () => {
  expect(gh.state.violations).toEqual([]);
  await gh.close();
  fs.rmSync(workspace, { recursive: true, force: true });
});

const prEnv = (): Record<string, string> => ({
  GITHUB_API_URL: gh.url,
  GITHUB_REF: 'refs/pull/7/merge',
  GITHUB_HEAD_REF: 'feature',
  GITHUB_BASE_REF: 'main',
});

function pr(inputs: Record<string, string>) {
  return runInProcess({
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
    event: pullRequestEvent(7),
    env: prEnv(),
  });
}

test('a regressed PR fails the step with one comment, a summary, annotations and outputs', async () => {
  const r = await pr({});
  expect(r.exitCode).toBe(1);
  expect(gh.state.comments).toHaveLength(1);
  expect(gh.state.comments[0].body).toMatch(/^<!-- benchgate:go -->\n### ❌ benchgate ▸ FAIL — 1 regression/);
  expect(r.summary).toContain('benchgate ▸ FAIL');
  expect(r.outputs).toMatchObject({ verdict: 'fail', regressions: '1', 'comment-url': expect.any(String) });
  expect(r.outputs['comment-url']).toMatch(
    /^https:\/\/github\.com\/octo-org\/octo-repo\/pull\/7#issuecomment-/,
  );
  expect(r.annotations).toContainEqual(
    expect.objectContaining({ level: 'error', message: expect.stringContaining('BenchmarkFib20-2') }),
  );
});

test('a second PR run edits the same comment, and a passing one exits 0', async () => {
  await pr({});
  const id = gh.state.comments[0].id;
  const second = await pr({ 'output-file': 'same.txt' });
  expect(second.exitCode).toBe(0);
  expect(gh.state.comments.map((c) => c.id)).toEqual([id]);
  expect(gh.state.comments[0].body).toContain('### ✅ benchgate ▸ PASS');
});

test('fail-on: never keeps the step green on a regression; the verdict output still says fail', async () => {
  const r = await pr({ 'fail-on': 'never' });
  expect(r.exitCode).toBe(0);
  expect(r.outputs.verdict).toBe('fail');
});

test("a fork's read-only token keeps the verdict and the summary and warns about the comment", async () => {
  const r = await pr({ 'github-token': 'ghs_read' });
  expect(r.exitCode).toBe(1);
  expect(gh.state.comments).toHaveLength(0);
  expect(r.summary).toContain('benchgate ▸ FAIL');
  expect(r.annotations).toContainEqual(
    expect.objectContaining({ level: 'warning', message: expect.stringContaining('PR comment not posted') }),
  );
});

test('bad input fails the step with one line naming the input', async () => {
  const r = await pr({ 'fail-on': 'sometimes' });
  expect(r.exitCode).toBe(1);
  const errors = r.annotations.filter((a) => a.level === 'error');
  expect(errors).toHaveLength(1);
  expect(errors[0].message).toMatch(/^benchgate: input 'fail-on': /);
  expect(errors[0].message).not.toMatch(/\n|at .*\.ts:\d+/);
});

test('the injected clock, seed and runner are what a base-branch push records', async () => {
  const history = path.join(workspace, 'history.json');
  const push = (n: number) =>
    runInProcess({
      workspace,
      inputs: { 'output-file': 'base.txt', store: 'file', 'history-path': history, suite: 'go' },
      eventName: 'push',
      event: pushEvent('main', String(n).repeat(40)),
      env: { GITHUB_SHA: String(n).repeat(40) },
      deps: {
        now: () => new Date(Date.UTC(2026, 0, n)),
        seed: 'fixed:',
        runner: () => ({ os: 'linux', arch: 'x64', cpu: 'Test CPU', cores: 2 }),
      },
    });
  expect((await push(1)).exitCode).toBe(0);
  expect((await push(2)).exitCode).toBe(0);
  const saved = JSON.parse(fs.readFileSync(history, 'utf8'));
  expect(saved.runs.map((r: { timestamp: string }) => r.timestamp)).toEqual([
    '2026-01-01T00:00:00.000Z',
    '2026-01-02T00:00:00.000Z',
  ]);
  expect(saved.runs[1].runner).toEqual({ os: 'linux', arch: 'x64', cpu: 'Test CPU', cores: 2 });
});

test('an internal error is one line in the log, and its stack is in the debug log', async () => {
  const r = await runInProcess({
    workspace,
    inputs: { 'output-file': 'base.txt', suite: 'go', store: 'file', 'history-path': 'h.json' },
    eventName: 'push',
    event: pushEvent('main'),
    env: { ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1' },
    deps: {
      openStore: () => {
        throw new TypeError('store exploded');
      },
    },
  });
  expect(r.exitCode).toBe(1);
  expect(r.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
    'benchgate: internal error: store exploded',
  ]);
  // The stack names the source file that threw.
  expect(r.stdout).toMatch(/::debug::TypeError: store exploded%0A\s+at .*run\.test\.ts/);
});
