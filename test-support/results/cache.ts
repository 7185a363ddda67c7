/**
 * Twirp CacheService (the cache v2 protocol): CreateCacheEntry, FinalizeCacheEntryUpload,
 * GetCacheEntryDownloadURL. Scopes come from the runtime token's `ac` claim: a run writes to the first
 * scope it may write (its own ref) and reads its readable scopes in order — for a pull request,
 * `refs/pull/N/merge` first, then the base branch. Within a scope: the exact key, then the newest key
 * with the key as prefix, then each restore key the same way. Entries are immutable: a second
 * reservation of a key in the same scope and version is refused.
 */
import type { Router } from '../http.js';
import type { CacheEntry, ResultsState } from './state.js';
import { READ, WRITE } from './token.js';
import { field, rpc, str, twirpError } from './twirp.js';

const SERVICE = 'github.actions.results.api.v1.CacheService';

function newestWithPrefix(entries: CacheEntry[], prefix: string): CacheEntry | undefined {
  // Entries are kept in creation order: the last match is the newest.
  return entries.filter((e) => e.key.startsWith(prefix)).at(-1);
}

export function cacheRoutes(router: Router, s: ResultsState): void {
  rpc(router, SERVICE, 'CreateCacheEntry', (c, b) => {
    const key = str(b, 'key');
    const version = str(b, 'version');
    if (!key || !version) return twirpError(400, 'invalid_argument', 'key and version are required');
    const scope = c.scopes.find((x) => (x.permission & WRITE) !== 0);
    if (!scope)
      return {
        status: 200,
        body: {
          ok: false,
          signed_upload_url: '',
          message: 'cache write denied: the token of this run may not write to any cache scope',
        },
      };
    if (s.cache.some((e) => e.scope === scope.scope && e.key === key && e.version === version))
      return { status: 200, body: { ok: false, signed_upload_url: '' } };
    const id = s.id();
    const blobPath = `/devstoreaccount1/actions-cache/${id}`;
    s.cache.push({ id, key, version, scope: scope.scope, blobPath, finalized: false, createdAt: s.now() });
    return { status: 200, body: { ok: true, signed_upload_url: s.signedUrl(blobPath, 'cw') } };
  });

  rpc(router, SERVICE, 'FinalizeCacheEntryUpload', (c, b) => {
    const key = str(b, 'key');
    const version = str(b, 'version');
    const scope = c.scopes.find((x) => (x.permission & WRITE) !== 0);
    const entry = s.cache.find(
      (e) => !e.finalized && e.key === key && e.version === version && e.scope === scope?.scope,
    );
    if (!entry) return { status: 200, body: { ok: false, entry_id: '0' } };
    const blob = s.blobs.get(entry.blobPath);
    const size = Number(str(b, 'size_bytes'));
    if (!blob || blob.data.length !== size)
      return twirpError(
        400,
        'invalid_argument',
        `the blob holds ${blob?.data.length ?? 0} bytes, size_bytes says ${size}`,
      );
    entry.finalized = true;
    entry.sizeBytes = size;
    return { status: 200, body: { ok: true, entry_id: String(entry.id) } };
  });

  rpc(router, SERVICE, 'GetCacheEntryDownloadURL', (c, b) => {
    const key = str(b, 'key');
    const version = str(b, 'version');
    const restoreKeys = (field(b, 'restore_keys') as string[] | undefined) ?? [];
    const readable = c.scopes.filter((x) => (x.permission & READ) !== 0);
    if (readable.length === 0)
      return twirpError(
        403,
        'permission_denied',
        'cache read denied: the token of this run may not read any cache scope',
      );
    for (const scope of readable) {
      const entries = s.cacheEntries(scope.scope).filter((e) => e.version === version);
      const hit =
        entries.find((e) => e.key === key) ??
        newestWithPrefix(entries, key) ??
        restoreKeys
          .map((k) => entries.find((e) => e.key === k) ?? newestWithPrefix(entries, k))
          .find((e) => e !== undefined);
      if (hit)
        return {
          status: 200,
          body: { ok: true, signed_download_url: s.signedUrl(hit.blobPath, 'r'), matched_key: hit.key },
        };
    }
    return { status: 200, body: { ok: false, signed_download_url: '', matched_key: '' } };
  });
}
