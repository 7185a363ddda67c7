/**
 * store: cache, end to end: the committed dist/index.js with the real @actions/cache client against the
 * results stand-in (Twirp CacheService with scopes from the runtime token, SAS-checked blob endpoint).
 */
import * as net from 'node:net';
import type { AddressInfo } from 'node:net';
import type { History, Run } from '../../src/model.js';
import {
  push,
  pr,
  start,
  cachedHistory,
  storeWarnings as warnings,
  sha,
  CACHE_FILE,
  type Harness,
} from './history-support.js';

let h: Harness;
beforeEach(async () => {
  h = await start();
});
afterEach(async () => {
  await h.close();
});

const MAIN = 'refs/heads/main';
const key = (run: number, attempt = 1): string => `benchgate-v1-go-linux-main-${run}-${attempt}`;
const lookups = (): number =>
  h.results.router.log.filter((l) => l.path.endsWith('/GetCacheEntryDownloadURL')).length;
const reservations = (): number =>
  h.results.router.log.filter((l) => l.path.endsWith('/CreateCacheEntry')).length;

/** A history document as another run (or another benchgate) would have stored it. */
function historyOf(runs: Partial<Run>[]): History {
  return {
    schemaVersion: 1,
    suite: 'go',
    runs: runs.map((r, i) => ({
      suite: 'go',
      tool: 'go',
      commit: sha(0x100 + i),
      ref: MAIN,
      timestamp: `2026-11-0${i + 1}T00:00:00.000Z`,
      series: [{ name: 'BenchmarkFib20-2', metric: 'time', unit: 'ns', direction: 'smaller', value: 33800 }],
      ...r,
    })),
  };
}

/** Put an entry into main's scope the way another run would have, newer than every other. */
function seedEntry(runId: number, content: string): string {
  const version = h.results.state.cacheEntries(MAIN)[0].version;
  h.results.state.seedCacheEntry({ key: key(runId), scope: MAIN, version, files: { [CACHE_FILE]: content } });
  return key(runId);
}

test('a push seeds the history under a key of its own; a PR restores it by prefix and compares', async () => {
  const seeded = await push(h, { runId: 101 });
  expect(seeded.exitCode).toBe(0);
  expect(h.results.state.cacheKeys(MAIN)).toEqual([key(101)]);
  const stored = cachedHistory(h);
  expect(stored.runs).toHaveLength(1);
  expect(stored.runs[0]).toMatchObject({ commit: sha(1), ref: MAIN, runId: '101' });
  expect(stored.runs[0].runner).toMatchObject({
    os: 'linux',
    arch: expect.any(String),
    cores: expect.any(Number),
  });

  const r = await pr(h, { runId: 102 });
  expect(r.stdout).toContain(`Cache hit for restore-key: ${key(101)}`);
  expect(r.outputs.verdict).toBe('fail');
  expect(h.gh.state.comments).toHaveLength(1);
  expect(h.gh.state.comments[0].body).toContain('BenchmarkFib20-2');
  expect(warnings(r)).toEqual([]);
  // A pull request only restores: nothing was reserved or written, on main or in its own scope.
  expect(reservations()).toBe(1);
  expect(h.results.state.cacheKeys()).toEqual([key(101)]);
});

test('a second push appends to the history and saves it under a new key; the first entry stays', async () => {
  await push(h, { runId: 101, commit: 1 });
  const second = await push(h, { runId: 102, commit: 2 });
  expect(second.exitCode).toBe(0);
  expect(second.stdout).toContain(
    'benchgate: history of 2 run(s) saved to cache key benchgate-v1-go-linux-main-102-1',
  );
  expect(h.results.state.cacheKeys(MAIN)).toEqual([key(101), key(102)]);
  expect(cachedHistory(h).runs.map((r) => r.commit)).toEqual([sha(1), sha(2)]);
});

test('the history keeps at most history-size runs, oldest dropped first', async () => {
  for (const n of [1, 2, 3, 4]) await push(h, { runId: 100 + n, commit: n, inputs: { 'history-size': '3' } });
  expect(cachedHistory(h).runs.map((r) => r.commit)).toEqual([sha(2), sha(3), sha(4)]);
  expect(h.results.state.cacheKeys(MAIN)).toHaveLength(4);
});

test('a cache miss: the PR runs without a baseline and passes, with no warning', async () => {
  const r = await pr(h);
  expect(r.exitCode).toBe(0);
  expect(r.outputs.verdict).toBe('pass');
  expect(r.stdout).toContain('benchgate: no history in the cache under benchgate-v1-go-linux-main-* yet');
  expect(warnings(r)).toEqual([]);
  expect(lookups()).toBe(1);
});

