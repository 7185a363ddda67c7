/**
 * Picks the history store the config asks for, loads the baseline and records base-branch runs.
 * Storage never decides a verdict: every failure here becomes a warning and the run goes on.
 */
import * as os from 'node:os';
import type { Config } from '../config/index.js';
import {
  isBaseBranchRun,
  type History,
  type Run,
  type RunContext,
  type RunnerFingerprint,
  type Warning,
} from '../model.js';
import { unreachable } from '../errors.js';
import type { HistoryStore, LoadResult } from './store.js';
import type { ArtifactListing } from './artifact.js';
import { FileStore } from './file.js';
import { appendRun, emptyHistory, mergeHistories } from './model.js';
import { storable } from './fit.js';
import { LIMITS } from '../limits.js';
import { sameRunner } from './runner.js';
import { storeTimeoutMs } from './toolkit.js';

export interface StoreEnv {
  config: Config;
  ctx: RunContext;
  env: NodeJS.ProcessEnv;
  /** The base branch whose history is read (and written on base-branch runs). */
  baseBranch: string | undefined;
  log: (message: string) => void;
  /**
   * The OS of the runner that produced the results (from their fingerprint). In `comment` and `report`
   * modes the comparing job may run elsewhere than the benchmarks did; the cache key must follow the
   * benchmarks, or a Windows suite would be compared with nothing (or with Linux numbers).
   */
  runnerOs?: string;
  /** Called with the history as saved (the dashboard); its warnings join the run's. */
  onSaved?: (history: History) => Promise<Warning[]>;
  /** How the artifact store lists the repository's artifacts (GitHub's REST API, made by the caller). */
  artifacts?: ArtifactListing;
}

/** One name per OS for cache keys, whether it comes from RUNNER_OS ("Windows") or Node ("win32"). */
export function cacheOsName(raw: string): string {
  const v = raw.toLowerCase();
  if (v === 'win32' || v === 'windows') return 'windows';
  if (v === 'darwin' || v === 'macos') return 'macos';
  return v;
}

/**
 * The store the config names. The cache and artifact stores, and the toolkit clients behind them, are
 * loaded only when configured: most runs need one of them, none needs both.
 */
export async function openStore(e: StoreEnv): Promise<HistoryStore | undefined> {
  const { config, ctx, env } = e;
  const tempDir = env.RUNNER_TEMP || os.tmpdir();
  const timeoutMs = storeTimeoutMs(env);
  switch (config.store) {
    case 'none':
      return undefined;
    case 'file':
      return new FileStore(config.historyPath);
    case 'cache': {
      const { CacheStore } = await import('./cache.js');
      return new CacheStore({
        suite: config.suite,
        os: cacheOsName(e.runnerOs || env.RUNNER_OS || process.platform),
        branch: ctx.branch,
        base: e.baseBranch,
        runId: ctx.runId || '0',
        runAttempt: ctx.runAttempt || '1',
        tempDir,
        env,
        timeoutMs,
        log: e.log,
      });
    }
    case 'artifact': {
      const { ArtifactStore } = await import('./artifact.js');
      return new ArtifactStore({
        suite: config.suite,
        base: e.baseBranch,
        token: config.token,
        repository: ctx.repository,
        listing: e.artifacts,
        tempDir,
        retentionDays: config.retentionDays,
        timeoutMs,
        log: e.log,
      });
    }
    default:
      return unreachable(config.store, 'store');
  }
}

export interface Baseline {
  /** What the analysis compares with: the runs from this kind of runner, when there are enough. */
  history?: History;
  /** The history as stored, all runs: what a base-branch run extends. */
  stored?: History;
  /** How the load went; `none` without a store. */
  status: LoadResult['kind'] | 'none';
  warnings: Warning[];
}

/**
 * Load the base branch's history; every failure becomes a warning and the run goes on without one.
 * With `runner`, the analysis gets only the runs from the same kind of runner when there are at least
 * min-samples of them, else all runs and a `runner-changed` warning.
 */
