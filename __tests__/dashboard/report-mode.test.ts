/**
 * `mode: report` with `dashboard`: a matrix of suites gets one site that holds every suite, with the
 * dashboard's suite filter, in the `dashboard` folder itself, uploaded once as
 * `benchgate-dashboard-<report suite>`. One published address then serves every suite's links. In-process
 * (src/modes/*) with the real @actions/artifact and @actions/cache clients against the stand-ins, and
 * the site opened in a real browser.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { pushEvent } from '../../test-support/runner-env.js';
import { runInProcess } from '../../test-support/inprocess.js';
import { startGitHub, type GitHubStandin } from '../../test-support/github/index.js';
import { startResults, type ResultsStandin } from '../../test-support/results/index.js';
import { GO_OUTPUT as BASE, slower } from '../../test-support/go-output.js';
import { makeWorkspace } from '../../test-support/workspace.js';
import type { DashboardData } from '../../src/dashboard/index.js';
import { seriesAnchor } from '../../src/dashboard/index.js';
import { launch, open, serve, type Served } from './browser.js';

// The page's globals, for the functions that run in it (the project's types have no DOM library).
declare const document: { querySelectorAll(selector: string): { length: number } };

let gh: GitHubStandin;
let results: ResultsStandin;
let workspace: string;
let browser: Browser | undefined;
let server: Served | undefined;

// @actions/artifact downloads through @actions/github, whose default API URL is read once, when it is
// first imported: one GitHub stand-in serves the whole file.
beforeAll(async () => {
  gh = await startGitHub();
});
afterAll(async () => {
  await browser?.close();
  await gh.close();
});

beforeEach(async () => {
  results = await startResults();
  gh.useArtifacts(results.state);
  workspace = makeWorkspace({ 'base.txt': BASE, 'slow.txt': slower(BASE, 1.5) });
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  expect(gh.state.violations).toEqual([]);
  await results.close();
  fs.rmSync(workspace, { recursive: true, force: true });
});

const sha = (n: number): string => n.toString(16).padStart(40, '0');

function pushEnv(runId: number, commit: string): Record<string, string | undefined> {
  return {
    ...results.runtimeEnv({ runId, ref: 'refs/heads/main', headSha: commit }),
    GITHUB_API_URL: gh.url,
    GITHUB_SHA: commit,
    GITHUB_REF: 'refs/heads/main',
  };
}

/** One push to main: a collect job per suite, then the report job that records them all. */
async function pushRun(runId: number, commit: number, suites: [string, string][]) {
  for (const [suite, output] of suites) {
    const c = await runInProcess({
      workspace,
      inputs: { mode: 'collect', 'output-file': output, suite, 'github-token': 'ghs_write' },
      eventName: 'push',
      event: pushEvent('main', sha(commit)),
      env: pushEnv(runId, sha(commit)),
    });
    expect(c.exitCode).toBe(0);
  }
  return runInProcess({
    workspace,
    inputs: {
      mode: 'report',
      suite: 'bench',
      store: 'cache',
      dashboard: 'site',
      'github-token': 'ghs_write',
      'runner-noise': '3%',
    },
    eventName: 'push',
    event: pushEvent('main', sha(commit)),
    env: pushEnv(runId, sha(commit)),
  });
}

function siteData(dir: string): DashboardData {
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const m = /<script type="application\/json" id="benchgate-data">([\s\S]*?)<\/script>/.exec(html);
  return JSON.parse(m![1]) as DashboardData;
}

test('a report job writes one dashboard of every suite, with a suite filter, and uploads it once', async () => {
  const suites: [string, string][] = [
    ['macos', 'slow.txt'],
    ['linux', 'base.txt'],
  ];
  expect((await pushRun(801, 1, suites)).exitCode).toBe(0);
  const second = await pushRun(802, 2, suites);
  expect(second.exitCode).toBe(0);
  expect(second.stdout).toContain('dashboard of 4 run(s) (2 suites) written to');

  // One site in the folder itself, not a folder per suite.
  const dir = path.join(workspace, 'site');
  const entries = fs.readdirSync(dir, { withFileTypes: true });
  expect(entries.filter((e) => e.isDirectory()).map((e) => e.name)).toEqual([]);
  expect(entries.map((e) => e.name)).toContain('index.html');
  const data = siteData(dir);
  expect(data.commits).toEqual([sha(1), sha(2)]);
  expect(JSON.stringify(data)).toContain('"linux"');
  expect(JSON.stringify(data)).toContain('"macos"');

  // One dashboard artifact per run, named after the report job's suite.
  const names = results.state.liveArtifacts().map((a) => a.name);
  expect([...new Set(names.filter((n) => n.startsWith('benchgate-dashboard-')))]).toEqual([
    'benchgate-dashboard-bench',
  ]);
  const uploaded = results.state.liveArtifacts('benchgate-dashboard-bench');
  expect(uploaded.map((a) => a.run.id)).toEqual([801, 802]);
  expect(results.state.artifactFiles(uploaded[1])['index.html']).toBe(
    fs.readFileSync(path.join(dir, 'index.html'), 'utf8'),
  );

  // In a browser: both suites' charts, and the suite filter narrows to one of them.
  browser = await launch();
  server = await serve(dir);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const opened = await open(page, server.url);
  expect(opened.errors).toEqual([]);
  const cards = (n: number): Promise<unknown> =>
    page.waitForFunction((k) => document.querySelectorAll('.card').length === k, n, { timeout: 5000 });
  // The same benchmark once per suite: search for it, then narrow to one suite.
  await page.getByLabel('Search by name').fill('BenchmarkFib20-2');
  await page.getByLabel('Metric').selectOption('time');
  await cards(2);
  const fib = (suite: string): string => `#${seriesAnchor(suite, 'BenchmarkFib20-2', 'time')}`;
  await expect(page.locator(fib('linux')).count()).resolves.toBe(1);
  await expect(page.locator(fib('macos')).count()).resolves.toBe(1);
  await expect(page.getByLabel('Suite').locator('option').allTextContents()).resolves.toEqual(
    expect.arrayContaining(['linux', 'macos']),
  );
  await page.getByLabel('Suite').selectOption('macos');
  await cards(1);
  await expect(page.locator(fib('linux')).count()).resolves.toBe(0);
  await expect(page.locator(fib('macos')).count()).resolves.toBe(1);
  await page.close();
}, 120_000);
