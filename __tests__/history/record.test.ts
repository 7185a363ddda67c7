/**
 * Loading the baseline and recording a run, with the real file store: who may write, never over a
 * history that could not be read, and like-with-like runners.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadBaseline, mayRecord, openStore, recordRun, type StoreEnv } from '../../src/history/index.js';
import { baseBranchOf } from '../../src/github/context.js';
import { EPYC, XEON, config, context, history, run, series, sha } from './support.js';
import { LIMITS } from '../../src/limits.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'benchgate-record-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const pull = { pull_request: { number: 7, base: { ref: 'main' }, head: { sha: 'c'.repeat(40) } } };

function env(eventName: string, ref: string, inputs: Record<string, string> = {}, event = {}): StoreEnv {
  const ctx = context(eventName, ref, event);
  const cfg = config({ store: 'file', 'history-path': path.join(dir, 'history.json'), ...inputs });
  return { config: cfg, ctx, env: {}, baseBranch: baseBranchOf(ctx, cfg.baseBranch), log: () => {} };
}

test.each([
  ['push', 'refs/heads/main', {}, {}, true],
  ['schedule', 'refs/heads/main', {}, {}, true],
  ['workflow_dispatch', 'refs/heads/main', {}, {}, true],
  ['push', 'refs/heads/feature', {}, {}, false],
  ['push', 'refs/heads/feature', { save: 'always' }, {}, true],
  ['push', 'refs/heads/main', { save: 'never' }, {}, false],
  ['pull_request', 'refs/pull/7/merge', {}, pull, false],
  ['pull_request', 'refs/pull/7/merge', { save: 'always' }, pull, false],
  ['pull_request_target', 'refs/heads/main', { save: 'always' }, pull, false],
  ['workflow_run', 'refs/heads/main', { save: 'always' }, {}, false],
  ['issue_comment', 'refs/heads/main', { save: 'always' }, {}, false],
])('%s of %s with %j may record: %s', (event, ref, inputs, payload, expected) => {
  expect(mayRecord(env(event, ref, inputs, payload))).toBe(expected);
});

test('a push to the base branch appends to the stored history', async () => {
  const e = env('push', 'refs/heads/main');
  const store = (await openStore(e))!;
  await store.save(history([run(1)]));
  const baseline = await loadBaseline(store, e, EPYC);
  expect(await recordRun(store, e, baseline, run(2))).toEqual([]);
  expect((await store.load('go')).kind === 'found' && (await store.load('go'))).toMatchObject({
    history: { runs: [{ commit: sha(1) }, { commit: sha(2) }] },
  });
});

test('a history that could not be read is not saved over', async () => {
  const e = env('push', 'refs/heads/main');
  fs.mkdirSync(path.join(dir, 'history.json'));
  const store = (await openStore(e))!;
  const baseline = await loadBaseline(store, e, EPYC);
  expect(baseline.status).toBe('unavailable');
  expect(baseline.warnings[0].message).toMatch(
    /^No baseline: the history \(file\) could not be read: cannot read .* \(EISDIR\)\.$/,
  );
  const w = await recordRun(store, e, baseline, run(2));
  expect(w).toEqual([
    expect.objectContaining({
      kind: 'store',
      message: expect.stringContaining('saving now would replace it'),
    }),
  ]);
  expect(fs.statSync(path.join(dir, 'history.json')).isDirectory()).toBe(true);
});

test('a run the history cannot hold is not saved: a warning, and the next run still reads the history', async () => {
  const e = env('push', 'refs/heads/main');
  const store = (await openStore(e))!;
  await store.save(history([run(1)]));
  const before = fs.readFileSync(path.join(dir, 'history.json'), 'utf8');
  const many = run(2, {
    series: Array.from({ length: LIMITS.seriesPerRun + 1 }, (_, i) => series(`BenchmarkMany/${i}-2`, 1)),
  });
  const w = await recordRun(store, e, await loadBaseline(store, e, EPYC), many);
  expect(w).toEqual([
    {
      kind: 'store',
      message:
        'This run was not added to the history: the run has 100,001 series, more than the 100,000 a stored run may hold.',
      hint: 'docs/security.md#the-caps lists what a stored history may hold.',
    },
  ]);
  expect(fs.readFileSync(path.join(dir, 'history.json'), 'utf8')).toBe(before);
  // and recording goes on with the next run that fits
  expect(await recordRun(store, e, await loadBaseline(store, e, EPYC), run(3))).toEqual([]);
  const loaded = await store.load('go');
  expect(loaded.kind === 'found' && loaded.history.runs.map((r) => r.commit)).toEqual([sha(1), sha(3)]);
});

test('the analysis gets the same-runner runs, the record keeps them all', async () => {
  const e = env('push', 'refs/heads/main');
  const store = (await openStore(e))!;
  const mixed = [1, 2, 3].map((n) => run(n, { runner: XEON })).concat([4, 5, 6, 7, 8].map((n) => run(n)));
  await store.save(history(mixed));
  const baseline = await loadBaseline(store, e, EPYC);
  expect(baseline.history?.runs).toHaveLength(5);
  expect(baseline.stored?.runs).toHaveLength(8);
  expect(baseline.warnings).toEqual([]);
  await recordRun(store, e, baseline, run(9));
  const saved = await store.load('go');
  expect(saved.kind === 'found' && saved.history.runs).toHaveLength(9);
});

test('a pull request only reads', async () => {
  const e = env('pull_request', 'refs/pull/7/merge', { save: 'always' }, pull);
  const store = (await openStore(e))!;
  await store.save(history([run(1)]));
  const before = fs.readFileSync(path.join(dir, 'history.json'), 'utf8');
  await recordRun(store, e, await loadBaseline(store, e, EPYC), run(2));
  expect(fs.readFileSync(path.join(dir, 'history.json'), 'utf8')).toBe(before);
});