export async function loadBaseline(
  store: HistoryStore | undefined,
  e: StoreEnv,
  runner?: RunnerFingerprint,
): Promise<Baseline> {
  if (!store) return { status: 'none', warnings: [] };
  const loaded = await store.load(e.config.suite);
  switch (loaded.kind) {
    case 'found': {
      e.log(`benchgate: history of ${loaded.history.runs.length} run(s) from ${loaded.source}`);
      const same = sameRunner(loaded.history, runner, e.config.analysis.minSamples);
      if (same.dropped > 0)
        e.log(
          `benchgate: comparing with the ${same.history.runs.length} run(s) from this kind of runner (${same.dropped} from other hardware left out)`,
        );
      return {
        history: same.history,
        stored: loaded.history,
        status: 'found',
        warnings: same.warning ? [same.warning] : [],
      };
    }
    case 'empty':
      e.log(`benchgate: ${loaded.reason}`);
      return { status: 'empty', warnings: [] };
    case 'unavailable':
      return {
        status: 'unavailable',
        warnings: [
          {
            kind: 'store',
            message: `No baseline: the history (${store.name}) could not be read: ${loaded.reason}.`,
            hint: 'The run goes on without one; storage problems never fail the check.',
          },
        ],
      };
    case 'invalid':
      return {
        status: 'invalid',
        warnings: [
          {
            kind: 'store',
            message: `No baseline: the stored history (${store.name}) is unusable: ${loaded.reason}.`,
            hint: `A fresh history starts with the next base-branch run.${loaded.keptAt ? ` The unusable copy is kept: ${loaded.keptAt}.` : ''}`,
          },
        ],
      };
  }
}

/** Events that may record with `save: always`: ones only the repository itself can trigger. */
const TRUSTED_EVENTS = [
  'push',
  'schedule',
  'workflow_dispatch',
  'repository_dispatch',
  'release',
  'merge_group',
];

/**
 * Whether this run may extend a history: never from a pull request or any event a pull request can
 * trigger (pull_request_target, workflow_run, issue_comment…). `auto`: pushes, schedules and manual
 * runs on the base branch; `always`: also other branches (each branch's history is its own: the cache
 * keys and artifact lookups are per branch); `never`.
 */
export function mayRecord(e: StoreEnv): boolean {
  if (e.ctx.pullRequest || !TRUSTED_EVENTS.includes(e.ctx.eventName)) return false;
  if (e.config.save === 'never') return false;
  return e.config.save === 'always' || isBaseBranchRun(e.ctx, e.baseBranch);
}

/**
 * Append this run and save. Returns warnings when that did not happen (the verdict is unaffected).
 * Never saves over a history it could not read (that would replace a long history with this one run),
 * and merges what another run saved meanwhile, so a race loses nothing.
 */
export async function recordRun(
  store: HistoryStore | undefined,
  e: StoreEnv,
  baseline: Baseline,
  run: Run,
): Promise<Warning[]> {
  if (!store || !mayRecord(e)) return [];
  if (baseline.status === 'unavailable')
    return [
      {
        kind: 'store',
        message:
          'This run was not added to the history: the stored history could not be read, and saving now would replace it.',
        hint: 'The next base-branch run tries again.',
      },
    ];
  let history = baseline.stored ?? emptyHistory(e.config.suite);
  const again = await store.load(e.config.suite);
  if (again.kind === 'found') {
    const merged = mergeHistories(history, again.history);
    if (merged !== history)
      e.log(
        `benchgate: merged ${merged.runs.length - history.runs.length} run(s) another run saved meanwhile`,
      );
    history = merged;
  }
  // what would not load again is never saved: an unreadable history would stop all later recording
  const fit = storable(appendRun(history, run, e.config.historySize), e.config.suite);
  if (!fit.ok)
    return [
      {
        kind: 'store',
        message: `This run was not added to the history: ${fit.reason}.`,
        hint: 'docs/security.md#the-caps lists what a stored history may hold.',
      },
    ];
  const next = fit.history;
  const trimmed: Warning[] = [];
  if (fit.trimmedSamples > 0 || fit.droppedRuns > 0)
    trimmed.push({
      kind: 'store',
      message:
        `The history was trimmed to stay under ${LIMITS.documentBytes / 1024 / 1024} MiB: ` +
        `${fit.trimmedSamples} older run(s) lost their samples, the ${fit.droppedRuns} oldest run(s) were dropped.`,
      hint: 'A smaller history-size keeps more of each run.',
    });
  const saved = await store.save(next);
  if (saved.kind === 'saved') {
    e.log(`benchgate: history of ${next.runs.length} run(s) saved to ${saved.where}`);
    return [...trimmed, ...((await e.onSaved?.(next)) ?? [])];
  }
  return [{ kind: 'store', message: `This run was not added to the history: ${saved.reason}.` }];
}

export type { HistoryStore, LoadResult, SaveResult } from './store.js';
