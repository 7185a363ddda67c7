/**
 * Several output files for one side of a comparison: parts of one run, or replicates (separate runs).
 *
 * The rule (docs/statistics.md, "Replicates"): the k-th file that carries a series holds that series'
 * k-th run. Files with disjoint series are therefore parts of one run, exactly as before; files that carry
 * the same series are separate runs of it (`go test -count 10 > run1.txt` in three processes, or
 * `bench-{1,2,3}.json`). Nothing needed declaring, and no existing configuration changes meaning: the same
 * series in two files used to be an error. Pure: callers read the files.
 */
import type { Series } from './model.js';
import { seriesId } from './model.js';
import { median } from './stats/index.js';

export interface FileSeries {
  file: string;
  series: Series[];
}

export interface Combined {
  /** One series per identity; replicated ones carry `runs` (see mergeRuns). */
  series: Series[];
  /** The largest number of runs any series has (1: no replicates). */
  runs: number;
}

/** Series of all files, in first-seen order; a series in several files becomes one series with `runs`. */
export function combineFiles(files: readonly FileSeries[]): Combined {
  const groups = new Map<string, Series[]>();
  for (const f of files)
    for (const s of f.series) {
      const id = seriesId(s);
      const g = groups.get(id);
      if (g) g.push(s);
      else groups.set(id, [s]);
    }
  const series: Series[] = [];
  let runs = 1;
  for (const g of groups.values()) {
    series.push(g.length === 1 ? g[0] : mergeRuns(g));
    if (g.length > runs) runs = g.length;
  }
  return { series, runs };
}

/**
 * One series from several runs of it: the headline is the median of the runs' headlines (a run-level
 * value, which is what the history compares), the samples are all runs' samples in run order, and `runs`
 * keeps each run for the between-run test. Name, metric, unit and direction are the first run's (a unit
 * that differs between runs is an error: the runs are not of one thing).
 */
export function mergeRuns(list: readonly Series[]): Series {
  const first = list[0];
  const runs: { value: number; samples?: number[] }[] = [];
  const samples: number[] = [];
  let allSamples = true;
  for (const s of list) {
    if (s.unit !== first.unit)
      throw new Error(
        `expected every run of "${first.name}" (${first.metric}) in one unit, got ${first.unit} and ${s.unit}`,
      );
    runs.push(
      s.samples && s.samples.length > 0 ? { value: s.value, samples: s.samples } : { value: s.value },
    );
    if (s.samples && s.samples.length > 0) for (const v of s.samples) samples.push(v);
    else allSamples = false;
  }
  const { spread: _spread, samples: _samples, runs: _runs, ...rest } = first;
  return {
    ...rest,
    value: median(runs.map((r) => r.value)),
    ...(allSamples ? { samples } : {}),
    runs,
  };
}
