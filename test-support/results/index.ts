/**
 * A stand-in for the Actions results service on 127.0.0.1, for the real @actions/cache and
 * @actions/artifact clients: Twirp CacheService and ArtifactService plus a SAS-checking blob endpoint,
 * on one port. `runtimeEnv()` builds the environment a runner gives a step that may use them.
 *
 * ```ts
 * const results = await startResults();
 * await runAction({ ..., env: { ...results.runtimeEnv({ ref: 'refs/pull/7/merge', base: 'main' }) } });
 * results.state.cacheKeys('refs/heads/main'); // what was saved
 * ```
 */
import { Router, listen, type Listening } from '../http.js';
import { ResultsState, FORK_REPOSITORY_ID, REPOSITORY_ID } from './state.js';
import { cacheRoutes } from './cache.js';
import { artifactRoutes } from './artifacts.js';
import { blobRoutes } from './blob.js';
import { makeRuntimeToken, READ, WRITE, type CacheScope } from './token.js';

export interface RuntimeOptions {
  /** GITHUB_RUN_ID of the run; a fresh one when absent. */
  runId?: number;
  runAttempt?: number;
  /** The run's own ref, the cache scope it writes: `refs/heads/main` (default), `refs/pull/7/merge`. */
  ref?: string;
  /**
   * The base branch a pull request run may read (added as a read-only scope). Default: `main` for a
   * `refs/pull/…` ref, none otherwise.
   */
  base?: string;
  /** The token may only read, even its own ref (an untrusted event, a fork). */
  readOnly?: boolean;
  /** Explicit `ac` scopes, overriding `ref`, `base` and `readOnly`. */
  scopes?: CacheScope[];
  /** For the REST view of this run's artifacts. */
  event?: string;
  headBranch?: string;
  headSha?: string;
  /** The run's head lives in a fork (its artifacts' `head_repository_id` differs). */
  fork?: boolean;
}

export interface ResultsStandin extends Listening {
  state: ResultsState;
  router: Router;
  /**
   * The environment variables for a step of one run: ACTIONS_RUNTIME_TOKEN (an unsigned JWT with
   * `scp` and `ac`), ACTIONS_RESULTS_URL, ACTIONS_CACHE_SERVICE_V2, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT,
   * and GITHUB_SERVER_URL removed (a 127.0.0.1 server URL would make the cache client fall back to the
   * retired v1 protocol). Spread it into runAction's `env`.
   */
  runtimeEnv(opts?: RuntimeOptions): Record<string, string | undefined>;
}

export async function startResults(): Promise<ResultsStandin> {
  const router = new Router();
  const state = new ResultsState();
  cacheRoutes(router, state);
  artifactRoutes(router, state);
  blobRoutes(router, state);
  const l = await listen(router);
  state.baseUrl = l.url;

  const runtimeEnv = (o: RuntimeOptions = {}): Record<string, string | undefined> => {
    const ref = o.ref ?? 'refs/heads/main';
    const pr = /^refs\/pull\/\d+\/merge$/.test(ref);
    const base = o.base ?? (pr ? 'main' : undefined);
    const scopes: CacheScope[] = o.scopes ?? [
      { scope: ref, permission: o.readOnly ? READ : READ | WRITE },
      ...(base && `refs/heads/${base}` !== ref ? [{ scope: `refs/heads/${base}`, permission: READ }] : []),
    ];
    const run = state.registerRun({
      id: o.runId,
      event: o.event ?? (pr ? 'pull_request' : 'push'),
      headBranch:
        o.headBranch ?? (ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : 'feature'),
      headSha: o.headSha,
      headRepositoryId: o.fork ? FORK_REPOSITORY_ID : REPOSITORY_ID,
    });
    const attempt = o.runAttempt ?? 1;
    return {
      ACTIONS_RUNTIME_TOKEN: makeRuntimeToken({
        runBackendId: run.backendId,
        jobBackendId: `job-be-${run.id}-${attempt}`,
        scopes,
      }),
      ACTIONS_RESULTS_URL: `${l.url}/`,
      ACTIONS_CACHE_SERVICE_V2: 'true',
      GITHUB_SERVER_URL: undefined,
      GITHUB_RUN_ID: String(run.id),
      GITHUB_RUN_ATTEMPT: String(attempt),
    };
  };

  return { ...l, state, router, runtimeEnv };
}

export { ResultsState, REPOSITORY_ID, FORK_REPOSITORY_ID } from './state.js';
export type { Artifact, CacheEntry, WorkflowRun } from './state.js';
export { READ, WRITE, makeRuntimeToken } from './token.js';
export { readZip, writeZip } from './zip.js';
