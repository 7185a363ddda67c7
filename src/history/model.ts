/** The History document: creating, appending with a cap, and trimming samples. Pure. */
import type { History, Run } from '../model.js';

export const SCHEMA_VERSION = 1 as const;

/** Raw samples are kept for the newest few runs only; older runs keep their headlines and spreads. */
export const RUNS_WITH_SAMPLES = 5;

export function emptyHistory(suite: string): History {
  return { schemaVersion: SCHEMA_VERSION, suite, runs: [] };
}

/**
 * Append a run, keep at most `cap` runs (oldest dropped first) and samples for the newest
 * `runsWithSamples` runs. A run for a commit already in the history replaces it (a re-run of the same
 * push must not count twice).
 */
export function appendRun(h: History, run: Run, cap: number, runsWithSamples = RUNS_WITH_SAMPLES): History {
  const runs = h.runs.filter((r) => r.commit !== run.commit || r.commit === '');
  runs.push(run);
  const kept = runs.slice(Math.max(0, runs.length - cap));
  const firstWithSamples = kept.length - runsWithSamples;
  return {
    ...h,
    runs: kept.map((r, i) =>
      i >= firstWithSamples
        ? r
        : { ...r, series: r.series.map(({ samples: _samples, runs: _runs, ...s }) => s) },
    ),
  };
}

/**
 * The runs of `theirs` that `ours` lacks, merged in: what another base-branch run saved while this one
 * was benchmarking (a race that `concurrency:` would have prevented), so that saving this run does not
 * drop that one. Runs are identified by commit; order is by timestamp, oldest first.
 */
export function mergeHistories(ours: History, theirs: History): History {
  const known = new Set(ours.runs.map((r) => r.commit));
  const extra = theirs.runs.filter((r) => !known.has(r.commit));
  if (extra.length === 0) return ours;
  const runs = [...ours.runs, ...extra].sort((a, b) => a.timestamp.localeCompare(b.timestamp));
  return { ...ours, runs };
}

/** The file that holds a suite's history inside a cache entry or an artifact. */
export function historyFileName(suite: string): string {
  return `benchgate-history-${suite}.json`;
}
