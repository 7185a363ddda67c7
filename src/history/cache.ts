/**
 * The cache store (the default): the history as one JSON file in the Actions cache, through the real
 * @actions/cache client (DESIGN.md §5).
 *
 * - Save key `benchgate-v1-<suite>-<os>-<branch>-<run_id>-<attempt>`: every base-branch run saves a new
 *   entry (entries are immutable, so there is no "key that never updates"), and two racing runs never
 *   collide. Restore by the prefix `benchgate-v1-<suite>-<os>-<base>-`: the service answers with the
 *   newest entry under it, from this run's own scope or the base branch's.
 * - Pull requests only restore; the cache service itself keeps a PR's writes in `refs/pull/N/merge`,
 *   where no base-branch run ever looks.
 * - The file is archived relative to a private folder under RUNNER_TEMP with a fixed name, so the cache
 *   "version" (a hash of the paths) is the same on every runner, whatever its folder layout.
 * - Every failure is a value: unreachable → `unavailable`, nothing stored → `empty`, a stored entry
 *   that cannot be used → `invalid` (it stays in the cache, untouched, until evicted: entries cannot be
 *   overwritten, and the next save goes under a new key anyway).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import * as cache from '@actions/cache';
import { historyFileName } from './model.js';
import type { History } from '../model.js';
import type { HistoryStore, LoadResult, SaveResult } from './store.js';
import { decodeHistory } from './validate.js';
import { callToolkit, type ToolkitCall } from './toolkit.js';

export interface CacheStoreOptions {
  suite: string;
  /** Runner OS, lower case (`linux`): caches made by tar on one OS are not for another. */
  os: string;
  /** This run's branch: the key it saves under. */
  branch?: string;
  /** The base branch: the prefix it restores. */
  base?: string;
  runId: string;
  runAttempt: string;
  /** RUNNER_TEMP: where the file is staged. */
  tempDir: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  log: (message: string) => void;
}

/** Keys may not contain commas (the service splits on them); branch names may. */
function keyPart(s: string): string {
  return s.replace(/,/g, '_');
}

export function restorePrefix(o: Pick<CacheStoreOptions, 'suite' | 'os'>, base: string): string {
  return `benchgate-v1-${o.suite}-${o.os}-${keyPart(base)}-`;
}

export function saveKey(
  o: Pick<CacheStoreOptions, 'suite' | 'os' | 'runId' | 'runAttempt'>,
  branch: string,
): string {
  return `${restorePrefix(o, branch)}${o.runId}-${o.runAttempt}`;
}

const NOT_CONFIGURED =
  'the Actions cache service is not available to this step (no ACTIONS_RESULTS_URL: a self-hosted runner ' +
  'or GHES without the cache service, or a local runner); use store: artifact or store: file';

export class CacheStore implements HistoryStore {
  readonly name = 'cache';

  constructor(private readonly o: CacheStoreOptions) {}

  /**
   * Run a cache call from a private folder: @actions/cache resolves paths against the working
   * directory and archives them relative to GITHUB_WORKSPACE, and both are read at call time.
   */
  private async inFolder<T>(dir: string, fn: () => Promise<T>): Promise<ToolkitCall<T>> {
    const cwd = process.cwd();
    const workspace = this.o.env.GITHUB_WORKSPACE;
    process.chdir(dir);
    process.env.GITHUB_WORKSPACE = dir;
    try {
      return await callToolkit(fn, this.o.timeoutMs);
    } finally {
      process.chdir(cwd);
      if (workspace === undefined) delete process.env.GITHUB_WORKSPACE;
      else process.env.GITHUB_WORKSPACE = workspace;
    }
  }

  private folder(): string {
    const dir = path.join(this.o.tempDir, `benchgate-cache-${randomUUID()}`);
    fs.mkdirSync(dir, { recursive: true });
    return dir;
  }

  private problem(call: ToolkitCall<unknown>): string | undefined {
    if (call.timedOut) return `no answer within ${Math.round(this.o.timeoutMs / 1000)} s`;
    // The client's own "Failed to restore: " / "Failed to save: " would only repeat ours.
    return (call.error ?? call.problems[0])?.replace(/^Failed to (restore|save): /, '');
  }

  async load(suite: string): Promise<LoadResult> {
    if (!cache.isFeatureAvailable()) return { kind: 'unavailable', reason: NOT_CONFIGURED };
    if (!this.o.base) return { kind: 'unavailable', reason: 'no base branch is known for this run' };
    const prefix = restorePrefix(this.o, this.o.base);
    const file = historyFileName(suite);
    const dir = this.folder();
    try {
      const call = await this.inFolder(dir, () => cache.restoreCache([file], prefix));
      const key = call.value;
      if (!key) {
        const problem = this.problem(call);
        if (!problem)
          return {
            kind: 'empty',
            reason: `no history in the cache under ${prefix}* yet (a first run, or evicted after 7 days unused)`,
          };
        const hit = call.lines.map((l) => /Cache hit for(?: restore-key)?: (.+)$/.exec(l)?.[1]).find(Boolean);
        // An entry was found but its archive would not unpack: it is broken for good, not unreachable.
        if (hit && /tar|zstd|exit code/i.test(problem))
          return {
            kind: 'invalid',
            reason: `cache entry ${hit} cannot be unpacked (${problem})`,
            keptAt: `cache entry ${hit}, left untouched (cache entries are immutable; it is evicted after 7 days unused)`,
          };
        return { kind: 'unavailable', reason: `cache restore failed: ${problem}` };
      }
      const kept = `cache entry ${key}, left untouched (cache entries are immutable; it is evicted after 7 days unused)`;
      let text: string;
      try {
        text = fs.readFileSync(path.join(dir, file), 'utf8');
      } catch {
        return { kind: 'invalid', reason: `cache entry ${key} holds no ${file}`, keptAt: kept };
      }
      const v = decodeHistory(text, suite);
      if (!v.ok) return { kind: 'invalid', reason: `cache entry ${key}: ${v.reason}`, keptAt: kept };
      return { kind: 'found', history: v.history, source: `cache entry ${key}` };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  async save(history: History): Promise<SaveResult> {
    if (!cache.isFeatureAvailable()) return { kind: 'failed', reason: NOT_CONFIGURED };
    if (!this.o.branch) return { kind: 'failed', reason: 'this run is on no branch' };
    const key = saveKey(this.o, this.o.branch);
    const file = historyFileName(history.suite);
    const dir = this.folder();
    try {
      fs.writeFileSync(path.join(dir, file), `${JSON.stringify(history)}\n`);
      const call = await this.inFolder(dir, () => cache.saveCache([file], key));
      if (call.value !== undefined && call.value !== -1) return { kind: 'saved', where: `cache key ${key}` };
      if (call.lines.some((l) => /another job may be creating this cache/.test(l)))
        return {
          kind: 'skipped',
          reason: `the cache already holds key ${key}: this run attempt saved before (a second step with suite "${history.suite}"?)`,
        };
      return {
        kind: 'failed',
        reason: `cache save failed: ${this.problem(call) ?? 'the cache service did not accept it'}`,
      };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
}
