/**
 * The bundle (dist/index.js, built from the current src/ first) in A/B mode, in a child process under
 * Node 24 with a runner's environment, on a tiny real git project, against the GitHub REST stand-in.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pullRequestEvent, pushEvent, ROOT, runAction } from '../../test-support/action.js';
import { startGitHub, type GitHubStandin } from '../../test-support/github/index.js';
import { makeRepo, worktrees, type Repo } from './repo.js';

let gh: GitHubStandin;
let repo: Repo | undefined;

beforeAll(() => {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'ignore' });
}, 300_000);
beforeEach(async () => {
  gh = await startGitHub();
});
afterEach(async () => {
  expect(gh.state.violations).toEqual([]);
  await gh.close();
  if (repo) fs.rmSync(repo.root, { recursive: true, force: true });
});

const prEnv = () => ({
  GITHUB_API_URL: gh.url,
  GITHUB_REF: 'refs/pull/7/merge',
  GITHUB_HEAD_REF: 'feature',
  GITHUB_BASE_REF: 'main',
  ACTIONS_RUNTIME_TOKEN: 'header.payload.signature',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'id-request-token-value',
  ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/results',
});

test('a slowed PR fails after confirmation, with the A/B mode line, per-round sparkline and no credential in the commands', async () => {
  repo = makeRepo(130);
  const dump = path.join(repo.root, 'env-dump');
  fs.mkdirSync(dump);
  const r = await runAction({
    workspace: repo.dir,
    inputs: {
      run: `env > "${dump}/$(date +%s%N)"; ./bench.sh`,
      format: 'go',
      suite: 'ab',
      store: 'none',
      'github-token': 'ghs_write',
      'ab-rounds': '6',
    },
    eventName: 'pull_request',
    event: pullRequestEvent(7, { baseSha: repo.base, headSha: repo.head }),
    env: prEnv(),
    timeoutMs: 240_000,
  });
  expect(r.stderr).toBe('');
  expect(r.exitCode).toBe(1);
  expect(r.outputs.verdict).toBe('fail');
  expect(gh.state.comments).toHaveLength(1);
  const body = gh.state.comments[0].body;
  expect(body).toContain('<!-- benchgate:ab -->');
  expect(body).toMatch(
    /A\/B, same runner, 36 interleaved rounds \(confirmed with 30 more\); time base [\d.]+ s, head [\d.]+ s/,
  );
  expect(body).toMatch(
    new RegExp(
      `baseline \\[\`${repo.base.slice(0, 7)}\`\\]\\(https://github.com/octo-org/octo-repo/commit/${repo.base}\\)`,
    ),
  );
  expect(body).toMatch(/Per-round changes[\s\S]*`BenchmarkB-2` `[▁▂▃▄▅▆▇█]{36}`/);
  expect(r.summary).toContain('confirmed with 30 more rounds');
  const dumps = fs.readdirSync(dump).map((f) => fs.readFileSync(path.join(dump, f), 'utf8'));
  expect(dumps).toHaveLength(72);
  for (const text of dumps) {
    expect(text).toMatch(/^GITHUB_SHA=/m);
    expect(text).not.toMatch(/ghs_write|header\.payload|id-request-token|127\.0\.0\.1:9|INPUT_|ACTIONS_/);
  }
  expect(worktrees(repo.dir)).toHaveLength(1);
}, 300_000);

test('an unchanged head passes on a push, against the event’s `before`', async () => {
  repo = makeRepo(100);
  const r = await runAction({
    workspace: repo.dir,
    inputs: { run: './bench.sh', format: 'go', suite: 'ab', store: 'none', 'ab-rounds': '6' },
    eventName: 'push',
    event: { ...pushEvent('main', repo.head), before: repo.base },
    env: { GITHUB_API_URL: gh.url, GITHUB_SHA: repo.head },
    timeoutMs: 240_000,
  });
  expect(r.exitCode).toBe(0);
  expect(r.outputs.verdict).toBe('pass');
  expect(r.summary).toMatch(/A\/B, same runner, 6 interleaved rounds/);
}, 300_000);

test('a head whose benchmark fails is an error, not a pass', async () => {
  repo = makeRepo(100, (dir) =>
    fs.writeFileSync(path.join(dir, 'bench.sh'), '#!/usr/bin/env bash\necho "panic: oops" >&2\nexit 2\n', {
      mode: 0o755,
    }),
  );
  const r = await runAction({
    workspace: repo.dir,
    inputs: { run: './bench.sh', format: 'go', suite: 'ab', store: 'none', 'ab-base': repo.base },
    eventName: 'push',
    event: pushEvent('main', repo.head),
    env: { GITHUB_API_URL: gh.url },
    timeoutMs: 240_000,
  });
  expect(r.exitCode).toBe(1);
  expect(r.outputs.verdict).toBeUndefined();
  expect(
    r.annotations.some(
      (a) =>
        a.level === 'error' &&
        /expected the benchmark to run on the head commit.*panic: oops/.test(a.message),
    ),
  ).toBe(true);
  expect(worktrees(repo.dir)).toHaveLength(1);
}, 300_000);

test('the CLI: `benchgate ab --json` from inside the head work tree, exit 1 on a fail', async () => {
  repo = makeRepo(140);
  const { spawnSync } = await import('node:child_process');
  const r = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'dist/cli.js'),
      'ab',
      '--base',
      'HEAD~1',
      '--run',
      './bench.sh',
      '--rounds',
      '6',
      '--format',
      'go',
      '--json',
    ],
    { cwd: repo.dir, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME } },
  );
  expect(r.status).toBe(1);
  const report = JSON.parse(r.stdout) as {
    mode: string;
    verdict: string;
    series: { name: string; verdict: string }[];
  };
  expect(report.mode).toBe('ab');
  expect(report.verdict).toBe('fail');
  expect(report.series.find((s) => s.name === 'BenchmarkB-2')!.verdict).toBe('fail');
  expect(r.stderr).toMatch(/round 1 \((base|head) first\)/);
  expect(worktrees(repo.dir)).toHaveLength(1);
  const bad = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'ab', '--run', 'x'], {
    cwd: repo.dir,
    encoding: 'utf8',
  });
  expect(bad.status).toBe(2);
  expect(bad.stderr).toMatch(/^benchgate: ab: expected --base REF/);
}, 300_000);
