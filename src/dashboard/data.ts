/**
 * Histories → the dashboard's data document: compact, columnar and deterministic. Pure.
 *
 * Layout (every array indexed by position, no repeated keys per point):
 *   commits  every commit once, across suites, in order of first appearance
 *   runners  every runner description once ("linux/x64, AMD EPYC 7763 ×4")
 *   suites   per suite: its runs as columns (commit index, Unix seconds, runner index or -1), then its
 *            series, each with values already in the series' display unit (µs, MiB, k ops/s) and rounded
 *            to four significant digits (never fewer than the integer digits), `null` where the run lacks
 *            the series, and the change points (run indices where a new segment starts).
 */
import type { History } from '../model.js';
import { seriesId } from '../model.js';
import { describeRunner, runnerKind } from '../history/runner.js';
import { changePoints } from '../stats/change-points.js';
import { scaleOf } from '../units.js';
import { seriesAnchor } from '../report/anchor.js';

export const DATA_VERSION = 1;

export interface DashboardSeries {
  /** Anchor id, also the element id of the series' card: `s-…`. */
  id: string;
  /** Name as the tool printed it. */
  n: string;
  /** Metric. */
  m: string;
  /** Display unit ("µs", "MiB", "k ops/s", or the tool's own). */
  u: string;
  /** 1 when smaller is better, 0 when bigger is. */
  s: 0 | 1;
  /** One value per run of the suite, in `u`; null where the run has no value. */
  v: (number | null)[];
  /** Run indices where a new segment starts. */
  cp: number[];
}

export interface DashboardSuite {
  name: string;
  runs: {
    /** Index into `commits`. */
    c: number[];
    /** Unix time in seconds (0 when the timestamp is unreadable). */
    t: number[];
    /** Index into `runners`, -1 when not recorded. */
    r: number[];
    /** Runner kinds change here: the run indices where the OS, architecture or CPU differ from before. */
    rc: number[];
  };
  series: DashboardSeries[];
}

export interface DashboardData {
  v: typeof DATA_VERSION;
  /** Repository page, e.g. https://github.com/o/r: commit links point to `${repo}/commit/${sha}`. */
  repo: string | null;
  commits: string[];
  runners: string[];
  suites: DashboardSuite[];
}

export interface DashboardOptions {
  /** The repository's web address (GITHUB_SERVER_URL/GITHUB_REPOSITORY); only http(s) addresses. */
  repoUrl?: string;
}

/** Only an http(s) address without credentials, normalized, may become a link. */
export function safeRepoUrl(url: string | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if ((u.protocol !== 'https:' && u.protocol !== 'http:') || u.username || u.password) return null;
  return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
}

/**
 * Four significant digits, and every integer digit: what the page shows, one digit more than the PR
 * comment's three, so the chart, the tooltip and the table agree with the report.
 */
export function roundValue(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const decimals = Math.max(0, 3 - Math.floor(Math.log10(Math.abs(x))));
  return Number(x.toFixed(Math.min(decimals, 20)));
}

function seconds(iso: string): number {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? Math.round(ms / 1000) : 0;
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function dashboardData(histories: History[], options: DashboardOptions = {}): DashboardData {
  const commits: string[] = [];
  const commitIndex = new Map<string, number>();
  const runners: string[] = [];
  const runnerIndex = new Map<string, number>();
  const intern = (list: string[], index: Map<string, number>, key: string): number => {
    let i = index.get(key);
    if (i === undefined) {
      i = list.length;
      list.push(key);
      index.set(key, i);
    }
    return i;
  };

  // Suites in name order; one history per suite (a later one of the same name is merged run by run).
  const bySuite = new Map<string, History['runs']>();
  for (const h of histories) bySuite.set(h.suite, [...(bySuite.get(h.suite) ?? []), ...h.runs]);
  const suites = [...bySuite.entries()]
    .sort((a, b) => byText(a[0], b[0]))
    .map(([name, runs]): DashboardSuite => {
      const c = runs.map((r) => intern(commits, commitIndex, r.commit));
      const t = runs.map((r) => seconds(r.timestamp));
      const r = runs.map((run) =>
        run.runner ? intern(runners, runnerIndex, describeRunner(run.runner)) : -1,
      );
      const rc: number[] = [];
      let kind: string | undefined;
      runs.forEach((run, i) => {
        const k = runnerKind(run.runner);
        if (k === undefined) return;
        if (kind !== undefined && k !== kind) rc.push(i);
        kind = k;
      });

      // Every series of the suite, with its values per run.
      const found = new Map<string, { name: string; metric: string; unit: string; smaller: boolean }>();
      const values = new Map<string, (number | undefined)[]>();
      runs.forEach((run, i) => {
        for (const s of run.series) {
          if (!Number.isFinite(s.value)) continue;
          const id = seriesId(s);
          if (!found.has(id)) {
            found.set(id, {
              name: s.name,
              metric: s.metric,
              unit: s.unit,
              smaller: s.direction !== 'bigger',
            });
            values.set(id, new Array<number | undefined>(runs.length));
          }
          // The newest run decides unit and direction, as the analysis does.
          const meta = found.get(id)!;
          meta.unit = s.unit;
          meta.smaller = s.direction !== 'bigger';
          values.get(id)![i] = s.value;
        }
      });
      const ids = [...found.keys()].sort((a, b) => byText(a, b));
      const series = ids.map((id): DashboardSeries => {
        const meta = found.get(id)!;
        const raw = values.get(id)!;
        const present: number[] = [];
        const at: number[] = [];
        raw.forEach((x, i) => {
          if (x !== undefined) {
            present.push(x);
            at.push(i);
          }
        });
        const scale = scaleOf(meta.unit, present);
        return {
          id: seriesAnchor(name, meta.name, meta.metric),
          n: meta.name,
          m: meta.metric,
          u: scale.label,
          s: meta.smaller ? 1 : 0,
          v: raw.map((x) => (x === undefined ? null : roundValue(x / scale.divisor))),
          cp: changePoints(present).map((p) => at[p.index]),
        };
      });
      return { name, runs: { c, t, r, rc }, series };
    });
  return { v: DATA_VERSION, repo: safeRepoUrl(options.repoUrl), commits, runners, suites };
}
