/**
 * What a store may save: a history that loads again. Every store validates what it reads, and a
 * history that cannot be read stops the recording of later runs (saving would replace it), so a
 * document over the caps would lose the history from then on, not just this run. Pure.
 */
import type { History, Run } from '../model.js';
import { LIMITS } from '../limits.js';
import { decodeHistory } from './validate.js';

export type Storable =
  | {
      ok: true;
      history: History;
      /** Older runs whose samples were dropped, and oldest runs dropped, to stay under the size cap. */
      trimmedSamples: number;
      droppedRuns: number;
    }
  | { ok: false; reason: string };

/** The bytes a store writes for the document (`JSON.stringify` and a newline). */
function bytesOf(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value));
}

function withoutSamples(r: Run): Run {
  return { ...r, series: r.series.map(({ samples: _samples, runs: _runs, ...s }) => s) };
}

/**
 * `next` as it may be saved, under LIMITS.documentBytes: first the samples of older runs go (oldest
 * first; the newest run keeps its own), then the oldest runs. The newest run is never dropped: when
 * it alone does not fit, or breaks another cap (series per run, name length, …), nothing may be
 * saved and the reason says which.
 */
export function storable(next: History, suite: string, maxBytes: number = LIMITS.documentBytes): Storable {
  const newest = next.runs[next.runs.length - 1];
  if (newest && newest.series.length > LIMITS.seriesPerRun) {
    return {
      ok: false,
      reason:
        `the run has ${newest.series.length.toLocaleString('en-US')} series, more than the ` +
        `${LIMITS.seriesPerRun.toLocaleString('en-US')} a stored run may hold`,
    };
  }
  const runs = next.runs.slice();
  const sizes = runs.map(bytesOf);
  // the document without its runs, the runs' commas and the newline
  let total = bytesOf({ ...next, runs: [] }) + Math.max(0, runs.length - 1) + 1;
  for (const s of sizes) total += s;
  let trimmedSamples = 0;
  for (let i = 0; total > maxBytes && i < runs.length - 1; i++) {
    if (!runs[i].series.some((s) => s.samples !== undefined || s.runs !== undefined)) continue;
    runs[i] = withoutSamples(runs[i]);
    const size = bytesOf(runs[i]);
    total -= sizes[i] - size;
    sizes[i] = size;
    trimmedSamples++;
  }
  let droppedRuns = 0;
  while (total > maxBytes && droppedRuns < runs.length - 1) total -= sizes[droppedRuns++] + 1;
  const history: History =
    trimmedSamples === 0 && droppedRuns === 0 ? next : { ...next, runs: runs.slice(droppedRuns) };
  if (total > maxBytes) {
    return {
      ok: false,
      reason: `the run alone is ${(total / 1024 / 1024).toFixed(0)} MiB as a history, more than the ${maxBytes / 1024 / 1024} MiB a store may hold`,
    };
  }
  const loaded = decodeHistory(`${JSON.stringify(history)}\n`, suite);
  if (!loaded.ok) return { ok: false, reason: `it would not load again (${loaded.reason})` };
  return { ok: true, history, trimmedSamples, droppedRuns };
}
