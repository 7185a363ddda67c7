/**
 * Shared setup of the history end-to-end tests: the committed dist/index.js in a child process, the
 * real @actions/cache and @actions/artifact clients inside it, talking to the results stand-in and the
 * GitHub REST stand-in on 127.0.0.1.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pullRequestEvent, pushEvent, runAction, type ActionRunResult } from '../../test-support/action.js';
import { startGitHub, type GitHubStandin } from '../../test-support/github/index.js';
import { startResults, type ResultsStandin, type RuntimeOptions } from '../../test-support/results/index.js';
import type { History } from '../../src/model.js';

import { GO_OUTPUT as BASE, slower } from '../../test-support/go-output.js';

export { BASE, slower };

export const sha = (n: number): string => n.toString(16).padStart(40, '0');

export interface Harness {
  results: ResultsStandin;
  gh: GitHubStandin;
  workspace: string;
  close(): Promise<void>;
}

export async function start(): Promise<Harness> {
  const results = await startResults();
  const gh = await startGitHub({ artifacts: results.state });
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'benchgate-history-e2e-'));
  fs.writeFileSync(path.join(workspace, 'base.txt'), BASE);
  fs.writeFileSync(path.join(workspace, 'slow.txt'), slower(BASE, 1.5));
  return {
    results,
    gh,
    workspace,
    async close() {
      await results.close();
      await gh.close();
      fs.rmSync(workspace, { recursive: true, force: true });
    },
  };
}

export interface RunOptions {
  inputs?: Record<string, string>;
  env?: Record<string, string | undefined>;
  runtime?: RuntimeOptions;
  commit?: number;
  runId?: number;
}

// A history of one run compares with the assumed run-to-run noise: 3%, as these tests were written for.
const INPUTS = {
  'output-file': 'base.txt',
  suite: 'go',
  store: 'cache',
  'github-token': 'ghs_write',
  'runner-noise': '3%',
};

/** A push to main of commit `sha(commit)`, in run `runId`. */
export function push(h: Harness, o: RunOptions = {}): Promise<ActionRunResult> {
  const commit = sha(o.commit ?? 1);
  return runAction({
    workspace: h.workspace,
    inputs: { ...INPUTS, ...o.inputs },
    eventName: 'push',
    event: pushEvent('main', commit),
    env: {
      GITHUB_API_URL: h.gh.url,
      GITHUB_SHA: commit,
      GITHUB_REF: 'refs/heads/main',
      ...h.results.runtimeEnv({ runId: o.runId, ref: 'refs/heads/main', headSha: commit, ...o.runtime }),
      ...o.env,
    },
  });
}

/** A pull_request run of PR #7 (head `slow.txt` by default: 50% slower BenchmarkFib20). */
export function pr(h: Harness, o: RunOptions & { fork?: boolean } = {}): Promise<ActionRunResult> {
  const head = sha(o.commit ?? 0xc0ffee);
  return runAction({
    workspace: h.workspace,
    inputs: { ...INPUTS, 'output-file': 'slow.txt', ...o.inputs },
    eventName: 'pull_request',
    event: pullRequestEvent(7, { headSha: head, ...(o.fork ? { headRepo: 'someone/octo-repo' } : {}) }),
    env: {
      GITHUB_API_URL: h.gh.url,
      GITHUB_SHA: head,
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_HEAD_REF: 'feature',
      GITHUB_BASE_REF: 'main',
      ...h.results.runtimeEnv({
        runId: o.runId,
        ref: 'refs/pull/7/merge',
        base: 'main',
        headSha: head,
        fork: o.fork,
        ...o.runtime,
      }),
      ...o.env,
    },
  });
}

export const CACHE_FILE = 'benchgate-history-go.json';

/** The history inside the newest cache entry of main. */
export function cachedHistory(h: Harness): History {
  const entry = h.results.state.cacheEntries('refs/heads/main').at(-1);
  if (!entry) throw new Error('no cache entry on main');
  return JSON.parse(h.results.state.cacheFiles(entry)[CACHE_FILE]) as History;
}

/** The warning annotations of a run, for assertions. */
export function warnings(r: ActionRunResult): string[] {
  return r.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
}

/** The warnings about storage (the analysis' own "No baseline yet" left out). */
export function storeWarnings(r: ActionRunResult): string[] {
  return warnings(r).filter((w) => !w.startsWith('benchgate: No baseline yet'));
}

/** What went wrong, for a failing expectation's message. */
export function show(r: ActionRunResult): string {
  return `exit ${r.exitCode}\n${r.stdout}\n${r.stderr}`;
}

/** A history whose BenchmarkFib20 is ten times faster than the fixture: comparing with it fails. */
export const impostor = JSON.stringify({
  schemaVersion: 1,
  suite: 'go',
  runs: [
    {
      suite: 'go',
      tool: 'go',
      commit: sha(0xbad),
      ref: 'refs/heads/main',
      timestamp: '2026-11-20T00:00:00.000Z',
      series: [
        {
          name: 'BenchmarkFib20-2',
          metric: 'time',
          unit: 'ns',
          direction: 'smaller',
          value: 3380,
          samples: [3380, 3390, 3370, 3385, 3375],
        },
      ],
    },
  ],
});
