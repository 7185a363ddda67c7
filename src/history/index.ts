/** Picks the history store the config asks for, loads the baseline and records base-branch runs. */
import type { Config } from '../config/index.js';
import type { RunContext } from '../github/context.js';
import { isBaseBranchRun } from '../github/context.js';
import type { History, Run } from '../model.js';
import type { Warning } from '../analyze/types.js';
import type { HistoryStore } from './store.js';
import { FileStore } from './file.js';
import { appendRun, emptyHistory } from './model.js';

export interface StoreEnv {
  config: Config;
  ctx: RunContext;
  env: NodeJS.ProcessEnv;
  /** The base branch whose history is read (and written on base-branch runs). */
  baseBranch: string | undefined;
  log: (message: string) => void;
}

export function openStore(e: StoreEnv): HistoryStore | undefined {
  switch (e.config.store) {
    case 'file':
      return new FileStore(e.config.historyPath);
    case 'none':
      return undefined;
    default:
      return undefined;
  }
}

export interface Baseline {
  history?: History;
  warnings: Warning[];
}

/** Load the base branch's history; every failure becomes a warning and the run goes on without one. */
export async function loadBaseline(store: HistoryStore | undefined, e: StoreEnv): Promise<Baseline> {
  if (!store) return { warnings: [] };
  const loaded = await store.load(e.config.suite);
  if (loaded.kind === 'found') return { history: loaded.history, warnings: [] };
  if (loaded.kind === 'empty') {
    e.log(`benchgate: ${loaded.reason}`);
    return { warnings: [] };
  }
  return {
    warnings: [
      {
        kind: 'store',
        message: `History (${store.name}) ${loaded.kind}: ${loaded.reason}.`,
        hint:
          loaded.kind === 'invalid' && loaded.keptAt
            ? `The unreadable copy was kept at ${loaded.keptAt}.`
            : undefined,
      },
    ],
  };
}

/** Whether this run may extend the base branch's history: never from a pull request. */
export function mayRecord(e: StoreEnv): boolean {
  if (e.ctx.pullRequest) return false;
  return e.config.save === 'always' || (e.config.save === 'auto' && isBaseBranchRun(e.ctx, e.baseBranch));
}

/** Append this run and save; returns a warning when the save failed (the verdict is unaffected). */
export async function recordRun(
  store: HistoryStore | undefined,
  e: StoreEnv,
  history: History | undefined,
  run: Run,
): Promise<Warning[]> {
  if (!store || !mayRecord(e)) return [];
  const next = appendRun(history ?? emptyHistory(e.config.suite), run, e.config.historySize);
  const saved = await store.save(next);
  if (saved.kind === 'failed') return [{ kind: 'store', message: `History not saved: ${saved.reason}.` }];
  e.log(
    `benchgate: history ${saved.kind === 'saved' ? `saved to ${saved.where}` : `not saved: ${saved.reason}`}`,
  );
  return [];
}

export type { HistoryStore, LoadResult, SaveResult } from './store.js';
