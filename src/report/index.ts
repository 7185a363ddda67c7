/**
 * Verdicts → what users read: the PR comment, the job summary and the JSON report. Pure and
 * deterministic: the same verdict renders to the same bytes.
 */
import type { Outcome, SeriesVerdict, SuiteVerdict } from '../analyze/types.js';
import { formatPercent, scaleFor } from '../units.js';
import { cell, code, details, table } from './markdown.js';

export const COMMENT_LIMIT = 65536;
export const SUMMARY_LIMIT = 1024 * 1024;

export function marker(suite: string): string {
  return `<!-- benchgate:${suite} -->`;
}

export interface ReportContext {
  /** Link target for the baseline commit, e.g. https://github.com/o/r/commit/<sha>. */
  commitUrl?: (sha: string) => string;
  /** Link to the job summary / run, mentioned when rows were left out. */
  runUrl?: string;
  runner?: string;
}

const BADGE: Record<Outcome, string> = { pass: '✅ PASS', warn: '⚠️ WARN', fail: '❌ FAIL' };

export function headline(v: SuiteVerdict): string {
  const c = v.counts;
  const parts: string[] = [];
  if (c.regressions)
    parts.push(
      `${c.regressions} regression${c.regressions === 1 ? '' : 's'}${c.critical ? ` (${c.critical} critical)` : ''}`,
    );
  if (c.improvements) parts.push(`${c.improvements} improvement${c.improvements === 1 ? '' : 's'}`);
  parts.push(`${c.unchanged} unchanged`);
  if (c.new) parts.push(`${c.new} new`);
  if (c.missing) parts.push(`${c.missing} missing`);
  return `benchgate ▸ ${BADGE[v.verdict]} — ${parts.join(', ')}`;
}

function row(s: SeriesVerdict): string[] {
  const fmt = scaleFor(s.unit, [s.baseline ?? NaN, s.current ?? NaN].filter(Number.isFinite));
  const ci = s.ci ? `[${formatPercent(s.ci[0])}, ${formatPercent(s.ci[1])}]` : '';
  return [
    code(s.name),
    cell(s.metric),
    s.baseline === undefined ? '—' : fmt(s.baseline),
    s.current === undefined ? '—' : fmt(s.current),
    s.change === undefined ? '—' : formatPercent(s.change),
    ci || '—',
    s.p === undefined ? '—' : s.p < 0.001 ? '<0.001' : s.p.toFixed(3),
    s.verdict === 'fail'
      ? '❌ fail'
      : s.verdict === 'warn'
        ? '⚠️ warn'
        : s.status === 'improvement'
          ? '🚀 better'
          : '✅ pass',
    cell(s.reason),
  ];
}

const HEADER = ['Benchmark', 'Metric', 'Baseline', 'Current', 'Change', 'CI', 'p', 'Verdict', 'Reason'];
const ALIGN: ('l' | 'r')[] = ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'l', 'l'];

export function renderMarkdown(v: SuiteVerdict, ctx: ReportContext = {}): string {
  const out: string[] = [marker(v.suite), `### ${cell(headline(v))}`, ''];
  const regressions = v.series.filter((s) => s.status === 'regression');
  const improvements = v.series.filter((s) => s.status === 'improvement');
  const rest = v.series.filter((s) => s.status !== 'regression' && s.status !== 'improvement');
  if (regressions.length) out.push('#### Regressions', '', table(HEADER, ALIGN, regressions.map(row)), '');
  if (improvements.length) out.push('#### Improvements', '', table(HEADER, ALIGN, improvements.map(row)), '');
  if (rest.length)
    out.push(
      details(
        `${rest.length} other series (unchanged, new, missing, ignored)`,
        table(HEADER, ALIGN, rest.map(row)),
      ),
      '',
    );
  const notes = [...v.warnings, ...v.series.flatMap((s) => s.warnings)];
  const seen = new Set<string>();
  const unique = notes.filter((w) => (seen.has(w.message) ? false : (seen.add(w.message), true)));
  if (unique.length)
    out.push(...unique.map((w, i) => `${i + 1}. ${cell(w.message)}${w.hint ? ` ${cell(w.hint)}` : ''}`), '');
  const base = v.baselineCommit
    ? ctx.commitUrl
      ? `[${v.baselineCommit.slice(0, 7)}](${ctx.commitUrl(v.baselineCommit)})`
      : code(v.baselineCommit.slice(0, 7))
    : 'none';
  out.push(
    `<sub>suite ${code(v.suite)} · mode ${v.mode} · baseline ${base} (${v.baselineRuns} run${v.baselineRuns === 1 ? '' : 's'}) · warn ≥ ${formatPercent(v.settings.warnThreshold)}, fail ≥ ${formatPercent(v.settings.failThreshold)}</sub>`,
  );
  return out.join('\n');
}

export interface JsonReport {
  suite: string;
  verdict: Outcome;
  mode: SuiteVerdict['mode'];
  counts: SuiteVerdict['counts'];
  baselineCommit?: string;
  series: Array<{
    name: string;
    metric: string;
    unit: string;
    direction: string;
    baseline: number | null;
    current: number | null;
    change: number | null;
    ci?: [number, number];
    p?: number;
    verdict: Outcome;
    status: SeriesVerdict['status'];
    reason: string;
  }>;
}

export function renderJson(v: SuiteVerdict): JsonReport {
  return {
    suite: v.suite,
    verdict: v.verdict,
    mode: v.mode,
    counts: v.counts,
    baselineCommit: v.baselineCommit,
    series: v.series.map((s) => ({
      name: s.name,
      metric: s.metric,
      unit: s.unit,
      direction: s.direction,
      baseline: s.baseline ?? null,
      current: s.current ?? null,
      change: s.change === undefined || !Number.isFinite(s.change) ? null : s.change,
      ...(s.ci ? { ci: s.ci } : {}),
      ...(s.p !== undefined ? { p: s.p } : {}),
      verdict: s.verdict,
      status: s.status,
      reason: s.reason,
    })),
  };
}
