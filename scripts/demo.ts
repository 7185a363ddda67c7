/**
 * `npm run demo`: the action's main job, end to end, on this machine. Runs the committed dist/index.js
 * as a runner would (child process, Node 24, INPUT_* and GITHUB_* environment) against stand-ins on
 * 127.0.0.1: the Actions results service, which the real @actions/cache client inside the action talks
 * to, and the GitHub REST API. Two pushes to main record the history in the cache (each under a key of
 * its own), then a pull request whose benchmark output carries an injected 30% slowdown restores it by
 * prefix and is compared with it. Prints what was cached, the PR comment that was posted, the job
 * summary and the verdict.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, pullRequestEvent, pushEvent, runAction } from '../test-support/action.js';
import { startGitHub } from '../test-support/github/index.js';
import { startResults } from '../test-support/results/index.js';

const FIXTURE = path.join(ROOT, 'fixtures', 'go', 'bench-count5.txt');
const SLOWED = 'BenchmarkSort/size=100/kind=random';

/** The same output with one benchmark's ns/op scaled: what a real 30% regression looks like. */
function withSlowdown(text: string, name: string, factor: number): string {
  return text
    .split('\n')
    .map((line) => {
      if (!line.startsWith(`${name}-`) && !line.startsWith(`${name} `)) return line;
      return line.replace(
        /([\d.]+)( ns\/op)/,
        (_m, v: string, unit: string) => `${(Number(v) * factor).toFixed(1)}${unit}`,
      );
    })
    .join('\n');
}

function section(title: string, body: string): void {
  const bar = '─'.repeat(Math.max(8, 78 - title.length));
  process.stdout.write(`\n── ${title} ${bar}\n${body.trimEnd()}\n`);
}

async function main(): Promise<number> {
  const gh = await startGitHub();
  const results = await startResults();
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'benchgate-demo-'));
  try {
    const base = fs.readFileSync(FIXTURE, 'utf8');
    fs.writeFileSync(path.join(workspace, 'base.txt'), base);
    fs.writeFileSync(path.join(workspace, 'pr.txt'), withSlowdown(base, SLOWED, 1.3));
    const common = {
      workspace,
      env: { GITHUB_API_URL: gh.url },
    };
    const inputs = {
      'output-file': 'base.txt',
      store: 'cache',
      'github-token': 'ghs_write',
      suite: 'go',
    };

    for (const [i, sha] of [
      '1111111111111111111111111111111111111111',
      '2222222222222222222222222222222222222222',
    ].entries()) {
      const r = await runAction({
        ...common,
        inputs,
        eventName: 'push',
        event: pushEvent('main', sha),
        env: {
          ...common.env,
          GITHUB_SHA: sha,
          ...results.runtimeEnv({ runId: 100 + i, ref: 'refs/heads/main', headSha: sha }),
        },
      });
      section(
        `push #${i + 1} to main (${sha.slice(0, 7)})`,
        `exit ${r.exitCode}, verdict ${r.outputs.verdict}\n${r.stdout
          .split('\n')
          .filter((l) => l.startsWith('benchgate'))
          .join('\n')}`,
      );
      if (r.exitCode !== 0) {
        process.stderr.write(r.stdout + r.stderr);
        return 1;
      }
    }

    section(
      'Actions cache after the pushes (results stand-in)',
      results.state
        .cacheEntries()
        .map((e) => {
          const h = JSON.parse(Object.values(results.state.cacheFiles(e))[0]) as { runs: unknown[] };
          return `${e.scope}  ${e.key}  (${e.sizeBytes} B archive, ${h.runs.length} run${h.runs.length === 1 ? '' : 's'})`;
        })
        .join('\n'),
    );

    const pr = await runAction({
      ...common,
      inputs: { ...inputs, 'output-file': 'pr.txt' },
      eventName: 'pull_request',
      event: pullRequestEvent(7, {
        headSha: '3333333333333333333333333333333333333333',
        baseSha: '2222222222222222222222222222222222222222',
      }),
      env: {
        ...common.env,
        GITHUB_SHA: '3333333333333333333333333333333333333333',
        GITHUB_REF: 'refs/pull/7/merge',
        GITHUB_HEAD_REF: 'feature',
        GITHUB_BASE_REF: 'main',
        ...results.runtimeEnv({ runId: 102, ref: 'refs/pull/7/merge', base: 'main' }),
      },
    });
    section(
      'pull request #7: baseline',
      [
        ...pr.stdout
          .split('\n')
          .filter((l) => l.startsWith('Cache hit') || l.startsWith('benchgate: history')),
        `cache entries written by the pull request: ${results.state.cacheEntries().length - 2}`,
      ].join('\n'),
    );
    const comments = gh.state.comments.filter((c) => c.issueNumber === 7);
    section(
      `pull request #7: PR comment posted (${comments.length} comment${comments.length === 1 ? '' : 's'} on the PR)`,
      comments.map((c) => c.body).join('\n\n') || '(none)',
    );
    section('pull request #7: job summary', pr.summary || '(empty)');
    section(
      'pull request #7: verdict',
      [
        `exit code: ${pr.exitCode}`,
        ...Object.entries(pr.outputs).map(([k, v]) => `output ${k}: ${v}`),
        ...pr.annotations.map((a) => `annotation ${a.level}: ${a.message}`),
      ].join('\n'),
    );
    // The demo succeeds when the action behaved: the injected slowdown must fail the PR.
    return pr.outputs.verdict === 'fail' && comments.length === 1 ? 0 : 1;
  } finally {
    await gh.close();
    await results.close();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

process.exitCode = await main();
