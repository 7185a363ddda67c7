/** Trends in one line of Unicode blocks, from the base branch's history. Pure. */
import type { History } from '../model.js';
import { seriesId } from '../model.js';

const BLOCKS = '▁▂▃▄▅▆▇█';

/**
 * "▁▂▁▃▁█": each value as one of eight blocks between the smallest and largest value. A flat series is a
 * flat line; non-finite values are skipped.
 */
export function sparkline(values: number[]): string {
  const v = values.filter(Number.isFinite);
  if (v.length === 0) return '';
  let lo = Infinity;
  let hi = -Infinity;
  for (const x of v) {
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  if (hi === lo) return BLOCKS[3].repeat(v.length);
  return v.map((x) => BLOCKS[Math.min(7, Math.floor(((x - lo) / (hi - lo)) * 8))]).join('');
}

export interface TrendPoint {
  /** The run's commit, or undefined for this run. */
  commit?: string;
  /** Position of the run in the history (oldest 0), or undefined for this run. */
  run?: number;
  value: number;
}

/** Every series' past headline values, indexed once (a suite may have thousands of series). */
export type TrendIndex = (id: { name: string; metric: string }, current: number | undefined) => TrendPoint[];

/**
 * The headline values of a series over the newest `points - 1` base-branch runs, then this run's value:
 * what the trend sparkline and the summary's chart show.
 */
export function trendIndex(history: History | undefined, points = 20): TrendIndex {
  const past = new Map<string, TrendPoint[]>();
  for (const [i, run] of (history?.runs ?? []).entries()) {
    for (const s of run.series) {
      if (!Number.isFinite(s.value)) continue;
      const id = seriesId(s);
      const list = past.get(id) ?? [];
      list.push({ commit: run.commit, run: i, value: s.value });
      past.set(id, list);
    }
  }
  return (id, current) => {
    const list = past.get(seriesId(id)) ?? [];
    const keep = current === undefined ? points : points - 1;
    const out = list.slice(Math.max(0, list.length - keep));
    if (current !== undefined && Number.isFinite(current)) out.push({ value: current });
    return out;
  };
}
