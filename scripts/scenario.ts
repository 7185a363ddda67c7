/**
 * The one realistic scenario that `npm run demo` prints and `npm run screenshots` photographs, so the
 * README's pictures and the demo show the same thing. The committed dist/index.js runs as a runner would
 * (child process, Node 24, INPUT_* and GITHUB_* environment) against stand-ins on 127.0.0.1: the Actions
 * results service (which the real @actions/cache client inside the action talks to) and the GitHub REST
 * API. Eight pushes to main build a noisy history in the Actions cache; then a pull request slows one
 * benchmark down by 38%, allocates more in another and speeds a third up by 18%.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  ROOT,
  pullRequestEvent,
  pushEvent,
  runAction,
  type ActionRunResult,
} from '../test-support/action.js';
import { startGitHub } from '../test-support/github/index.js';
import { startResults } from '../test-support/results/index.js';

const FIXTURE = path.join(ROOT, 'fixtures', 'go', 'bench-count5.txt');
export const PUSHES = 8;
export const PR_NUMBER = 42;
const HEAD_SHA = 'c0ffee0123456789abcdef0123456789abcdef01';

type Edit = (name: string, unit: string, value: number) => number;

/** Rewrite every value of a `go test -bench` output through `edit` (per benchmark, per unit). */
function rewrite(text: string, edit: Edit): string {
  return text
    .split('\n')
    .map((line) => {
      const m = /^(Benchmark\S+)(\s+\d+)(.*)$/.exec(line);
      if (!m) return line;
      const rest = m[3].replace(
        /(\s+)([\d.]+)(\s+)(\S+)/g,
        (_all, a: string, v: string, b: string, unit: string) => {
          const next = edit(m[1], unit, Number(v));
          const digits = v.includes('.') ? v.split('.')[1].length : 0;
          return `${a}${next.toFixed(digits)}${b}${unit}`;
        },
      );
      return `${m[1]}${m[2]}${rest}`;
    })
    .join('\n');
}

/** Run-to-run noise of a hosted runner, deterministic: ±1.5% per push and benchmark. */
function noisy(text: string, push: number): string {
  return rewrite(text, (name, unit, v) => {
    const f = 1 + 0.015 * Math.sin(push * 1.7 + name.length * 0.9);
    if (unit === 'ns/op') return v * f;
    if (unit === 'MB/s') return v / f;
    return v;
  });
}

/** The pull request: one benchmark 38% slower, one allocating more, one 18% faster. */
function pullRequest(text: string): string {
  return rewrite(noisy(text, PUSHES + 1), (name, unit, v) => {
    if (name.startsWith('BenchmarkSort/size=1000/kind=random') && unit === 'ns/op') return v * 1.38;
    if (name.startsWith('BenchmarkJoin') && unit === 'B/op') return v + 64;
    if (name.startsWith('BenchmarkJoin') && unit === 'allocs/op') return v + 1;
    if (name.startsWith('BenchmarkHash/4096B') && unit === 'ns/op') return v * 0.82;
    if (name.startsWith('BenchmarkHash/4096B') && unit === 'MB/s') return v / 0.82;
    return v;
  });
}

export interface PushRecord {
  sha: string;
  result: ActionRunResult;
}

export interface Scenario {
  pushes: PushRecord[];
  /** Cache entries the pushes left, one line each. */
  cache: string[];
  /** Cache entries the pull request wrote (it must write none). */
  cacheWrittenByPr: number;
  pr: ActionRunResult;
  /** Every comment on the PR (exactly one is expected). */
  comments: string[];
  /** The JSON report the PR run wrote, copied out of its workspace before it was removed. */
  reportJson?: string;
}

/** Run the scenario; `keepReport` names where the PR run's JSON report is copied. */
export async function runScenario(keepReport?: string): Promise<Scenario> {
  const gh = await startGitHub();
  const results = await startResults();
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'benchgate-scenario-'));
  const scratch = [workspace];
  try {
    const base = fs.readFileSync(FIXTURE, 'utf8');
    const inputs = { 'output-file': 'bench.txt', store: 'cache', 'github-token': 'ghs_write', suite: 'go' };
    const pushes: PushRecord[] = [];
    for (let i = 1; i <= PUSHES; i++) {
      const sha = `${i}`.repeat(7) + 'abcdef0123456789abcdef0123456789a'.slice(0, 33);
      fs.writeFileSync(path.join(workspace, 'bench.txt'), noisy(base, i));
      const result = await runAction({
        workspace,
        inputs,
        eventName: 'push',
        event: pushEvent('main', sha),
        env: {
          GITHUB_API_URL: gh.url,
          GITHUB_SHA: sha,
          ...results.runtimeEnv({ runId: 100 + i, ref: 'refs/heads/main', headSha: sha }),
        },
      });
      if (result.exitCode !== 0) throw new Error(`push ${i} failed:\n${result.stdout}${result.stderr}`);
      pushes.push({ sha, result });
    }
    const cache = results.state.cacheEntries().map((e) => {
      const h = JSON.parse(Object.values(results.state.cacheFiles(e))[0]) as { runs: unknown[] };
      return `${e.key}  (${e.sizeBytes} B archive, ${h.runs.length} run${h.runs.length === 1 ? '' : 's'})`;
    });

    fs.writeFileSync(path.join(workspace, 'bench.txt'), pullRequest(base));
    // The PR run's temp folder is ours, so its JSON report outlives the run.
    const prTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'benchgate-scenario-temp-'));
    scratch.push(prTemp);
    const pr = await runAction({
      workspace,
      inputs,
      eventName: 'pull_request',
      event: pullRequestEvent(PR_NUMBER, { headSha: HEAD_SHA, baseSha: pushes.at(-1)!.sha }),
      env: {
        GITHUB_API_URL: gh.url,
        GITHUB_SHA: HEAD_SHA,
        GITHUB_REF: `refs/pull/${PR_NUMBER}/merge`,
        GITHUB_HEAD_REF: 'feature',
        GITHUB_BASE_REF: 'main',
        RUNNER_TEMP: prTemp,
        ...results.runtimeEnv({ runId: 7301, ref: `refs/pull/${PR_NUMBER}/merge`, base: 'main' }),
      },
    });
    const reportPath = pr.outputs['report-json']?.split('\n')[0];
    let reportJson: string | undefined;
    if (reportPath) {
      const abs = path.resolve(workspace, reportPath);
      if (fs.existsSync(abs)) {
        reportJson = fs.readFileSync(abs, 'utf8');
        if (keepReport) {
          fs.mkdirSync(path.dirname(keepReport), { recursive: true });
          fs.writeFileSync(keepReport, reportJson);
        }
      }
    }
    return {
      pushes,
      cache,
      cacheWrittenByPr: results.state.cacheEntries().length - cache.length,
      pr,
      comments: gh.state.comments.filter((c) => c.issueNumber === PR_NUMBER).map((c) => c.body),
      reportJson,
    };
  } finally {
    await gh.close();
    await results.close();
    for (const dir of scratch) fs.rmSync(dir, { recursive: true, force: true });
  }
}
