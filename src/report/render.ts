/**
 * The PR comment and the job summary, from verdicts. Pure and deterministic: the same input renders to
 * the same bytes.
 *
 * Both documents have the same shape: a headline with the verdict; regressions first (worst first), then
 * improvements, each as a table; every other series (unchanged, no baseline, missing, ignored) in a
 * collapsed table; numbered notes for what could not be resolved; a footer with how the comparison was
 * made. The summary adds a history chart of the top regressions and shows the other series unfolded.
 *
 * Size limits are met by leaving out the least important rows first — unchanged before improvements
 * before regressions, and within a group the smallest changes first — and saying how many were left out
 * and where to find them.
 */
import type { SeriesVerdict, SuiteCounts, SuiteVerdict, Warning } from '../analyze/types.js';
import { emptyCounts, worstOutcome } from '../analyze/verdicts.js';
import type { History, RunnerFingerprint } from '../model.js';
import { dashboardLinks } from './dashboard-links.js';
import { historyCharts } from './chart.js';
import { change, icon, interval, percent, plural, thousands, valuePair, value } from './format.js';
import { formatLevel, formatPValue } from '../units.js';
import {
  cell,
  code,
  details,
  markerKey,
  prose,
  superscript,
  tableHead,
  tableRow,
  type Align,
} from './markdown.js';
import { sparkline, trendIndex, type TrendIndex } from './sparkline.js';
import { abModeText, abRoundsSection } from './ab.js';

/** GitHub refuses a comment body longer than this many characters. */
export const COMMENT_LIMIT = 65536;
/** The runner drops a step summary larger than 1 MiB; it counts bytes (UTF-8), so this does too. */
export const SUMMARY_LIMIT = 1024 * 1024;

/** How many notes a document lists; the rest are counted (they are all in the JSON report). */
const MAX_NOTES = 20;
/** How many regressions get a chart in the summary. */
const MAX_CHARTS = 3;

export interface SuiteReport {
  verdict: SuiteVerdict;
  /** The base-branch history the verdict was compared with: trends and charts. */
  history?: History;
  /** The runner this run's benchmarks ran on. */
  runner?: RunnerFingerprint;
}

export interface ReportContext {
  /** Link target for a commit, e.g. https://github.com/o/r/commit/<sha>. */
  commitUrl?: (sha: string) => string;
  /** The workflow run, whose page shows the job summary. */
  runUrl?: string;
  /** The artifact that holds the JSON report, when one was uploaded. */
  artifact?: string;
  /** Marker key of a combined report (several suites); one suite's marker is its name. */
  key?: string;
  /** Branch the baseline comes from, for the footer. */
  baseBranch?: string;
  /** One suite's history (same as SuiteReport.history). */
  history?: History;
  /** One suite's runner (same as SuiteReport.runner). */
  runner?: RunnerFingerprint;
  /** The published dashboard (`dashboard-url`): the footer links each regressed series' chart. */
  dashboardUrl?: string;
  /** Override the size limit (tests). */
  limit?: number;
}

export type DocumentKind = 'comment' | 'summary';

export function marker(key: string): string {
  return `<!-- benchgate:${markerKey(key)} -->`;
}

const VERDICT_ICON = { pass: '✅', warn: '⚠️', fail: '❌' } as const;

function sumCounts(list: SuiteCounts[]): SuiteCounts {
  const out = emptyCounts();
  for (const c of list) for (const k of Object.keys(out) as (keyof SuiteCounts)[]) out[k] += c[k];
  return out;
}

