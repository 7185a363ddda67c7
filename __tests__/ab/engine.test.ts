import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import { balancedOrder, runAb, type AbOptions } from '../../src/ab/engine.js';
import { judgeWith } from '../../src/ab/index.js';
import { scrubEnv } from '../../src/ab/env.js';
import { loadConfig } from '../../src/config/index.js';
import { ROOT } from '../../test-support/action.js';
import { makeRepo, shallowClone, worktrees, type Repo } from './repo.js';

const config = loadConfig({ input: (n) => (n === 'output-file' ? 'unused' : ''), readFile: () => undefined });

function options(dir: string, repo: Repo, over: Partial<AbOptions> = {}): AbOptions {
  const logs: string[] = [];
  return {
    headDir: dir,
    base: repo.base,
    run: './bench.sh',
    format: 'go',
    rounds: 6,
    confirmRounds: 4,
    timeBudgetMs: 600_000,
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    log: (m) => logs.push(m),
    judge: judgeWith(config),
    tmpRoot: path.join(repo.root),
    handleSignals: false,
    ...over,
  };
}

const leftovers = (repo: Repo) => fs.readdirSync(repo.root).filter((f) => f.startsWith('benchgate-ab-'));

describe('A/B engine', () => {
  it('balances and records the order, seeded', () => {
    const o = balancedOrder(10, 's');
    expect(o.filter((x) => x === 'base')).toHaveLength(5);
    expect(balancedOrder(10, 's')).toEqual(o);
    expect(balancedOrder(10, 't')).not.toEqual(o);
    expect(balancedOrder(7, 's').filter((x) => x === 'base').length).toBeGreaterThanOrEqual(3);
  });

  it('fetches the base into a shallow clone, runs interleaved rounds, confirms, and removes the worktree', async () => {
    const repo = makeRepo(150);
    const clone = shallowClone(repo);
    const logs: string[] = [];
    const r = await runAb(options(clone, repo, { log: (m) => logs.push(m) }));
    expect(logs.join('\n')).toMatch(
      /fetched the base commit with `git fetch --depth=1 origin [0-9a-f]{40}` \(the checkout is shallow\)/,
    );
    expect(r.details.baseCommit).toBe(repo.base);
    expect(r.details.headCommit).toBe(repo.head);
    expect(r.details.rounds).toBe(10);
    expect(r.details.confirmRounds).toBe(4);
    expect(r.details.order).toHaveLength(10);
    expect(r.verdict.verdict).toBe('fail');
    const b = r.verdict.series.find((s) => s.name === 'BenchmarkB-2')!;
    expect(b.verdict).toBe('fail');
    expect(b.reason).toMatch(/^confirmed with 4 more rounds/);
    expect(b.rounds).toHaveLength(10);
    expect(r.verdict.series.find((s) => s.name === 'BenchmarkA-2')!.verdict).toBe('pass');
    expect(worktrees(clone)).toHaveLength(1);
    expect(leftovers(repo)).toEqual([]);
  });

  it('removes the worktree when the head command fails, quoting its stderr', async () => {
    const repo = makeRepo(100, (dir) =>
      fs.writeFileSync(
        path.join(dir, 'bench.sh'),
        '#!/usr/bin/env bash\necho "::error::boom <b>" >&2\nexit 3\n',
        { mode: 0o755 },
      ),
    );
    await expect(runAb(options(repo.dir, repo))).rejects.toThrow(
      /expected the benchmark to run on the head commit, in round 1 the benchmark command exited with 3 in the head tree; its stderr ends: : :error: :boom <b>/,
    );
    expect(worktrees(repo.dir)).toHaveLength(1);
    expect(leftovers(repo)).toEqual([]);
  });

  it('never fails on a base that does not build', async () => {
    const repo = makeRepo(300, (dir) => fs.writeFileSync(path.join(dir, 'build.sh'), 'true\n'));
    const r = await runAb(options(repo.dir, repo, { build: 'bash build.sh' }));
    expect(r.verdict.verdict).toBe('pass');
    expect(r.verdict.warnings[0].message).toMatch(
      /The base commit [0-9a-f]{12} does not build, so nothing was compared .*exited with 127/,
    );
    expect(r.details.rounds).toBe(0);
    expect(leftovers(repo)).toEqual([]);
  });

  it('is an error when the head does not build', async () => {
    const repo = makeRepo(100);
    await expect(runAb(options(repo.dir, repo, { build: 'echo broken >&2; false' }))).rejects.toThrow(
      /expected the head commit to build, the build command exited with 1 in the head tree; its stderr ends: broken/,
    );
    expect(leftovers(repo)).toEqual([]);
  });

  it('says when an output file is missing on the base side, and leaves those rounds out', async () => {
    const repo = makeRepo(100, (dir) => {
      const script = fs.readFileSync(path.join(dir, 'bench.sh'), 'utf8');
      fs.writeFileSync(path.join(dir, 'bench.sh'), script, { mode: 0o755 });
      fs.writeFileSync(path.join(dir, 'run.sh'), './bench.sh > out.txt\n');
    });
    const r = await runAb(
      options(repo.dir, repo, {
        run: 'if [ -f run.sh ]; then bash run.sh; fi',
        outputFile: 'out.txt',
        rounds: 3,
      }),
    );
    expect(r.verdict.verdict).toBe('pass');
    expect(r.verdict.warnings.map((w) => w.message).join('\n')).toMatch(
      /failed on the base commit [0-9a-f]{12} in every round, so nothing was compared[\s\S]*Round 1: the benchmark command did not write out.txt in the base tree; the round was left out/,
    );
  });

  it('stops starting rounds at the time budget and says so', async () => {
    const repo = makeRepo(100);
    let t = 0;
    const r = await runAb(
      options(repo.dir, repo, { now: () => (t += 1000), timeBudgetMs: 20_000, rounds: 50 }),
    );
    expect(r.details.stoppedByBudget).toBe(true);
    expect(r.details.rounds).toBeLessThan(50);
    expect(
      r.verdict.warnings.some((w) => /The time budget \(20 s\) stopped new rounds/.test(w.message)),
    ).toBe(true);
  });

  it('runs the commands without any credential in their environment', async () => {
    const repo = makeRepo(100);
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_TOKEN: 'ghs_secretsecret1',
      'INPUT_GITHUB-TOKEN': 'ghs_secretsecret1',
      INPUT_SUITE: 'x',
      ACTIONS_RUNTIME_TOKEN: 'jwt.jwt.jwt',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1/id',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'idtokenidtoken',
      ACTIONS_RESULTS_URL: 'http://127.0.0.1/results',
      ACTIONS_CACHE_URL: 'http://127.0.0.1/cache',
      ACTIONS_RUNTIME_URL: 'http://127.0.0.1/runtime',
      NPM_AUTH: 'npm_abcdefgh',
      AWS_SECRET_ACCESS_KEY: 'aws-secret',
      DEPLOY_KEY: 'k',
      MY_PASSWORD: 'p',
      COPY_OF_TOKEN_VALUE: 'ghs_secretsecret1',
      GITHUB_OUTPUT: '/tmp/out',
      GITHUB_SHA: 'abc',
      KEEP_ME: 'yes',
    };
    await runAb(
      options(repo.dir, repo, {
        rounds: 2,
        run: 'env > "$HOME_ENV_DUMP/env-$(date +%s%N).txt"; ./bench.sh',
        env: { ...env, HOME_ENV_DUMP: repo.root },
      }),
    );
    const dumps = fs.readdirSync(repo.root).filter((f) => f.startsWith('env-'));
    expect(dumps.length).toBe(4);
    for (const f of dumps) {
      const text = fs.readFileSync(path.join(repo.root, f), 'utf8');
      expect(text).not.toMatch(
        /secret|jwt\.jwt|idtoken|npm_abc|127\.0\.0\.1|TOKEN|PASSWORD|DEPLOY_KEY|INPUT_|GITHUB_OUTPUT/,
      );
      expect(text).toMatch(/^KEEP_ME=yes$/m);
      expect(text).toMatch(/^GITHUB_SHA=abc$/m);
    }
    expect(scrubEnv(env).removed).toContain('COPY_OF_TOKEN_VALUE');
  });

  it('removes the worktree when cancelled with SIGTERM', async () => {
    const repo = makeRepo(100);
    const script = path.join(repo.root, 'cancel.mts');
    fs.writeFileSync(
      script,
      `import { runAb } from ${JSON.stringify(path.join(ROOT, 'src/ab/engine.ts'))};
await runAb({ headDir: ${JSON.stringify(repo.dir)}, base: ${JSON.stringify(repo.base)}, run: 'echo started; sleep 60',
  format: 'go', rounds: 2, confirmRounds: 0, timeBudgetMs: 1e6, env: process.env, tmpRoot: ${JSON.stringify(repo.root)},
  log: (m) => console.log(m), judge: () => { throw new Error('unreachable'); } });`,
    );
    const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), [script], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    // Wait until the first round has started (the worktree exists), then cancel.
    const deadline = Date.now() + 30_000;
    while (!/round|worktree|\.\.\./.test(out) && leftovers(repo).length === 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    while (worktrees(repo.dir).length < 2 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    expect({ worktrees: worktrees(repo.dir), err }).toEqual({ worktrees: expect.any(Array), err: '' });
    expect(worktrees(repo.dir)).toHaveLength(2);
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((r) =>
      child.on('close', (c, s) => r(c ?? (s ? 143 : null))),
    );
    expect(code).not.toBe(0);
    expect(out).toMatch(/SIGTERM: stopped, the base worktree was removed/);
    expect(worktrees(repo.dir)).toHaveLength(1);
    expect(leftovers(repo)).toEqual([]);
  });
});
