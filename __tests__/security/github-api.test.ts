/**
 * What benchgate does with the GitHub API when others act against it: it edits only comments and
 * issues its own token wrote, with the marker first; it never prints a token that an error answer
 * echoes; and an API that never answers delays the job by one deadline, after the outputs are written.
 * Real Octokit over HTTP against the GitHub REST stand-in on 127.0.0.1.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import { startGitHub, type GitHubStandin } from '../../test-support/github/index.js';
import { pullRequestEvent } from '../../test-support/action.js';
import { GO_OUTPUT, slower } from '../../test-support/go-output.js';
import { apiError, createClient, scrubSecrets } from '../../src/github/client.js';
import { upsertComment } from '../../src/github/comment.js';
import { issueMarker, syncIssue } from '../../src/github/issue.js';
import { marker, renderComment } from '../../src/report/index.js';
import { run } from '../../src/main.js';
import type { ActionCore } from '../../src/model.js';
import { world } from '../../src/world.js';
import { sv, suite } from '../report/builders.js';

let gh: GitHubStandin;
beforeEach(async () => {
  gh = await startGitHub();
});
afterEach(async () => {
  expect(gh.state.violations).toEqual([]);
  await gh.close();
});

const target = { owner: 'octo-org', repo: 'octo-repo', issueNumber: 7 };
const client = (token = 'ghs_write') => createClient({ token, apiUrl: gh.url, retries: 0 });
const seedComment = (login: string, body: string) => {
  const c = {
    id: gh.state.id(),
    issueNumber: 7,
    body,
    user: { login },
    createdAt: gh.state.now(),
    updatedAt: gh.state.now(),
  };
  gh.state.comments.push(c);
  return c;
};

describe('the sticky comment is ours alone', () => {
  test("an attacker's comment carrying the marker first is not edited; benchgate posts its own", async () => {
    const bait = seedComment('mallory', `${marker('go')}\nplease edit me`);
    const r = await upsertComment(await client(), target, marker('go'), `${marker('go')}\nreport`, {
      createIfAbsent: true,
    });
    expect(r.kind).toBe('created');
    expect(bait.body).toBe(`${marker('go')}\nplease edit me`);
    expect(gh.state.comments.filter((c) => c.user.login === 'github-actions[bot]')).toHaveLength(1);
  });

  test("benchgate's own earlier comment is found and edited", async () => {
    const mine = seedComment('github-actions[bot]', `${marker('go')}\nold`);
    const r = await upsertComment(await client(), target, marker('go'), `${marker('go')}\nnew`, {
      createIfAbsent: true,
    });
    expect(r).toMatchObject({ kind: 'updated', id: mine.id });
    expect(mine.body).toBe(`${marker('go')}\nnew`);
  });

  test("a benchmark name holding another suite's marker does not make that suite's comment ours", async () => {
    const hostile = suite([sv(`${marker('go')}`), sv('x <!-- benchgate:go --> y')], { suite: 'other' });
    const otherBody = renderComment(hostile);
    expect(otherBody.startsWith(marker('other'))).toBe(true);
    // The name cannot reproduce the marker in the Markdown source at all.
    expect(otherBody).not.toContain(marker('go'));
    const other = seedComment('github-actions[bot]', otherBody);
    // Even a body that did contain it further down is not taken: the marker must come first.
    const quoting = seedComment('github-actions[bot]', `${marker('third')}\nquote: ${marker('go')}`);
    const r = await upsertComment(await client(), target, marker('go'), `${marker('go')}\nreport`, {
      createIfAbsent: true,
    });
    expect(r.kind).toBe('created');
    expect(other.body).toBe(otherBody);
    expect(quoting.body).toBe(`${marker('third')}\nquote: ${marker('go')}`);
  });

  test("with a user's token, that user's comments are benchgate's, the bot's are not", async () => {
    gh.state.tokens.set('ghp_alicetoken', 'write');
    gh.state.logins.set('ghp_alicetoken', 'alice');
    const bots = seedComment('github-actions[bot]', `${marker('go')}\nbot`);
    const alices = seedComment('alice', `${marker('go')}\nalice`);
    const r = await upsertComment(
      await client('ghp_alicetoken'),
      target,
      marker('go'),
      `${marker('go')}\nnew`,
      {
        createIfAbsent: true,
      },
    );
    expect(r).toMatchObject({ kind: 'updated', id: alices.id });
    expect(bots.body).toBe(`${marker('go')}\nbot`);
  });

  test("an attacker's issue carrying the regression marker is not edited or closed", async () => {
    const bait = {
      id: gh.state.id(),
      number: 42,
      user: { login: 'mallory' },
      title: 'bait',
      body: `${issueMarker('go')}\nmine`,
      state: 'open' as const,
      labels: [],
      createdAt: gh.state.now(),
      updatedAt: gh.state.now(),
    };
    gh.state.issues.push(bait);
    const input = {
      owner: 'octo-org',
      repo: 'octo-repo',
      key: 'go',
      title: 'benchgate: go regressed',
      body: 'report',
      sha: 'a'.repeat(40),
    };
    expect((await syncIssue(await client(), { ...input, failing: false })).kind).toBe('none');
    const r = await syncIssue(await client(), { ...input, failing: true });
    expect(r.kind).toBe('created');
    expect(bait).toMatchObject({ state: 'open', title: 'bait', body: `${issueMarker('go')}\nmine` });
    // Its own issue is found again and closed when the suite passes.
    const closed = await syncIssue(await client(), { ...input, failing: false });
    expect(closed.kind).toBe('closed');
    expect(bait.state).toBe('open');
  });
});

describe('API error answers never print a token', () => {
  const jwt = 'eyJhbGciOiJub25lIn0.eyJzY3AiOiJBY3Rpb25zIn0.c2ln';
  beforeEach(() => {
    gh.router.before = (req) =>
      req.method === 'POST'
        ? {
            status: 403,
            body: {
              message: `Forbidden: Authorization: ${String(req.headers.authorization)}; also github_pat_11ABCDEFG0123456789_abcdefXYZ and ${jwt} and Bearer abc.def`,
            },
          }
        : undefined;
  });

  test('the reason says status and route, bounded, with every token-like string removed', async () => {
    const r = await upsertComment(await client(), target, marker('go'), `${marker('go')}\nreport`, {
      createIfAbsent: true,
    });
    expect(r.kind).toBe('refused');
    const reason = (r as { reason: string }).reason;
    expect(reason).toContain('HTTP 403 on POST /repos/octo-org/octo-repo/issues/7/comments');
    expect(reason).not.toContain('ghs_write');
    expect(reason).not.toContain('github_pat_');
    expect(reason).not.toContain(jwt);
    expect(reason).not.toContain('abc.def');
  });

  test('scrubSecrets() removes every kind of GitHub token, JWTs and credentials', () => {
    const text = scrubSecrets(
      [
        'ghp_abcdefghij0123',
        'gho_abcdefghij0123',
        'ghu_abcdefghij0123',
        'ghs_abcdefghij0123',
        'ghr_abcdefghij0123',
        'github_pat_11AAAA_bbbb',
        jwt,
        'Authorization: token xyz123',
        'authorization=basic Zm9vOmJhcg==',
        'Bearer qwerty',
        'https://user:pass@example.com/x',
      ].join(' | '),
    );
    for (const secret of ['abcdefghij0123', '11AAAA', jwt, 'xyz123', 'Zm9vOmJhcg', 'qwerty', 'pass@'])
      expect(text).not.toContain(secret);
  });

  test('apiError() output is one bounded line', () => {
    const e = Object.assign(new Error(`${'x'.repeat(5000)}\n::add-mask::y`), { status: 500 });
    const line = apiError(e);
    expect(line.length).toBeLessThanOrEqual(230);
    expect(line).not.toMatch(/\n/);
  });
});

describe('an API that never answers', () => {
  let silent: http.Server;
  let silentUrl: string;
  const held: http.ServerResponse[] = [];
  beforeEach(async () => {
    silent = http.createServer((_req, res) => {
      held.push(res);
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    for (const r of held.splice(0)) r.destroy();
    silent.closeAllConnections();
    await new Promise((resolve) => silent.close(resolve));
  });

  test('a call ends at its deadline, retries included', async () => {
    const gh2 = await createClient({ token: 'ghs_write', apiUrl: silentUrl, timeoutMs: 500 });
    const t0 = Date.now();
    const r = await upsertComment(gh2, target, marker('go'), 'body', { createIfAbsent: true });
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(r).toMatchObject({ kind: 'failed', reason: expect.stringMatching(/no answer .* within 0\.5 s/) });
  });

  test('a PR run completes, with its outputs written before anything was sent to the API', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'benchgate-silent-'));
    const saved = process.env.BENCHGATE_API_TIMEOUT_SECONDS;
    process.env.BENCHGATE_API_TIMEOUT_SECONDS = '0.5';
    try {
      fs.writeFileSync(path.join(dir, 'base.txt'), GO_OUTPUT);
      fs.writeFileSync(path.join(dir, 'slow.txt'), slower(GO_OUTPUT, 1.5));
      const eventPath = path.join(dir, 'event.json');
      fs.writeFileSync(eventPath, JSON.stringify(pullRequestEvent(7)));
      const events: string[] = [];
      silent.on('request', (req) => events.push(`request ${req.method} ${req.url}`));
      const outputs: Record<string, string> = {};
      const inputs: Record<string, string> = {
        'output-file': 'slow.txt',
        'baseline-output': 'base.txt',
        store: 'none',
        'github-token': 'ghs_write',
        comment: 'always',
        check: 'true',
        summary: 'false',
      };
      const core: ActionCore = {
        getInput: (n) => inputs[n] ?? '',
        setOutput: (k, v) => {
          events.push(`output ${k}`);
          outputs[k] = String(v);
        },
        setFailed: () => {},
        info: () => {},
        warning: (m) => events.push(`warning ${m}`),
        error: () => {},
        setSecret: () => {},
        debug: () => {},
        isDebug: () => false,
        summary: { addRaw: () => ({ write: async () => undefined }) },
      };
      const t0 = Date.now();
      const result = await run({
        ...world(core, {}, dir),
        now: () => new Date('2026-11-21T12:00:00Z'),
        env: {
          RUNNER_TEMP: dir,
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: eventPath,
          GITHUB_REPOSITORY: 'octo-org/octo-repo',
          GITHUB_REF: 'refs/pull/7/merge',
          GITHUB_SHA: 'c'.repeat(40),
          GITHUB_RUN_ID: '1000',
          GITHUB_API_URL: silentUrl,
        },
      });
      expect(Date.now() - t0).toBeLessThan(15000);
      expect(result.exitCode).toBe(1);
      expect(outputs.verdict).toBe('fail');
      const firstRequest = events.findIndex((e) => e.startsWith('request'));
      expect(firstRequest).toBeGreaterThan(-1);
      expect(events.indexOf('output verdict')).toBeLessThan(firstRequest);
      expect(events.some((e) => /PR comment not posted.*no answer/.test(e))).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.BENCHGATE_API_TIMEOUT_SECONDS;
      else process.env.BENCHGATE_API_TIMEOUT_SECONDS = saved;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
