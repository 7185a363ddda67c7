/**
 * The committed dist/index.js in a child process under Node 24, with a runner's environment, against a
 * GitHub REST stand-in on 127.0.0.1.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pullRequestEvent, pushEvent, runAction } from '../../test-support/action.js';
import { GO_OUTPUT, slower } from '../../test-support/go-output.js';
import { startGitHub, type GitHubStandin } from '../../test-support/github/index.js';

let gh: GitHubStandin;
let workspace: string;
const base = GO_OUTPUT;
const slow = slower(base, 1.5);

beforeEach(async () => {
  gh = await startGitHub();
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'benchgate-e2e-'));
  fs.writeFileSync(path.join(workspace, 'base.txt'), base);
  fs.writeFileSync(path.join(workspace, 'slow.txt'), slow);
});
afterEach(async () => {
  // Every request the action made matched GitHub's OpenAPI description (and so did every answer).
  expect(gh.state.violations).toEqual([]);
  await gh.close();
  fs.rmSync(workspace, { recursive: true, force: true });
});

// A history of one run compares with the assumed run-to-run noise: 3%, as these tests were written for.
const inputs = {
  'output-file': 'base.txt',
  store: 'file',
  'github-token': 'ghs_write',
  suite: 'go',
  'runner-noise': '3%',
};
const prEnv = (): Record<string, string> => ({
  GITHUB_API_URL: gh.url,
  GITHUB_REF: 'refs/pull/7/merge',
  GITHUB_HEAD_REF: 'feature',
  GITHUB_BASE_REF: 'main',
});

async function seed(): Promise<void> {
  const r = await runAction({
    workspace,
    inputs,
    eventName: 'push',
    event: pushEvent(),
    env: { GITHUB_API_URL: gh.url },
  });
  expect(r.exitCode).toBe(0);
}

test('a push records history; a regressed PR fails with one comment, a summary, annotations and outputs', async () => {
  await seed();
  const r = await runAction({
    workspace,
    inputs: { ...inputs, 'output-file': 'slow.txt' },
    eventName: 'pull_request',
    event: pullRequestEvent(7),
    env: prEnv(),
  });
  expect(r.exitCode).toBe(1);
  expect(r.outputs.verdict).toBe('fail');
  expect(r.outputs.regressions).toBe('1');
  expect(gh.state.comments).toHaveLength(1);
  expect(gh.state.comments[0].body).toContain('<!-- benchgate:go -->');
  expect(gh.state.comments[0].body).toContain('BenchmarkFib20-2');
  expect(r.outputs['comment-url']).toContain('#issuecomment-');
  expect(r.summary).toContain('FAIL');
  expect(r.annotations.some((a) => a.level === 'error' && a.message.includes('BenchmarkFib20-2'))).toBe(true);
  expect(r.outputs['report-json']).toMatch(/benchgate-go\.json$/);
});

test('a second PR run edits the same comment', async () => {
  await seed();
  const pr = { workspace, eventName: 'pull_request', event: pullRequestEvent(7), env: prEnv() };
  await runAction({ ...pr, inputs: { ...inputs, 'output-file': 'slow.txt' } });
  const again = await runAction({ ...pr, inputs });
  expect(again.exitCode).toBe(0);
  expect(gh.state.comments).toHaveLength(1);
  expect(gh.state.comments[0].body).toContain('PASS');
});

test('a fork PR whose token may not comment keeps the verdict and the summary', async () => {
  await seed();
  const r = await runAction({
    workspace,
    inputs: { ...inputs, 'output-file': 'slow.txt', 'github-token': 'ghs_read' },
    eventName: 'pull_request',
    event: pullRequestEvent(7, { headRepo: 'someone/octo-repo' }),
    env: prEnv(),
  });
  expect(gh.state.comments).toHaveLength(0);
  expect(r.outputs.verdict).toBe('fail');
  expect(r.exitCode).toBe(1);
  expect(r.summary).toContain('FAIL');
  expect(
    r.annotations.some((a) => a.level === 'warning' && a.message.includes('PR comment not posted')),
  ).toBe(true);
});

test('bad input fails the step with one line and no stack trace', async () => {
  fs.writeFileSync(path.join(workspace, 'empty.txt'), '');
  const r = await runAction({
    workspace,
    inputs: { ...inputs, 'output-file': 'empty.txt' },
    eventName: 'push',
    event: pushEvent(),
    env: { GITHUB_API_URL: gh.url },
  });
  expect(r.exitCode).toBe(1);
  expect(r.annotations).toContainEqual({
    level: 'error',
    message: 'benchgate: empty.txt:1: expected benchmark output, the file is empty',
  });
  expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
});