test('a second save under the same key (same run attempt) is skipped with a warning, never duplicated', async () => {
  await push(h, { runId: 101 });
  const again = await push(h, { runId: 101 });
  expect(again.exitCode).toBe(0);
  expect(warnings(again)).toContainEqual(
    expect.stringContaining(`This run was not added to the history: the cache already holds key ${key(101)}`),
  );
  expect(h.results.state.cacheKeys()).toEqual([key(101)]);
});

test('a 4xx from the cache service: a warning, no baseline, the verdict unaffected', async () => {
  await push(h, { runId: 101 });
  h.results.router.before = (req) =>
    req.url.pathname.includes('CacheService')
      ? { status: 400, body: { code: 'malformed', msg: 'bad request' } }
      : undefined;
  const r = await pr(h);
  expect(r.exitCode).toBe(0);
  expect(r.outputs.verdict).toBe('pass');
  const w = warnings(r);
  expect(w).toHaveLength(1);
  expect(w[0]).toMatch(
    /^benchgate: No baseline: the history \(cache\) could not be read: cache restore failed: Failed to GetCacheEntryDownloadURL: .*\(400\) Bad Request: bad request\./,
  );
  expect(r.summary).toContain('could not be read');
});

test('a 4xx on a base-branch run: nothing is saved over the history it could not read', async () => {
  await push(h, { runId: 101 });
  h.results.router.before = (req) =>
    req.url.pathname.endsWith('/GetCacheEntryDownloadURL')
      ? { status: 403, body: { code: 'permission_denied', msg: 'nope' } }
      : undefined;
  const r = await push(h, { runId: 102, commit: 2 });
  expect(r.exitCode).toBe(0);
  expect(warnings(r)).toContainEqual(expect.stringContaining('This run was not added to the history'));
  expect(h.results.state.cacheKeys()).toEqual([key(101)]);
});

test('a service that keeps answering 500 is given up after the store deadline', async () => {
  h.results.router.before = (req) =>
    req.url.pathname.includes('CacheService')
      ? { status: 500, body: { code: 'internal', msg: 'boom' } }
      : undefined;
  const started = Date.now();
  const r = await pr(h, { env: { BENCHGATE_STORE_TIMEOUT_SECONDS: '1' } });
  expect(Date.now() - started).toBeLessThan(15_000);
  expect(r.exitCode).toBe(0);
  expect(warnings(r)).toContainEqual(
    expect.stringContaining('could not be read: cache restore failed: no answer within 1 s'),
  );
});

test('a transient 500 is retried by the client and the baseline is still found', async () => {
  await push(h, { runId: 101 });
  const before = lookups();
  let failures = 1;
  h.results.router.before = (req) =>
    req.url.pathname.endsWith('/GetCacheEntryDownloadURL') && failures-- > 0
      ? { status: 500, body: { code: 'internal', msg: 'blip' } }
      : undefined;
  const r = await pr(h);
  expect(r.outputs.verdict).toBe('fail');
  expect(warnings(r)).toEqual([]);
  expect(lookups() - before).toBe(2);
});

