/**
 * Big and hostile suites end to end: what dist/index.js posts stays within GitHub's limits, says what it
 * left out, and renders every hostile benchmark name inert.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startGitHub, type GitHubStandin } from '../../test-support/github/index.js';
import { RENDERERS, githubReferences, inspect } from '../report/gfm.js';
import { makeWorkspace, runPr } from './report-support.js';

let gh: GitHubStandin;
let workspace: string | undefined;

beforeEach(async () => {
  gh = await startGitHub();
});
afterEach(async () => {
  expect(gh.state.violations).toEqual([]);
  await gh.close();
  if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
});

function generic(entries: { name: string; value: number }[]): string {
  return JSON.stringify(entries.map((e) => ({ name: e.name, unit: 'ns', value: e.value })));
}

test('a 10,000-series suite: comment ≤ 65,536 characters, summary ≤ 1 MiB, and both say what they left out', async () => {
  const names = Array.from(
    { length: 10000 },
    (_, i) => `BenchmarkService${i % 50}/Endpoint${i % 17}/payload=${(i * 7919) % 100000}/case-${i}`,
  );
  const base = names.map((name, i) => ({ name, value: 1000 + i }));
  const head = base.map((e, i) => ({
    name: e.name,
    value: i < 30 ? e.value * 1.5 : i < 130 ? e.value * 0.7 : e.value,
  }));
  workspace = makeWorkspace({ 'base.json': generic(base), 'head.json': generic(head) });
  const runnerTemp = path.join(workspace, 'runner-temp');
  fs.mkdirSync(runnerTemp);
  const r = await runPr(
    gh,
    workspace,
    { 'output-file': 'head.json', 'baseline-output': 'base.json', 'runner-noise': '2%', format: 'generic' },
    { env: { RUNNER_TEMP: runnerTemp } },
  );
  expect(r.stderr).toBe('');
  expect(gh.state.comments).toHaveLength(1);
  const comment = gh.state.comments[0].body;
  expect(comment.length).toBeLessThanOrEqual(65536);
  expect(comment).toMatch(
    /^> [\d,]+ of 10,000 rows are left out to stay within GitHub's 65,536-character limit for comments/m,
  );
  expect(comment).toContain('the [job summary](https://github.com/octo-org/octo-repo/actions/runs/1000)');
  expect(Buffer.byteLength(r.summary, 'utf8')).toBeLessThanOrEqual(1024 * 1024);
  expect(r.summary).toMatch(
    /^> [\d,]+ of 10,000 rows are left out to stay within GitHub's 1 MiB limit for job summaries/m,
  );
  expect(r.summary).toContain('the JSON report (the `report-json` output)');
  // The JSON report has every series.
  const report = JSON.parse(fs.readFileSync(r.outputs['report-json'], 'utf8'));
  expect(report.series).toHaveLength(10000);
}, 120000);

test('hostile benchmark names render inert in the posted comment', async () => {
  const hostile = [
    '<img src=x onerror=alert(1)>',
    '@octocat ping',
    'closes #1',
    'a|b|c',
    'tick`tick',
    '</details>',
    '[x](https://evil.example)',
    'www.evil.example',
    'two\nlines',
  ];
  const base = hostile.map((name) => ({ name, value: 1000 }));
  const head = hostile.map((name, i) => ({ name, value: i % 2 ? 2000 : 1000 }));
  workspace = makeWorkspace({ 'base.json': generic(base), 'head.json': generic(head) });
  await runPr(gh, workspace, {
    'output-file': 'head.json',
    'baseline-output': 'base.json',
    'runner-noise': '2%',
    format: 'generic',
  });
  const body = gh.state.comments[0].body;
  for (const r of RENDERERS) {
    const page = inspect(r.render(body));
    expect(page.tags).not.toContain('img');
    expect(page.links.filter((l) => !l.startsWith('https://github.com/octo-org/octo-repo/'))).toEqual([]);
    expect(githubReferences(page.prose)).toEqual([]);
    expect(page.brokenRows).toEqual([]);
    for (const name of hostile) expect(page.codes).toContain(name.replace('\n', ' '));
  }
});