/** "2 regressions (1 critical), 3 improvements, 120 unchanged, 4 without a baseline". */
export function countsText(c: SuiteCounts): string {
  const parts: string[] = [];
  if (c.regressions)
    parts.push(
      `${plural(c.regressions, 'regression')}${c.critical ? ` (${thousands(c.critical)} critical)` : ''}`,
    );
  if (c.improvements) parts.push(plural(c.improvements, 'improvement'));
  if (c.unchanged) parts.push(`${thousands(c.unchanged)} unchanged`);
  if (c.new) parts.push(`${thousands(c.new)} without a baseline`);
  if (c.missing) parts.push(`${thousands(c.missing)} missing`);
  if (c.ignored) parts.push(`${thousands(c.ignored)} ignored`);
  return parts.length ? parts.join(', ') : 'no benchmark results';
}

/** The one-line verdict: `benchgate ▸ FAIL — 2 regressions (1 critical), 3 improvements, 120 unchanged`. */
export function headline(v: SuiteVerdict | SuiteVerdict[]): string {
  const list = Array.isArray(v) ? v : [v];
  const verdict = worstOutcome(list.map((x) => x.verdict));
  const suites = list.length > 1 ? `${list.length} suites: ` : '';
  return `benchgate ▸ ${verdict.toUpperCase()} — ${suites}${countsText(sumCounts(list.map((x) => x.counts)))}`;
}

// ─── rows ────────────────────────────────────────────────────────────────────────────────────────────

type Group = 'regression' | 'improvement' | 'other';

interface Row {
  id: number;
  suite: number;
  group: Group;
  s: SeriesVerdict;
  /** The table line, once drawn (`lineOf`). */
  line?: string;
}

function groupOf(s: SeriesVerdict): Group {
  if (s.status === 'regression' || s.verdict !== 'pass') return 'regression';
  if (s.status === 'improvement') return 'improvement';
  return 'other';
}

// Few, narrow columns: GitHub shows comments about 880 pixels wide and scrolls wider tables sideways.
// The verdict, its reason, the interval and p sit in small print under the name and the change.
const HEAD: Record<Group, { header: string[]; align: Align[] }> = {
  regression: {
    header: ['', 'Benchmark', 'Baseline → Current', 'Change', 'Trend'],
    align: ['c', 'l', 'r', 'r', 'l'],
  },
  improvement: {
    header: ['', 'Benchmark', 'Baseline → Current', 'Change'],
    align: ['c', 'l', 'r', 'r'],
  },
  other: {
    header: ['', 'Benchmark', 'Baseline → Current', 'Change', 'Why'],
    align: ['c', 'l', 'r', 'r', 'l'],
  },
};

/**
 * The interval's confidence level in the change column's header: "Change (95% CI, p)". Regressions
 * may show the fail bound instead, labelled with its own level in the cell ("≥ +22.6% at 99.9%").
 */
function headerFor(group: Group, confidence: number): string[] {
  const what =
    group === 'regression' ? `${formatLevel(confidence)} CI or bound` : `${formatLevel(confidence)} CI`;
  return HEAD[group].header.map((h) =>
    h === 'Change' && group !== 'other' ? `Change <sub>(${what}, p)</sub>` : h,
  );
}

/** The verdict in one word, with the severity: "fail (critical)", "warn". */
function verdictWord(s: SeriesVerdict): string {
  return `**${s.verdict}**${s.severity ? ` (${s.severity})` : ''}`;
}

function reasonText(s: SeriesVerdict): string {
  const limit = s.limit ? ` (limit: ${s.limit.kind} ${value(s.limit.value, s.unit)})` : '';
  return `${s.reason}${limit}`;
}

// ─── notes ───────────────────────────────────────────────────────────────────────────────────────────

interface Notes {
  /** Deduplicated notes in order of first appearance. */
  list: string[];
  /** Footnote numbers (1-based) of one series' warnings. */
  marks(s: SeriesVerdict): number[];
}

function noteText(w: Warning): string {
  return `${w.message}${w.hint ? ` ${w.hint}` : ''}`;
}

