/**
 * Runs and histories for the CLI: a run read from output files with its commit, ref, time and runner,
 * and the history file read through the file store the action uses (kept aside when unusable).
 */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { runnerFingerprint } from '../fingerprint.js';
import type { History, Run } from '../model.js';
import { BenchgateError } from '../errors.js';
import { applyOverrides, type Config } from '../config/index.js';
import { readOutputs } from '../results.js';
import { FileStore } from '../history/file.js';
import { emptyHistory } from '../history/model.js';
import type { CliIO, OptionValues } from './command.js';
import { str } from './shared.js';

function git(args: string[], cwd: string): string | undefined {
  try {
    return (
      execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() ||
      undefined
    );
  } catch {
    return undefined;
  }
}

/** The first of the CI systems' own variables that is set (GitLab, Buildkite, Jenkins, GitHub). */
function fromEnv(env: NodeJS.ProcessEnv, names: string[]): string | undefined {
  for (const n of names) if (env[n]?.trim()) return env[n]!.trim();
  return undefined;
}

/** --commit, else the CI's commit variable, else `git rev-parse HEAD`. */
export function commitOf(values: OptionValues, io: CliIO): string {
  const commit =
    str(values, 'commit') ??
    fromEnv(io.env, ['CI_COMMIT_SHA', 'BUILDKITE_COMMIT', 'GIT_COMMIT', 'GITHUB_SHA']) ??
    git(['rev-parse', 'HEAD'], io.cwd);
  if (!commit)
    throw new BenchgateError(
      '--commit',
      'expected the commit of the run (not in a git work tree, and no CI variable names it)',
    );
  return commit;
}

/** --ref, else the CI's branch variable, else git's current branch ('' when detached). */
export function refOf(values: OptionValues, io: CliIO): string {
  const ref =
    str(values, 'ref') ??
    fromEnv(io.env, [
      'CI_COMMIT_REF_NAME',
      'BUILDKITE_BRANCH',
      'BRANCH_NAME',
      'GIT_BRANCH',
      'GITHUB_REF_NAME',
    ]) ??
    git(['rev-parse', '--abbrev-ref', 'HEAD'], io.cwd);
  return ref === undefined || ref === 'HEAD' ? '' : ref;
}

/** --timestamp as ISO 8601, else now. */
export function timestampOf(values: OptionValues, now: Date): string {
  const raw = str(values, 'timestamp');
  if (raw === undefined) return now.toISOString();
  const t = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(raw.trim())
    ? Date.parse(raw)
    : NaN;
  if (!Number.isFinite(t))
    throw new BenchgateError(
      '--timestamp',
      `expected an ISO 8601 time such as 2026-12-01T10:00:00Z, got ${JSON.stringify(raw)}`,
    );
  return new Date(t).toISOString();
}

/** The run of this machine's outputs, its series in canonical units with the config's overrides. */
export function readRun(
  config: Config,
  files: string[],
  meta: { commit: string; ref: string; timestamp: string },
  io: CliIO,
): Run {
  const r = readOutputs(files, config.format, io.cwd);
  return {
    suite: config.suite,
    tool: r.format,
    ...meta,
    runner: runnerFingerprint(),
    series: applyOverrides(config.analysis, r.series),
  };
}

/** A history file that was there but unusable: moved aside by the file store, never written over. */
export interface KeptAside {
  reason: string;
  keptAt?: string;
}

/**
 * The history in a file, read by the file store. Missing is an empty history; unreadable, or another
 * suite's, is an error (nothing may be written over it); unusable (corrupt, from a newer benchgate) is
 * `keptAside` after the store moved it, and an empty history.
 */
export async function loadHistoryFile(
  file: string,
  suite: string,
  io: CliIO,
): Promise<{ store: FileStore; history: History; found: boolean; keptAside?: KeptAside }> {
  const abs = path.resolve(io.cwd, file);
  const store = new FileStore(abs);
  const loaded = await store.load(suite);
  switch (loaded.kind) {
    case 'found':
      return { store, history: loaded.history, found: true };
    case 'empty':
      return { store, history: emptyHistory(suite), found: false };
    case 'invalid':
      return {
        store,
        history: emptyHistory(suite),
        found: false,
        keptAside: { reason: loaded.reason.replace(`${abs}: `, ''), keptAt: loaded.keptAt },
      };
    case 'unavailable':
      throw new BenchgateError(file, `expected a readable history: ${loaded.reason.replace(`${abs}: `, '')}`);
  }
}

/** What to say of an unusable history that was kept aside. */
export function keptAsideError(file: string, k: KeptAside): BenchgateError {
  return new BenchgateError(
    file,
    `expected a benchgate history; ${k.reason}${k.keptAt ? ` (kept aside as ${k.keptAt})` : ''}`,
  );
}
