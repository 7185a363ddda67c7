/**
 * Hostile history artifacts, end to end through dist/index.js, the real @actions/artifact client and
 * the stand-ins: a zip bomb is refused after at most the byte cap and leaves nothing in RUNNER_TEMP;
 * an artifact uploaded by a run a pull request can trigger (pull_request_target, workflow_run,
 * issue_comment) is never taken as the base branch's history, though it names the base branch.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  push,
  pr,
  start,
  storeWarnings as warnings,
  CACHE_FILE,
  impostor,
  type Harness,
} from './history-support.js';

const NAME = 'benchgate-history-go';
const artifact = { store: 'artifact' };

let h: Harness;
let temp: string;
beforeEach(async () => {
  h = await start();
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'benchgate-runner-temp-'));
});
afterEach(async () => {
  expect(h.gh.state.violations).toEqual([]);
  await h.close();
  fs.rmSync(temp, { recursive: true, force: true });
});

test('a zip bomb of a history artifact is refused under the cap and leaves nothing on disk', async () => {
  // 200 MiB of spaces around a valid history: under 1 MiB as a zip.
  const bomb = h.results.state.seedArtifact({
    name: NAME,
    files: { [CACHE_FILE]: Buffer.concat([Buffer.from(impostor), Buffer.alloc(200 * 1024 * 1024, 0x20)]) },
    run: { id: 301, headBranch: 'main' },
    deflate: true,
  });
  expect(bomb.size).toBeLessThan(1024 * 1024);
  const t0 = Date.now();
  const r = await pr(h, { inputs: artifact, env: { RUNNER_TEMP: temp } });
  expect(Date.now() - t0).toBeLessThan(60_000);
  expect(r.exitCode).toBe(0);
  expect(warnings(r).join('\n')).toMatch(
    new RegExp(`artifact ${bomb.id}: its ${CACHE_FILE} inflates to more than 64 MiB`),
  );
  expect(fs.readdirSync(temp).filter((f) => f.startsWith('benchgate-download-'))).toEqual([]);
}, 120_000);

test.each(['pull_request_target', 'workflow_run', 'issue_comment'])(
  "an artifact from a %s run on main is not the base branch's history",
  async (event) => {
    await push(h, { runId: 101, inputs: artifact });
    const planted = h.results.state.seedArtifact({
      name: NAME,
      files: { [CACHE_FILE]: impostor },
      run: { id: 401, event, headBranch: 'main' },
    });
    const r = await pr(h, { inputs: { ...artifact, 'output-file': 'base.txt' } });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    expect(r.stdout).toContain(`skipped newer history artifacts: ${planted.id} (from a ${event} run)`);
    expect(r.stdout).toContain('(run 101)');
  },
  120_000,
);
