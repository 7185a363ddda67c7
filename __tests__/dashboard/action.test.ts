/**
 * The `dashboard` and `dashboard-url` inputs, end to end: the built dist/index.js in a child process,
 * with the real @actions/artifact client uploading to the results stand-in.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DashboardData } from '../../src/dashboard/index.js';
import { seriesAnchor } from '../../src/dashboard/index.js';
import { BASE, push, pr, sha, slower, start, type Harness } from '../e2e/history-support.js';

let h: Harness;
beforeEach(async () => {
  h = await start();
});
afterEach(async () => {
  await h.close();
});

const inputs = { store: 'file', dashboard: 'site' };

function siteData(html: string): DashboardData {
  const m = /<script type="application\/json" id="benchgate-data">([\s\S]*?)<\/script>/.exec(html);
  return JSON.parse(m![1]) as DashboardData;
}

test('base-branch pushes write the dashboard with the new run and upload it as an artifact', async () => {
  expect((await push(h, { runId: 101, commit: 1, inputs })).exitCode).toBe(0);
  const second = await push(h, { runId: 102, commit: 2, inputs });
  expect(second.exitCode).toBe(0);
  expect(second.stdout).toContain('dashboard of 2 run(s) written to');

  const dir = path.join(h.workspace, 'site');
  expect(fs.readdirSync(dir).sort()).toEqual([
    'LICENSES.txt',
    'app.js',
    'index.html',
    'style.css',
    'uPlot.iife.min.js',
    'uPlot.min.css',
  ]);
  const data = siteData(fs.readFileSync(path.join(dir, 'index.html'), 'utf8'));
  expect(data.commits).toEqual([sha(1), sha(2)]);
  expect(data.repo).toBe('https://github.com/octo-org/octo-repo');

  const uploaded = h.results.state.liveArtifacts('benchgate-dashboard-go');
  expect(uploaded.map((a) => a.run.id)).toEqual([101, 102]);
  const files = h.results.state.artifactFiles(uploaded[1]);
  expect(files['index.html']).toBe(fs.readFileSync(path.join(dir, 'index.html'), 'utf8'));
});

test("a pull request writes no dashboard; with dashboard-url its comment links the regression's chart", async () => {
  await push(h, { runId: 101, commit: 1, inputs: { store: 'file' } });
  await push(h, { runId: 102, commit: 2, inputs: { store: 'file' } });
  fs.writeFileSync(path.join(h.workspace, 'slow3.txt'), slower(BASE, 3));
  const url = 'https://octo-org.github.io/octo-repo/';
  const r = await pr(h, {
    runId: 103,
    inputs: { ...inputs, 'output-file': 'slow3.txt', 'dashboard-url': url },
  });
  expect(r.outputs.verdict).toBe('fail');
  expect(fs.existsSync(path.join(h.workspace, 'site'))).toBe(false);
  expect(h.results.state.liveArtifacts('benchgate-dashboard-go')).toEqual([]);
  const comment = h.gh.state.comments.find((c) => c.issueNumber === 7)!.body;
  expect(comment).toContain(`](${url}#${seriesAnchor('go', 'BenchmarkFib20-2', 'time')})`);
});

test('a dashboard-url that is not an http(s) address is an input error', async () => {
  const r = await pr(h, { inputs: { ...inputs, 'dashboard-url': 'javascript:alert(1)' } });
  expect(r.exitCode).toBe(1);
  expect(r.stdout + r.stderr).toContain("input 'dashboard-url'");
});
