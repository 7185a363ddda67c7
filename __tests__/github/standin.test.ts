/**
 * The GitHub stand-in holds itself to GitHub's OpenAPI description: requests the real API would refuse
 * are refused, and its own answers match the documented schemas (so the action is tested against
 * GitHub's shapes, not the stand-in's).
 */
import { startGitHub, type GitHubStandin } from '../../test-support/github/index.js';

let gh: GitHubStandin;
beforeEach(async () => {
  gh = await startGitHub();
});
afterEach(async () => {
  await gh.close();
});

const repo = '/repos/octo-org/octo-repo';
async function call(method: string, path: string, body?: unknown, token = 'ghs_write') {
  const r = await fetch(`${gh.url}${path}`, {
    method,
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await r.text();
  return { status: r.status, body: text ? JSON.parse(text) : undefined, headers: r.headers };
}

test('every route answers with documented shapes', async () => {
  gh.state.pulls.push({
    number: 7,
    state: 'open',
    headSha: 'c'.repeat(40),
    headRef: 'feature',
    headRepository: 'someone/octo-repo',
    baseRef: 'main',
    baseSha: 'b'.repeat(40),
  });
  gh.state.workflowRuns.push({
    id: 55,
    event: 'pull_request',
    headBranch: 'feature',
    headSha: 'c'.repeat(40),
    headRepository: 'someone/octo-repo',
    status: 'completed',
    conclusion: 'success',
    pullRequests: [7],
    workflowId: 3,
    createdAt: '2026-11-21T12:00:00Z',
  });
  const made = await call('POST', `${repo}/issues/7/comments`, { body: 'hello' });
  expect(made.status).toBe(201);
  expect((await call('PATCH', `${repo}/issues/comments/${made.body.id}`, { body: 'edited' })).status).toBe(
    200,
  );
  expect((await call('GET', `${repo}/issues/7/comments?per_page=100`)).body).toHaveLength(1);
  const check = await call('POST', `${repo}/check-runs`, {
    name: 'benchgate (go)',
    head_sha: 'c'.repeat(40),
    status: 'completed',
    conclusion: 'failure',
    output: { title: 'FAIL', summary: 'one regression' },
  });
  expect(check.status).toBe(201);
  expect((await call('PATCH', `${repo}/check-runs/${check.body.id}`, { conclusion: 'success' })).status).toBe(
    200,
  );
  expect(
    (
      await call('POST', `${repo}/statuses/${'c'.repeat(40)}`, {
        state: 'failure',
        context: 'benchgate (go)',
      })
    ).status,
  ).toBe(201);
  const issue = await call('POST', `${repo}/issues`, {
    title: 'regression',
    body: 'x',
    labels: ['benchgate'],
  });
  expect(issue.status).toBe(201);
  expect((await call('PATCH', `${repo}/issues/${issue.body.number}`, { state: 'closed' })).status).toBe(200);
  expect((await call('GET', `${repo}/issues?state=all&labels=benchgate&per_page=100`)).body).toHaveLength(1);
  expect((await call('GET', `${repo}/actions/runs/55`)).body.pull_requests).toHaveLength(1);
  expect((await call('GET', `${repo}/actions/runs?branch=feature&event=pull_request`)).body.total_count).toBe(
    1,
  );
  expect((await call('GET', `${repo}/pulls/7`)).body.head.sha).toBe('c'.repeat(40));
  expect((await call('GET', `${repo}/commits/${'c'.repeat(40)}/pulls`)).body).toHaveLength(1);
  expect(gh.state.violations).toEqual([]);
});

test('a comment without a body is refused with 422, as GitHub refuses it', async () => {
  const r = await call('POST', `${repo}/issues/7/comments`, { text: 'no body' });
  expect(r.status).toBe(422);
  expect(gh.state.comments).toHaveLength(0);
  expect(gh.state.violations[0].problems.join()).toMatch(/body/);
});

test('a check run summary longer than 65,535 characters is refused', async () => {
  const r = await call('POST', `${repo}/check-runs`, {
    name: 'benchgate (go)',
    head_sha: 'c'.repeat(40),
    output: { title: 't', summary: 'x'.repeat(70000) },
  });
  expect(r.status).toBe(422);
  expect(gh.state.checkRuns).toHaveLength(0);
});

test('a commit status with an unknown state, or per_page above 100, is refused', async () => {
  expect((await call('POST', `${repo}/statuses/${'c'.repeat(40)}`, { state: 'broken' })).status).toBe(422);
  expect((await call('GET', `${repo}/issues?state=sometimes`)).status).toBe(422);
});

test('a read-only token (a fork) may read but not write', async () => {
  expect((await call('GET', `${repo}/issues/7/comments`, undefined, 'ghs_read')).status).toBe(200);
  expect((await call('POST', `${repo}/issues/7/comments`, { body: 'x' }, 'ghs_read')).status).toBe(403);
});