/** What the comparison could not resolve, as sentences: notes about the suite as a whole. */
function resolutionNotes(v: SuiteVerdict): string[] {
  // A global shift is analyze's warning (rendered with the other warnings), never said twice.
  const out: string[] = [];
  const unresolved = v.series.filter(
    (s) =>
      s.resolvable !== undefined && Number.isFinite(s.resolvable) && s.resolvable > v.settings.warnThreshold,
  );
  // analyze may already have said it as a warning; one note is enough.
  const said = [...v.warnings, ...v.series.flatMap((s) => s.warnings)].some((w) => w.kind === 'unresolvable');
  if (unresolved.length && !said) {
    const worstRes = unresolved.reduce((m, s) => Math.max(m, s.resolvable as number), -Infinity);
    out.push(
      `${plural(unresolved.length, 'series', 'series')} could not resolve a change as small as the warn threshold (${percent(v.settings.warnThreshold)}); the least sensitive only changes above ${percent(worstRes)}. More samples (or same-job mode) make smaller changes visible.`,
    );
  }
  return out;
}

function collectNotes(v: SuiteVerdict): Notes {
  const index = new Map<string, number>();
  const list: string[] = [];
  const add = (text: string): number => {
    let n = index.get(text);
    if (n === undefined) {
      list.push(text);
      n = list.length;
      index.set(text, n);
    }
    return n;
  };
  for (const w of v.warnings) add(noteText(w));
  for (const t of resolutionNotes(v)) add(t);
  const bySeries = new Map<SeriesVerdict, number[]>();
  for (const s of v.series) {
    if (!s.warnings.length) continue;
    bySeries.set(s, [...new Set(s.warnings.map((w) => add(noteText(w))))]);
  }
  return { list, marks: (s) => bySeries.get(s) ?? [] };
}

// ─── footer ──────────────────────────────────────────────────────────────────────────────────────────

