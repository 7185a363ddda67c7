/**
 * The results stand-in behaves like the service the real clients expect: SAS-checked blobs, scopes from
 * the runtime token, newest-prefix matching. (The end-to-end tests drive it with the real clients; these
 * pin down the refusals they rely on.)
 */
import {
  startResults,
  makeRuntimeToken,
  READ,
  WRITE,
  type ResultsStandin,
} from '../../test-support/results/index.js';

let r: ResultsStandin;
beforeEach(async () => {
  r = await startResults();
});
afterEach(async () => {
  await r.close();
});

const twirp = (method: string, body: unknown, token?: string) =>
  fetch(`${r.url}/twirp/github.actions.results.api.v1.CacheService/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

const token = (scopes: { scope: string; permission: number }[]) =>
  makeRuntimeToken({ runBackendId: 'run-be-1', jobBackendId: 'job-be-1', scopes });

describe('blob endpoint', () => {
  const path = '/devstoreaccount1/actions-cache/9';
  const put = (
    url: string,
    body = 'data',
    headers: Record<string, string> = { 'x-ms-blob-type': 'BlockBlob' },
  ) => fetch(url, { method: 'PUT', body, headers });

  test('a write SAS may write and not read; a read SAS may read and not write', async () => {
    expect((await put(r.state.signedUrl(path, 'cw'))).status).toBe(201);
    const denied = await fetch(r.state.signedUrl(path, 'cw'));
    expect(denied.status).toBe(403);
    expect(denied.headers.get('x-ms-error-code')).toBe('AuthorizationPermissionMismatch');
    expect(await (await fetch(r.state.signedUrl(path, 'r'))).text()).toBe('data');
    expect((await put(r.state.signedUrl(path, 'r'))).status).toBe(403);
  });

  test('a tampered signature or permission, or an expired URL, is refused', async () => {
    const url = new URL(r.state.signedUrl(path, 'r'));
    url.searchParams.set('sp', 'rcw');
    expect((await put(url.toString())).headers.get('x-ms-error-code')).toBe('AuthenticationFailed');
    const expired = r.state.signedUrl(path, 'cw', -1000);
    const res = await put(expired);
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('Signed expiry time has passed');
  });

  test('blocks are committed in block-list order', async () => {
    const w = r.state.signedUrl(path, 'cw');
    await put(`${w}&comp=block&blockid=Yg%3D%3D`, 'B', {});
    await put(`${w}&comp=block&blockid=YQ%3D%3D`, 'A', {});
    const list =
      '<?xml version="1.0" encoding="utf-8"?><BlockList><Latest>YQ==</Latest><Latest>Yg==</Latest></BlockList>';
    expect(
      (await put(`${w}&comp=blocklist`, list, { 'x-ms-blob-content-type': 'application/zip' })).status,
    ).toBe(201);
    const got = await fetch(r.state.signedUrl(path, 'r'));
    expect(await got.text()).toBe('AB');
    expect(got.headers.get('content-type')).toBe('application/zip');
  });
});

describe('CacheService', () => {
  test('no runtime token: 401', async () => {
    expect((await twirp('GetCacheEntryDownloadURL', { key: 'k', version: 'v' })).status).toBe(401);
  });

  test('writes go to the first writable scope; a read-only token is denied as the real service does', async () => {
    const pr = token([
      { scope: 'refs/pull/7/merge', permission: READ | WRITE },
      { scope: 'refs/heads/main', permission: READ },
    ]);
    expect(await (await twirp('CreateCacheEntry', { key: 'k-1', version: 'v' }, pr)).json()).toMatchObject({
      ok: true,
    });
    expect(r.state.cache[0].scope).toBe('refs/pull/7/merge');
    const readOnly = token([{ scope: 'refs/heads/main', permission: READ }]);
    expect(
      await (await twirp('CreateCacheEntry', { key: 'k-2', version: 'v' }, readOnly)).json(),
    ).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^cache write denied:/),
    });
  });

  test('lookups: own scope first, then the base; exact key, then the newest with the prefix; same version only', async () => {
    const seed = (key: string, scope: string, version = 'v') =>
      r.state.seedCacheEntry({ key, scope, version, files: { 'f.json': key } });
    seed('p-1', 'refs/heads/main');
    seed('p-3', 'refs/heads/main');
    seed('p-2', 'refs/heads/main');
    seed('p-9', 'refs/heads/main', 'other-version');
    const pr = token([
      { scope: 'refs/pull/7/merge', permission: READ | WRITE },
      { scope: 'refs/heads/main', permission: READ },
    ]);
    const find = async (key: string, t = pr) =>
      (
        (await (
          await twirp('GetCacheEntryDownloadURL', { key, restore_keys: [], version: 'v' }, t)
        ).json()) as { matched_key: string }
      ).matched_key;
    expect(await find('p-')).toBe('p-2');
    expect(await find('p-1')).toBe('p-1');
    seed('p-0', 'refs/pull/7/merge');
    expect(await find('p-')).toBe('p-0');
    expect(await find('q-')).toBe('');
    expect(await find('p-', token([{ scope: 'refs/heads/other', permission: READ }]))).toBe('');
    expect((await twirp('GetCacheEntryDownloadURL', { key: 'p-', version: 'v' }, token([]))).status).toBe(
      403,
    );
  });
});
