/**
 * store: artifact, end to end: the committed dist/index.js with the real @actions/artifact client. It
 * uploads through the Twirp ArtifactService and the blob endpoint, and finds the base branch's history
 * through the REST stand-in (`/actions/artifacts?name=`, then `/zip` answering 302 to a signed URL).
 */
import type { History } from '../../src/model.js';
import { FORK_REPOSITORY_ID } from '../../test-support/results/index.js';
import { NO_ACTIONS_TOKEN } from '../../test-support/github/artifacts.js';
import {
  push,
  pr,
  start,
  storeWarnings as warnings,
  sha,
  CACHE_FILE,
  impostor,
  type Harness,
} from './history-support.js';

const NAME = 'benchgate-history-go';
const artifact = { store: 'artifact', 'retention-days': '5' };

let h: Harness;
beforeEach(async () => {
  h = await start();
});
afterEach(async () => {
  expect(h.gh.state.violations).toEqual([]);
  await h.close();
});

const live = () => h.results.state.liveArtifacts(NAME);
const newest = (): History =>
  JSON.parse(h.results.state.artifactFiles(live().at(-1)!)[CACHE_FILE]) as History;

test('a push uploads the history artifact; a PR finds it on the base branch and downloads it with findBy', async () => {
  const seeded = await push(h, { runId: 101, inputs: artifact });
  expect(seeded.exitCode).toBe(0);
  expect(live()).toHaveLength(1);
  const a = live()[0];
  expect(a.run.id).toBe(101);
  // retention-days reached the service.
  const days = (a.expiresAt.getTime() - a.createdAt.getTime()) / 86_400_000;
  expect(days).toBeGreaterThan(4.9);
  expect(days).toBeLessThan(5.1);
  expect(newest().runs.map((r) => r.commit)).toEqual([sha(1)]);

  const r = await pr(h, { runId: 102, inputs: artifact });
  expect(r.outputs.verdict).toBe('fail');
  expect(warnings(r)).toEqual([]);
  expect(r.stdout).toContain(`history of 1 run(s) from artifact ${a.id} (run 101)`);
  const rest = h.gh.router.log.map((l) => `${l.method} ${l.path.split('?')[0]} ${l.status}`);
  expect(rest).toContain('GET /repos/octo-org/octo-repo/actions/artifacts 200');
  expect(rest).toContain(`GET /repos/octo-org/octo-repo/actions/artifacts/${a.id}/zip 302`);
  // The pull request uploaded nothing.
  expect(live()).toHaveLength(1);
  expect(h.results.router.log.filter((l) => l.path.endsWith('/CreateArtifact'))).toHaveLength(1);
});

test('a second push loads the newest artifact, appends, and uploads its own', async () => {
  await push(h, { runId: 101, commit: 1, inputs: artifact });
  await push(h, { runId: 102, commit: 2, inputs: artifact });
  expect(live().map((a) => a.run.id)).toEqual([101, 102]);
  expect(newest().runs.map((r) => r.commit)).toEqual([sha(1), sha(2)]);
});

test("a fork's main artifact and an expired one, both newer, are passed over for the base branch's own", async () => {
  await push(h, { runId: 101, inputs: artifact });
  const fork = h.results.state.seedArtifact({
    name: NAME,
    files: { [CACHE_FILE]: impostor },
    run: { id: 201, event: 'pull_request', headBranch: 'main', headRepositoryId: FORK_REPOSITORY_ID },
  });
  const expired = h.results.state.seedArtifact({
    name: NAME,
    files: { [CACHE_FILE]: impostor },
    run: { id: 202, headBranch: 'main' },
    expiresInDays: -1,
  });
  const r = await pr(h, { inputs: { ...artifact, 'output-file': 'base.txt' } });
  expect(r.exitCode).toBe(0);
  expect(r.outputs.verdict).toBe('pass');
  expect(r.stdout).toContain(
    `skipped newer history artifacts: ${expired.id} (expired), ${fork.id} (from a fork's main)`,
  );
  expect(r.stdout).toContain('(run 101)');
  const zips = h.gh.router.log.filter((l) => l.path.endsWith('/zip'));
  expect(zips.map((l) => l.path)).toEqual([
    `/repos/octo-org/octo-repo/actions/artifacts/${live()[0].id}/zip`,
  ]);
});

test('only expired or foreign artifacts: the PR runs without a baseline', async () => {
  h.results.state.seedArtifact({
    name: NAME,
    files: { [CACHE_FILE]: impostor },
    run: { headBranch: 'main' },
    expiresInDays: -1,
  });
  h.results.state.seedArtifact({
    name: NAME,
    files: { [CACHE_FILE]: impostor },
    run: { headBranch: 'feature' },
  });
  const r = await pr(h, { inputs: { ...artifact, 'output-file': 'base.txt' } });
  expect(r.exitCode).toBe(0);
  expect(r.outputs.verdict).toBe('pass');
  expect(warnings(r)).toEqual([]);
  expect(r.stdout).toContain('no usable artifact benchgate-history-go from main yet');
});

test('a token without actions: read: a warning that says which permission is missing', async () => {
  await push(h, { runId: 101, inputs: artifact });
  const r = await pr(h, { inputs: { ...artifact, 'github-token': NO_ACTIONS_TOKEN } });
  expect(r.exitCode).toBe(0);
  expect(r.outputs.verdict).toBe('pass');
  expect(warnings(r).join('\n')).toMatch(
    /listing artifacts failed \(HTTP 403.*needs a github-token with `actions: read`/,
  );
});

test('a corrupt history artifact: a warning naming it, the artifact kept, a fresh history uploaded next', async () => {
  await push(h, { runId: 101, commit: 1, inputs: artifact });
  const bad = h.results.state.seedArtifact({
    name: NAME,
    files: { [CACHE_FILE]: '{"schemaVersion":1,"suite":"go","runs":[{' },
    run: { id: 150, headBranch: 'main' },
  });
  const r = await pr(h, { inputs: artifact });
  expect(r.exitCode).toBe(0);
  expect(warnings(r).join('\n')).toContain(
    `the stored history (artifact) is unusable: artifact ${bad.id}: not valid JSON`,
  );
  expect(warnings(r).join('\n')).toContain(
    `The unusable copy is kept: artifact ${bad.id} of run 150, left untouched`,
  );

  await push(h, { runId: 151, commit: 2, inputs: artifact });
  expect(live().map((a) => a.run.id)).toEqual([101, 150, 151]);
  expect(newest().runs.map((x) => x.commit)).toEqual([sha(2)]);
});

test('a re-run of a push replaces its own earlier artifact, and the commit is counted once', async () => {
  await push(h, { runId: 101, commit: 1, inputs: artifact });
  const again = await push(h, { runId: 101, commit: 1, inputs: artifact, runtime: { runAttempt: 2 } });
  expect(again.exitCode).toBe(0);
  expect(warnings(again)).toEqual([]);
  expect(live()).toHaveLength(1);
  expect(newest().runs.map((x) => x.commit)).toEqual([sha(1)]);
});

test('no runtime token on a push: the upload fails with a warning; the verdict stands', async () => {
  const r = await push(h, { runId: 101, inputs: artifact, env: { ACTIONS_RUNTIME_TOKEN: undefined } });
  expect(r.exitCode).toBe(0);
  expect(warnings(r).join('\n')).toContain('This run was not added to the history: artifact upload failed');
  expect(warnings(r).join('\n')).toContain('ACTIONS_RUNTIME_TOKEN');
  expect(live()).toHaveLength(0);
});