function range(values: number[]): string | undefined {
  if (!values.length) return undefined;
  let lo = Infinity;
  let hi = -Infinity;
  for (const x of values) {
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  return lo === hi ? thousands(lo) : `${thousands(lo)}–${thousands(hi)}`;
}

function runnerText(r: RunnerFingerprint | undefined): string | undefined {
  if (!r) return undefined;
  return [`${r.os}/${r.arch}`, r.cpu, r.cores ? plural(r.cores, 'core') : undefined]
    .filter((x): x is string => Boolean(x))
    .map(cell)
    .join(', ');
}

function modeText(v: SuiteVerdict, base: string | undefined): string {
  const of = base ? ` of ${code(base, { table: false })}` : '';
  switch (v.mode) {
    case 'ab':
      return abModeText(v);
    case 'same-job':
      return 'same-job: the base commit, benchmarked in this job';
    case 'history':
      return `history: ${plural(v.baselineRuns, 'run')}${of}`;
    case 'threshold':
      return `threshold only: ${plural(v.baselineRuns, 'run')}${of}, too little data for statistics`;
    case 'none':
      return 'no baseline yet';
  }
}

function footer(r: SuiteReport, ctx: ReportContext, kind: DocumentKind): string {
  const v = r.verdict;
  const parts: string[] = [`mode ${modeText(v, ctx.baseBranch)}`];
  if (v.baselineCommit) {
    const short = v.baselineCommit.replace(/[^0-9A-Za-z]/g, '').slice(0, 7);
    const safe = /^[0-9a-f]{7,64}$/i.test(v.baselineCommit);
    parts.push(
      `baseline ${ctx.commitUrl && safe ? `[\`${short}\`](${ctx.commitUrl(v.baselineCommit)})` : `\`${short || '?'}\``}`,
    );
  }
  const cur = range(v.series.flatMap((s) => (s.n ? [s.n.current] : [])));
  const base = range(v.series.flatMap((s) => (s.n ? [s.n.baseline] : [])));
  if (cur) parts.push(`samples ${cur} per series${base ? ` (baseline ${base})` : ''}`);
  parts.push(
    `${formatLevel(v.settings.confidence)} confidence, ${thousands(v.settings.resamples)} resamples, FDR ${percent(v.settings.fdrQ)}`,
  );
  parts.push(`warn ≥ ${percent(v.settings.warnThreshold)}, fail ≥ ${percent(v.settings.failThreshold)}`);
  const runner = runnerText(r.runner);
  if (runner) parts.push(`runner ${runner}`);
  if (kind === 'comment' && ctx.runUrl) parts.push(`[full report](${ctx.runUrl})`);
  const charts = dashboardLinks(v, ctx.dashboardUrl);
  if (charts) parts.push(charts);
  return `<sub>${parts.join(' · ')}</sub>`;
}

// ─── the document ────────────────────────────────────────────────────────────────────────────────────

interface Prepared {
  reports: SuiteReport[];
  rows: Row[];
  notes: Notes[];
  trends: TrendIndex[];
  /** Each suite's footer, made once per document. */
  footers: Map<number, string>;
}

/** Rows, grouped but not yet drawn: a row's line is drawn on first use (most are left out of huge suites). */
function prepare(reports: SuiteReport[]): Prepared {
  const rows: Row[] = [];
  const notes = reports.map((r) => collectNotes(r.verdict));
  const trends = reports.map((r) => trendIndex(r.history));
  reports.forEach((r, si) => {
    for (const s of r.verdict.series) rows.push({ id: rows.length, suite: si, group: groupOf(s), s });
  });
  return { reports, rows, notes, trends, footers: new Map() };
}

/** One row's table line, drawn once. */
function lineOf(p: Prepared, row: Row): string {
  if (row.line !== undefined) return row.line;
  const { s, suite: si, group } = row;
  const marks = p.notes[si].marks(s).filter((n) => n <= MAX_NOTES);
  const why = `${prose(reasonText(s))}${marks.length ? ` ${marks.map(superscript).join(' ')}` : ''}`;
  const name = `${code(s.name)} · ${cell(s.metric)}`;
  // Non-breaking spaces keep "+2.1% … +8.4%" and "p < 0.001" whole; a line break separates them.
  // A row whose sentence is about the fail bound shows that bound at its level, not the interval.
  const range =
    s.bound && Number.isFinite(s.bound.change)
      ? `≥ ${change(s.bound.change)} at ${formatLevel(s.bound.confidence)}`
      : s.ci
        ? interval(s.ci)
        : '';
  const stats = [range, s.p !== undefined ? formatPValue(s.p) : '']
    .filter((x) => x && x !== '—')
    .map((x) => x.replace(/ /g, '\u00a0'))
    .join('<br>');
  const delta = `**${change(s.change)}**${stats ? `<br><sub>${stats}</sub>` : ''}`;
  let cells: string[];
  if (group === 'regression') {
    const trend = sparkline(p.trends[si](s, s.current).map((x) => x.value));
    cells = [
      icon(s),
      `${name}<br><sub>${verdictWord(s)}: ${why}</sub>`,
      cell(valuePair(s)),
      delta,
      trend.length >= 2 ? trend : '—',
    ];
  } else if (group === 'improvement') {
    cells = [icon(s), `${name}<br><sub>${why}</sub>`, cell(valuePair(s)), delta];
  } else {
    cells = [icon(s), name, cell(valuePair(s)), change(s.change), why];
  }
  row.line = tableRow(cells);
  return row.line;
}

/** How a composed document gets its rows' lines: drawn, or empty to measure everything else. */
type Lines = (row: Row) => string;

interface LeftOut {
  total: number;
  byGroup: Record<Group, number>;
}

function otherSummary(c: SuiteCounts, shown: number, total: number): string {
  const parts: string[] = [];
  if (c.unchanged) parts.push(`${thousands(c.unchanged)} unchanged`);
  if (c.new) parts.push(`${thousands(c.new)} without a baseline`);
  if (c.missing) parts.push(`${thousands(c.missing)} missing`);
  if (c.ignored) parts.push(`${thousands(c.ignored)} ignored`);
  const extra = total - (c.unchanged + c.new + c.missing + c.ignored);
  if (extra > 0) parts.push(`${thousands(extra)} other`);
  const hidden = shown < total ? ` (${thousands(shown)} shown)` : '';
  return `${plural(total, 'other series', 'other series')}: ${parts.join(', ')}${hidden}`;
}

function leftOutNote(left: LeftOut, kind: DocumentKind, ctx: ReportContext, totalRows: number): string {
  const what = [
    left.byGroup.other ? `${thousands(left.byGroup.other)} unchanged or without a verdict` : '',
    left.byGroup.improvement ? plural(left.byGroup.improvement, 'improvement') : '',
    left.byGroup.regression ? plural(left.byGroup.regression, 'regression') : '',
  ].filter(Boolean);
  const limit =
    kind === 'comment'
      ? "GitHub's 65,536-character limit for comments"
      : "GitHub's 1 MiB limit for job summaries";
  const where: string[] = [];
  if (kind === 'comment') where.push(ctx.runUrl ? `the [job summary](${ctx.runUrl})` : 'the job summary');
  where.push(
    ctx.artifact
      ? `the JSON report (artifact ${code(ctx.artifact, { table: false })}, and the \`report-json\` output)`
      : 'the JSON report (the `report-json` output)',
  );
  return `> [!NOTE]\n> ${thousands(left.total)} of ${thousands(totalRows)} rows are left out to stay within ${limit}: ${what.join(', ')}. Every series is in ${where.join(' and in ')}.`;
}

function renderSuite(
  p: Prepared,
  si: number,
  kind: DocumentKind,
  ctx: ReportContext,
  keep: (row: Row) => boolean,
  combined: boolean,
  line: Lines,
): string {
  const r = p.reports[si];
  const v = r.verdict;
  const out: string[] = [];
  const level = '####';
  if (combined)
    out.push(
      `### ${VERDICT_ICON[v.verdict]} ${code(v.suite, { table: false })} — ${v.verdict.toUpperCase()}: ${countsText(v.counts)}`,
      '',
    );
  const rows = p.rows.filter((x) => x.suite === si);
  const shown = (g: Group): Row[] => rows.filter((x) => x.group === g && keep(x));
  const conf = v.settings.confidence;

  const regressions = shown('regression');
  if (regressions.length) {
    out.push(`${level} Regressions`, '', tableHead(headerFor('regression', conf), HEAD.regression.align));
    for (const x of regressions) out.push(line(x));
    out.push('');
  }
  const improvements = shown('improvement');
  if (improvements.length) {
    out.push(`${level} Improvements`, '', tableHead(headerFor('improvement', conf), HEAD.improvement.align));
    for (const x of improvements) out.push(line(x));
    out.push('');
  }
  if (kind === 'summary' && regressions.length) {
    const charted = regressions
      .slice(0, MAX_CHARTS)
      .map((x) => ({ series: x.s, points: p.trends[si](x.s, x.s.current) }));
    const charts = historyCharts(charted);
    if (charts) out.push(`${level} History of the top regressions`, '', charts, '');
  }
  out.push(...abRoundsSection(v, level));
  const others = shown('other');
  const otherTotal = rows.filter((x) => x.group === 'other').length;
  if (others.length) {
    const body = [tableHead(headerFor('other', conf), HEAD.other.align), ...others.map(line)].join('\n');
    out.push(details(otherSummary(v.counts, others.length, otherTotal), body, kind === 'summary'), '');
  }
  if (!v.series.length) out.push('No benchmark results.', '');

  const notes = p.notes[si].list;
  if (notes.length) {
    out.push(`${level} Notes`, '');
    notes.slice(0, MAX_NOTES).forEach((n, i) => out.push(`${i + 1}. ${prose(n)}`));
    if (notes.length > MAX_NOTES)
      out.push('', `…and ${plural(notes.length - MAX_NOTES, 'more note')}, in the JSON report.`);
    out.push('');
  }
  let foot = p.footers.get(si);
  if (foot === undefined) {
    foot = footer(r, ctx, kind);
    p.footers.set(si, foot);
  }
  out.push(foot);
  return out.join('\n');
}

function compose(
  p: Prepared,
  kind: DocumentKind,
  ctx: ReportContext,
  keep: (row: Row) => boolean,
  left: LeftOut | undefined,
  line: Lines = (row) => lineOf(p, row),
): string {
  const verdicts = p.reports.map((r) => r.verdict);
  const combined = p.reports.length > 1;
  const key = ctx.key ?? verdicts[0]?.suite ?? 'default';
  const verdict = worstOutcome(verdicts.map((v) => v.verdict));
  const out: string[] = [];
  if (kind === 'comment') out.push(marker(key));
  out.push(`### ${VERDICT_ICON[verdict]} ${headline(verdicts)}`, '');
  if (left) out.push(leftOutNote(left, kind, ctx, p.rows.length), '');
  p.reports.forEach((_, si) => {
    out.push(renderSuite(p, si, kind, ctx, keep, combined, line));
    out.push('');
  });
  return `${out.join('\n').trimEnd()}\n`;
}

// ─── fitting ─────────────────────────────────────────────────────────────────────────────────────────

/** UTF-8 length without allocating the encoded bytes. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Comments are limited in characters (UTF-16 length is never less), summaries in bytes. */
export function measure(kind: DocumentKind, text: string): number {
  return kind === 'comment' ? text.length : utf8Length(text);
}

const GROUP_DROP: Record<Group, number> = { other: 0, improvement: 1, regression: 2 };
const OTHER_DROP: Record<string, number> = { ignored: 0, unchanged: 1, missing: 2, new: 3 };
const VERDICT_DROP: Record<string, number> = { pass: 0, warn: 1, fail: 2 };
const SEVERITY_DROP: Record<string, number> = { none: 0, minor: 1, moderate: 2, critical: 3 };

function size(c: number | undefined): number {
  return c === undefined || Number.isNaN(c) ? 0 : Math.abs(c);
}

/** Least important first: the order rows are left out in. */
function dropOrder(a: Row, b: Row): number {
  return (
    GROUP_DROP[a.group] - GROUP_DROP[b.group] ||
    (a.group === 'other' ? (OTHER_DROP[a.s.status] ?? 1) - (OTHER_DROP[b.s.status] ?? 1) : 0) ||
    (a.group === 'regression'
      ? VERDICT_DROP[a.s.verdict] - VERDICT_DROP[b.s.verdict] ||
        SEVERITY_DROP[a.s.severity ?? 'none'] - SEVERITY_DROP[b.s.severity ?? 'none']
      : 0) ||
    size(a.s.change) - size(b.s.change) ||
    b.id - a.id
  );
}

export interface Rendered {
  text: string;
  /** Rows left out to fit the size limit. */
  leftOut: number;
}

function render(reports: SuiteReport[], kind: DocumentKind, ctx: ReportContext): Rendered {
  const limit = ctx.limit ?? (kind === 'comment' ? COMMENT_LIMIT : SUMMARY_LIMIT);
  const p = prepare(reports);
  // Everything but the rows, measured once: each row adds its line and a newline to it.
  const frame =
    measure(
      kind,
      compose(
        p,
        kind,
        ctx,
        () => true,
        undefined,
        () => '',
      ),
    ) - p.rows.length;
  const cost = (row: Row): number => measure(kind, lineOf(p, row)) + 1;
  // Most important first, the reverse of the order rows are left out in. Rows are drawn in this order
  // and only while they could still fit, so a huge suite draws about a limit's worth of rows.
  const order = [...p.rows].sort((a, b) => dropOrder(b, a));
  const room = limit - 2048 - frame;
  let kept = 0;
  let used = 0;
  let fits = true;
  for (const row of order) {
    used += cost(row);
    if (used <= room) kept++;
    if (frame + used > limit) {
      fits = false;
      break;
    }
  }
  if (fits) {
    const all = compose(p, kind, ctx, () => true, undefined);
    if (measure(kind, all) <= limit) return { text: all, leftOut: 0 };
  }

  // Left out: every row after the first `kept` (the least important), the same rows as leaving rows out
  // until the full document's excess plus room for the note is saved, without drawing them. If the note
  // still does not fit, leave out more, a few rounds at most, since every row's cost is known.
  order.reverse();
  const dropped = new Set<number>();
  let next = 0;
  for (; next < order.length - kept; next++) dropped.add(order[next].id);
  let target = 0;
  for (let round = 0; round < 50; round++) {
    let saved = 0;
    while (saved < target && next < order.length) {
      const row = order[next++];
      dropped.add(row.id);
      saved += cost(row);
    }
    const left: LeftOut = { total: dropped.size, byGroup: { regression: 0, improvement: 0, other: 0 } };
    for (const id of dropped) left.byGroup[p.rows[id].group]++;
    const doc = compose(p, kind, ctx, (row) => !dropped.has(row.id), left);
    const total = measure(kind, doc);
    if (total <= limit) return { text: doc, leftOut: dropped.size };
    if (next >= order.length) return { text: hardCut(doc, kind, limit), leftOut: dropped.size };
    target = total - limit + 2048;
  }
  return {
    text: hardCut(
      compose(p, kind, ctx, () => true, undefined),
      kind,
      limit,
    ),
    leftOut: p.rows.length,
  };
}

/** Last resort, when even the document without rows is too big (thousands of notes): cut it visibly. */
function hardCut(doc: string, kind: DocumentKind, limit: number): string {
  const note = '\n\n…(cut to fit the size limit; the JSON report has everything)\n';
  let end = Math.max(0, limit - measure(kind, note) - 8);
  let cut = doc.slice(0, end);
  while (measure(kind, cut) > limit - measure(kind, note) && end > 0) {
    end -= 1024;
    cut = doc.slice(0, Math.max(0, end));
  }
  return `${cut}${note}`;
}

const SUITE_ORDER = { fail: 0, warn: 1, pass: 2 } as const;

function normalize(input: SuiteVerdict | SuiteReport | SuiteReport[], ctx: ReportContext): SuiteReport[] {
  // Several suites: failing ones first, as regressions come first within a suite.
  if (Array.isArray(input))
    return input
      .map((r, i) => ({ r, i }))
      .sort((a, b) => SUITE_ORDER[a.r.verdict.verdict] - SUITE_ORDER[b.r.verdict.verdict] || a.i - b.i)
      .map((x) => x.r);
  if ('verdict' in input && typeof input.verdict === 'object')
    return [{ history: ctx.history, runner: ctx.runner, ...input }];
  return [{ verdict: input as SuiteVerdict, history: ctx.history, runner: ctx.runner }];
}

/** A comment or a summary, and how many rows it had to leave out. */
export function renderDocument(
  input: SuiteVerdict | SuiteReport | SuiteReport[],
  kind: DocumentKind,
  ctx: ReportContext = {},
): Rendered {
  return render(normalize(input, ctx), kind, ctx);
}

/** The PR comment: marker first, at most 65,536 characters. */
export function renderComment(
  input: SuiteVerdict | SuiteReport | SuiteReport[],
  ctx: ReportContext = {},
): string {
  return render(normalize(input, ctx), 'comment', ctx).text;
}

/** The job summary: the comment's content plus the history chart and every series, at most 1 MiB. */
export function renderSummary(
  input: SuiteVerdict | SuiteReport | SuiteReport[],
  ctx: ReportContext = {},
): string {
  return render(normalize(input, ctx), 'summary', ctx).text;
}