test('a service that accepts connections and never answers: the deadline ends the wait', async () => {
  const sockets = new Set<net.Socket>();
  const silent = net.createServer((socket) => sockets.add(socket));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  try {
    const port = (silent.address() as AddressInfo).port;
    const r = await pr(h, {
      env: { ACTIONS_RESULTS_URL: `http://127.0.0.1:${port}/`, BENCHGATE_STORE_TIMEOUT_SECONDS: '1' },
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    expect(warnings(r)).toContainEqual(expect.stringContaining('no answer within 1 s'));
  } finally {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  }
});

test('no cache service (unreachable, no runtime token, not configured): a warning each, never a failure', async () => {
  const closed = net.createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
  const cases: [Record<string, string | undefined>, RegExp][] = [
    [{ ACTIONS_RESULTS_URL: `http://127.0.0.1:${port}/` }, /cache restore failed: .*ECONNREFUSED/],
    [{ ACTIONS_RUNTIME_TOKEN: undefined }, /ACTIONS_RUNTIME_TOKEN/],
    [{ ACTIONS_RESULTS_URL: undefined }, /the Actions cache service is not available to this step/],
  ];
  for (const [env, expected] of cases) {
    const r = await pr(h, { env });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    expect(warnings(r).join('\n')).toMatch(expected);
  }
});

test.each([
  ['corrupt', '{"schemaVersion": 1, "suite": "go", "runs": [', /not valid JSON/],
  ['truncated to nothing', '', /the history is empty/],
  [
    'not a history',
    '{"schemaVersion": 1, "suite": "go", "runs": [{"commit": 7}]}',
    /runs\[0\]: expected key "suite"/,
  ],
  [
    'from a newer benchgate',
    '{"schemaVersion": 2, "suite": "go", "runs": []}',
    /written by a newer benchgate \(schemaVersion 2/,
  ],
])(
  'a %s history: a warning naming the problem, the entry kept, a fresh history on the next push',
  async (_what, content, problem) => {
    await push(h, { runId: 101 });
    const bad = seedEntry(150, content);
    const r = await pr(h);
    expect(r.exitCode).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    const w = warnings(r).join('\n');
    expect(w).toContain(`the stored history (cache) is unusable: cache entry ${bad}`);
    expect(w).toMatch(problem);
    expect(w).toContain(`The unusable copy is kept: cache entry ${bad}, left untouched`);

    const next = await push(h, { runId: 151, commit: 2 });
    expect(next.exitCode).toBe(0);
    expect(h.results.state.cacheKeys(MAIN)).toEqual([key(101), bad, key(151)]);
    expect(cachedHistory(h).runs.map((x) => x.commit)).toEqual([sha(2)]);
    expect(h.results.state.cacheFiles(h.results.state.cacheEntries(MAIN)[1])[CACHE_FILE]).toBe(content);
  },
);

test('a cache archive that will not unpack counts as unusable, not as unreachable', async () => {
  await push(h, { runId: 101 });
  const bad = seedEntry(150, '{}');
  const entry = h.results.state.cacheEntries(MAIN).find((e) => e.key === bad)!;
  h.results.state.blobs.get(entry.blobPath)!.data = Buffer.from('this is not a tar archive');
  entry.sizeBytes = 25;
  const r = await pr(h);
  expect(r.exitCode).toBe(0);
  expect(warnings(r).join('\n')).toContain(
    `the stored history (cache) is unusable: cache entry ${bad} cannot be unpacked`,
  );
  // So a base-branch run is not blocked by it: it starts a fresh history under a new key.
  await push(h, { runId: 151, commit: 2 });
  expect(cachedHistory(h).runs.map((x) => x.commit)).toEqual([sha(2)]);
});

test('a read-only token: the save is refused by the service, with a warning; the verdict stands', async () => {
  await push(h, { runId: 101 });
  const r = await push(h, { runId: 102, commit: 2, runtime: { readOnly: true } });
  expect(r.exitCode).toBe(0);
  expect(warnings(r)).toContainEqual(expect.stringContaining('cache write denied'));
  expect(h.results.state.cacheKeys()).toEqual([key(101)]);
});

test("a fork's pull request cannot write the base branch's history, even with save: always", async () => {
  await push(h, { runId: 101 });
  const before = reservations();
  const r = await pr(h, {
    fork: true,
    inputs: { save: 'always', 'github-token': 'ghs_read' },
    runtime: { readOnly: true },
  });
  expect(r.outputs.verdict).toBe('fail');
  expect(reservations()).toBe(before);
  expect(h.results.state.cacheKeys()).toEqual([key(101)]);
  expect(cachedHistory(h).runs.map((x) => x.commit)).toEqual([sha(1)]);
});

test('two base-branch runs racing: each saves under its own key, and the later one merges what the other saved', async () => {
  await push(h, { runId: 101, commit: 1 });
  // Run 103 reads the history [1] when it starts; while it benchmarks, run 102 saves [1, 2]. The stand-in
  // plays run 102: right before run 103's second lookup (the one just before saving), the entry appears.
  let lookupsSeen = 0;
  h.results.router.before = (req) => {
    if (req.url.pathname.endsWith('/GetCacheEntryDownloadURL') && ++lookupsSeen === 2)
      seedEntry(
        102,
        JSON.stringify(
          historyOf([{ commit: sha(1) }, { commit: sha(2), timestamp: '2099-01-01T00:00:00.000Z' }]),
        ),
      );
    return undefined;
  };
  const r = await push(h, { runId: 103, commit: 3 });
  expect(r.exitCode).toBe(0);
  expect(h.results.state.cacheKeys(MAIN)).toEqual([key(101), key(102), key(103)]);
  expect(r.stdout).toContain('merged 1 run(s) another run saved meanwhile');
  expect(
    cachedHistory(h)
      .runs.map((x) => x.commit)
      .sort(),
  ).toEqual([sha(1), sha(2), sha(3)]);
});

test('a history recorded on other hardware: compared anyway, with a "runner changed" warning', async () => {
  await push(h, { runId: 101 });
  const other = { os: 'linux', arch: 'x64', cpu: 'Imaginary CPU 9000', cores: 64 };
  seedEntry(150, JSON.stringify(historyOf([1, 2, 3, 4, 5, 6].map(() => ({ runner: other })))));
  const r = await pr(h, { inputs: { 'output-file': 'base.txt' } });
  expect(r.exitCode).toBe(0);
  expect(warnings(r).join('\n')).toContain('The runner changed');
  expect(warnings(r).join('\n')).toContain('Imaginary CPU 9000 ×64');
});
