/**
 * Publishing, against the stateful GitHub stand-in, which checks every request against GitHub's
 * OpenAPI description: the PR comment, the summary, annotations, the check run or commit status and the
 * regression issue. Run twice: on dist/ in a child process (__tests__/e2e/report-publish.test.ts) and on
 * src/ in-process (__tests__/github/publish.test.ts).
 */
import * as fs from 'node:fs';
import { startGitHub, type GitHubStandin } from '../github/index.js';
import { GO_OUTPUT as BASE, slower } from '../go-output.js';
import { makeWorkspace } from '../workspace.js';
import { steps, type StepRunner } from '../steps.js';

const HEAD_SHA = 'c'.repeat(40);

export function publishCases(runner: StepRunner): void {
  const { runPr, runPush } = steps(runner);
  let gh: GitHubStandin;
  let workspace: string;

  beforeEach(async () => {
    gh = await startGitHub();
    workspace = makeWorkspace({ 'base.txt': BASE, 'slow.txt': slower(BASE, 1.5), 'same.txt': BASE });
  });
  afterEach(async () => {
    // Nothing the action sent (and nothing the stand-in answered) strayed from GitHub's description.
    expect(gh.state.violations).toEqual([]);
    await gh.close();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  test('the first PR run creates the comment and the second edits it: exactly one comment', async () => {
    const first = await runPr(gh, workspace, {});
    expect(first.exitCode).toBe(1);
    expect(gh.state.comments).toHaveLength(1);
    const id = gh.state.comments[0].id;
    expect(gh.state.comments[0].body).toMatch(
      /^<!-- benchgate:go -->\n### ❌ benchgate ▸ FAIL — 1 regression/,
    );

    const second = await runPr(gh, workspace, { 'output-file': 'same.txt' });
    expect(second.exitCode).toBe(0);
    expect(gh.state.comments).toHaveLength(1);
    expect(gh.state.comments[0].id).toBe(id);
    expect(gh.state.comments[0].body).toContain('### ✅ benchgate ▸ PASS');
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url']);
  });

  test('a long PR thread is searched page by page, so the comment is still found and edited', async () => {
    for (let i = 0; i < 250; i++)
      gh.state.comments.push({
        id: gh.state.id(),
        issueNumber: 7,
        body: `chatter ${i}`,
        user: { login: 'octocat' },
        createdAt: gh.state.now(),
        updatedAt: gh.state.now(),
      });
    await runPr(gh, workspace, {});
    for (let i = 0; i < 150; i++)
      gh.state.comments.push({
        id: gh.state.id(),
        issueNumber: 7,
        body: `more chatter ${i}`,
        user: { login: 'octocat' },
        createdAt: gh.state.now(),
        updatedAt: gh.state.now(),
      });
    await runPr(gh, workspace, { 'output-file': 'same.txt' });
    expect(gh.state.comments.filter((c) => c.body.includes('<!-- benchgate:go -->'))).toHaveLength(1);
    expect(gh.router.log.filter((r) => r.method === 'GET' && r.path.includes('page=3'))).not.toHaveLength(0);
  });

  test('comment: on-change creates no comment for an unchanged PR, but keeps an existing one current', async () => {
    const quiet = await runPr(gh, workspace, { 'output-file': 'same.txt', comment: 'on-change' });
    expect(quiet.exitCode).toBe(0);
    expect(gh.state.comments).toHaveLength(0);
    expect(quiet.summary).toContain('benchgate ▸ PASS');

    await runPr(gh, workspace, { comment: 'on-change' });
    expect(gh.state.comments).toHaveLength(1);
    await runPr(gh, workspace, { 'output-file': 'same.txt', comment: 'on-change' });
    expect(gh.state.comments).toHaveLength(1);
    expect(gh.state.comments[0].body).toContain('PASS');
  });

  test('comment: never posts nothing but still writes the summary and sets the verdict', async () => {
    const r = await runPr(gh, workspace, { comment: 'never' });
    expect(gh.state.comments).toHaveLength(0);
    expect(r.outputs.verdict).toBe('fail');
    expect(r.summary).toContain('benchgate ▸ FAIL');
    expect(gh.router.log).toHaveLength(0);
  });

  test("a fork's read-only token: the comment is refused, the summary and the verdict stay", async () => {
    const r = await runPr(gh, workspace, { 'github-token': 'ghs_read' }, { fork: true });
    expect(gh.state.comments).toHaveLength(0);
    expect(r.exitCode).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    expect(r.summary).toContain('benchgate ▸ FAIL');
    expect(r.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringContaining('PR comment not posted'),
      }),
    );
    expect(r.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: expect.stringContaining('BenchmarkFib20-2 (time)'),
      }),
    );
  });

  test('a failed API call never turns a pass into a fail', async () => {
    gh.router.before = () => ({ status: 500, body: { message: 'Server Error' } });
    const r = await runPr(gh, workspace, { 'output-file': 'same.txt', 'fail-on': 'fail' });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    expect(r.summary).toContain('PASS');
    expect(r.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringContaining('PR comment not posted'),
      }),
    );
  }, 60000);

  test('a 5xx answer is retried, and the comment is posted', async () => {
    let failures = 0;
    gh.router.before = () => (failures++ < 1 ? { status: 502, body: { message: 'Bad Gateway' } } : undefined);
    const r = await runPr(gh, workspace, {});
    expect(gh.state.comments).toHaveLength(1);
    expect(r.outputs['comment-url']).toContain('#issuecomment-');
    const [bad, retry] = gh.router.log;
    expect(bad.status).toBe(502);
    expect(retry.path).toBe(bad.path);
    expect(retry.status).toBe(200);
  });

  test('a rate-limit answer is waited out until its reset, then the comment is posted', async () => {
    let limited = false;
    gh.router.before = () => {
      if (limited) return undefined;
      limited = true;
      return {
        status: 403,
        headers: {
          'x-ratelimit-limit': '5000',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 1),
        },
        body: {
          message: 'API rate limit exceeded for installation.',
          documentation_url: 'https://docs.github.com/rest',
        },
      };
    };
    const r = await runPr(gh, workspace, {});
    expect(gh.state.comments).toHaveLength(1);
    const [first, second] = gh.router.log;
    expect(first.status).toBe(403);
    expect(second.at - first.at).toBeGreaterThanOrEqual(900);
    expect(r.stdout).toMatch(/GitHub rate limit on GET .*; retrying in \d+s/);
  });

  test('a secondary rate limit with retry-after is respected', async () => {
    let limited = false;
    gh.router.before = (req) => {
      if (limited || req.method !== 'POST') return undefined;
      limited = true;
      return {
        status: 403,
        headers: { 'retry-after': '1' },
        body: {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        },
      };
    };
    await runPr(gh, workspace, {});
    expect(gh.state.comments).toHaveLength(1);
    const posts = gh.router.log.filter((l) => l.method === 'POST');
    expect(posts.map((p) => p.status)).toEqual([403, 201]);
    expect(posts[1].at - posts[0].at).toBeGreaterThanOrEqual(900);
  });

  test('check: true creates a check run named after the suite, concluded from the verdict', async () => {
    const r = await runPr(gh, workspace, { check: 'true' });
    expect(r.exitCode).toBe(1);
    expect(gh.state.checkRuns).toHaveLength(1);
    const c = gh.state.checkRuns[0];
    expect(c).toMatchObject({
      name: 'benchgate (go)',
      headSha: HEAD_SHA,
      status: 'completed',
      conclusion: 'failure',
    });
    expect(c.output.title).toMatch(/^benchgate ▸ FAIL — 1 regression/);
    expect(c.output.summary).toContain('BenchmarkFib20-2');
    expect(c.detailsUrl).toBe('https://github.com/octo-org/octo-repo/actions/runs/1000');

    await runPr(gh, workspace, { check: 'true', 'output-file': 'same.txt' });
    expect(gh.state.checkRuns[1]).toMatchObject({ conclusion: 'success' });
  });

  test('when checks are refused, a commit status carries the verdict', async () => {
    gh.router.before = (req) =>
      req.method === 'POST' && req.url.pathname.endsWith('/check-runs')
        ? { status: 403, body: { message: 'Resource not accessible by integration' } }
        : undefined;
    const r = await runPr(gh, workspace, { check: 'true' });
    expect(r.exitCode).toBe(1);
    expect(gh.state.checkRuns).toHaveLength(0);
    expect(gh.state.statuses).toEqual([
      expect.objectContaining({ sha: HEAD_SHA, state: 'failure', context: 'benchgate (go)' }),
    ]);
    expect(gh.state.statuses[0].description!.length).toBeLessThanOrEqual(140);
  });

  test('issue-on-regression opens one issue on a failing base-branch push, updates it, and closes it when fixed', async () => {
    const failing = await runPush(
      gh,
      workspace,
      { 'output-file': 'slow.txt', 'issue-on-regression': 'true' },
      'd'.repeat(40),
    );
    expect(failing.exitCode).toBe(1);
    expect(gh.state.issues).toHaveLength(1);
    expect(gh.state.issues[0]).toMatchObject({
      state: 'open',
      title: 'benchgate: go regressed on main',
      labels: ['benchgate'],
    });
    expect(gh.state.issues[0].body).toContain('<!-- benchgate-issue:go -->');
    expect(gh.state.issues[0].body).toContain('d'.repeat(40));

    await runPush(
      gh,
      workspace,
      { 'output-file': 'slow.txt', 'issue-on-regression': 'true' },
      'e'.repeat(40),
    );
    expect(gh.state.issues).toHaveLength(1);
    expect(gh.state.issues[0].body).toContain('e'.repeat(40));

    const fixed = await runPush(
      gh,
      workspace,
      { 'output-file': 'same.txt', 'issue-on-regression': 'true' },
      'f'.repeat(40),
    );
    expect(fixed.exitCode).toBe(0);
    expect(gh.state.issues).toHaveLength(1);
    expect(gh.state.issues[0].state).toBe('closed');
    expect(gh.state.comments.filter((c) => c.issueNumber === gh.state.issues[0].number)).toEqual([
      expect.objectContaining({ body: expect.stringContaining(`Passing again at ${'f'.repeat(40)}`) }),
    ]);
    // A pull request never touches the issue.
    await runPr(gh, workspace, { 'issue-on-regression': 'true' });
    expect(gh.state.issues).toHaveLength(1);
  });
}
