/**
 * Evidence for every series of a suite → verdicts (DESIGN.md §4).
 *
 * - Significance is decided across the suite with Benjamini–Hochberg at q = `fdr-q`, separately for
 *   "worse" and "better", so a suite of hundreds of unchanged benchmarks rarely raises anything.
 * - warn: significantly worse after BH, and the confidence interval reaches the warn threshold (a change
 *   that large is plausible). fail: the one-sided confidence bound is beyond the fail threshold, at the
 *   stricter of the displayed interval's level and the false-coverage-adjusted level k·q/m (Benjamini &
 *   Yekutieli 2005), so a fail always has its whole displayed interval beyond the threshold.
 * - Exact series (no variance) compare with the thresholds directly; series with too little data warn at
 *   most (unless `insufficient-data: fail`). Improvements mirror regressions and never fail.
 */
import { formatPValue, scaleFor } from '../units.js';
import { benjaminiHochberg } from '../stats/index.js';
import type { Evidence, SeriesInput } from './evidence.js';
import type { AnalyzeInput, SeriesVerdict, Warning } from './types.js';
import { level, pct, plural, signed, size, wordsFor } from './text.js';
import { severityOf } from './verdicts.js';

export interface Item {
  input: SeriesInput;
  evidence: Evidence;
  /** What made a run of this series unstable (stability.ts): such a series is reported, never decided. */
  unstable?: string[];
}

interface Tested {
  index: number;
  pWorse: number;
  pBetter: number;
}

export function decideAll(items: Item[], input: AnalyzeInput): SeriesVerdict[] {
  const s = input.settings;
  const q = s.fdrQ;
  const ciTail = (1 - s.confidence) / 2;
  const tested: Tested[] = [];
  items.forEach((it, index) => {
    const e = it.evidence;
    if (e.pWorse !== undefined && e.pBetter !== undefined)
      tested.push({ index, pWorse: e.pWorse, pBetter: e.pBetter });
  });
  const m = tested.length;
  const worse = benjaminiHochberg(
    tested.map((t) => t.pWorse),
    q,
  );
  const better = benjaminiHochberg(
    tested.map((t) => t.pBetter),
    q,
  );
  // False-coverage-adjusted one-sided level for the fail bound, never looser than the displayed CI.
  const failTail = m ? Math.min(ciTail, (Math.max(1, worse.k) * q) / m) : ciTail;
  const slot = new Map<number, number>();
  tested.forEach((t, j) => slot.set(t.index, j));

  return items.map((it, index) => {
    const j = slot.get(index);
    if (j === undefined) return untested(it, input);
    return statistical(it, input, {
      m,
      ciTail,
      failTail,
      worse: worse.rejected[j],
      better: better.rejected[j],
      adjustedWorse: worse.adjusted[j],
      adjustedBetter: better.adjusted[j],
    });
  });
}

interface SuiteContext {
  m: number;
  ciTail: number;
  failTail: number;
  worse: boolean;
  better: boolean;
  adjustedWorse: number;
  adjustedBetter: number;
}

function base(it: Item): SeriesVerdict {
  const e = it.evidence;
  const s = it.input.current;
  return {
    name: s.name,
    metric: s.metric,
    unit: s.unit,
    direction: it.input.direction,
    status: 'unchanged',
    verdict: 'pass',
    mode: e.mode,
    method: e.method,
    baseline: e.baseline,
    current: e.current,
    change: Math.expm1(e.estimate),
    n: e.n,
    reason: '',
    warnings: [],
    ...(e.segment ? { segment: e.segment } : {}),
  };
}

function statistical(it: Item, input: AnalyzeInput, c: SuiteContext): SeriesVerdict {
  const e = it.evidence;
  const rule = it.input.rule;
  const w = wordsFor(it.input.current.metric);
  const lnWarn = Math.log1p(rule.warnThreshold);
  const lnFail = Math.log1p(rule.failThreshold);
  const v = base(it);
  const est = e.estimate;
  // With a rank-based bound as well, each bound gets half the level, so the larger is at the full level.
  const share = e.rankBound ? 2 : 1;
  const failTail = Math.min(c.failTail, e.failTailCap ?? 1);
  const [lo, hi, bootstrapBound] = e.interval!([c.ciTail, 1 - c.ciTail, failTail / share]);
  let failBound = bootstrapBound;
  if (e.rankBound && est >= lnFail && failBound <= lnFail)
    failBound = Math.max(failBound, e.rankBound(failTail / share));
  v.ci = [Math.expm1(lo), Math.expm1(hi)];
  v.p = est >= 0 ? e.pWorse : e.pBetter;
  v.pAdjusted = est >= 0 ? c.adjustedWorse : c.adjustedBetter;
  v.resolvable = Math.expm1((hi - lo) / 2);
  const failLevel = 1 - failTail;
  const mag = size(v.change!);
  const across = c.m > 1 ? ` across ${c.m} series` : '';

  if (est >= lnFail && failBound > lnFail) {
    v.status = 'regression';
    v.verdict = 'fail';
    v.bound = { confidence: failLevel, change: Math.expm1(failBound) };
    v.reason = `${mag} ${w.worse}; with ${level(failLevel)} confidence at least ${size(Math.expm1(failBound))} ${w.worse}, beyond the ${pct(rule.failThreshold)} fail threshold.`;
  } else if (c.worse && est > 0 && hi >= lnWarn) {
    v.status = 'regression';
    v.verdict = 'warn';
    // The bound is shown (and said) only where the sentence speaks of it, so a row's figures and its
    // sentence are at one level: the fail level here, the displayed interval's level otherwise.
    if (est >= lnFail) v.bound = { confidence: failLevel, change: Math.expm1(failBound) };
    v.reason =
      est >= lnFail
        ? `${mag} ${w.worse} and significant${across}, but not surely beyond the ${pct(rule.failThreshold)} fail threshold (${level(failLevel)} bound ${signed(Math.expm1(failBound))}); more samples would settle it.`
        : `${mag} ${w.worse}, significant${across}; the ${level(input.settings.confidence)} interval reaches the ${pct(rule.warnThreshold)} warn threshold.`;
  } else if (c.better && est < 0 && lo <= -lnWarn) {
    v.status = 'improvement';
    v.reason = `${mag} ${w.better}, significant${across}.`;
  } else if (c.worse && est > 0) {
    v.reason = `${mag} ${w.worse}, significant; the ${level(input.settings.confidence)} interval stays below the ${pct(rule.warnThreshold)} warn threshold.`;
  } else if (c.better && est < 0) {
    v.reason = `${mag} ${w.better}, significant but within the ${pct(rule.warnThreshold)} threshold.`;
  } else {
    const unresolved = v.resolvable > rule.warnThreshold;
    const against =
      e.method === 'bootstrap'
        ? `with ${e.n.baseline} + ${e.n.current} samples`
        : e.method === 'paired'
          ? `in ${e.n.current} paired rounds`
          : e.method === 'history-two-sample'
            ? `between two runners with ${e.n.baseline} + ${e.n.current} samples`
            : 'against this history';
    v.reason =
      `no significant change (${signed(v.change!)}, ${formatPValue(v.p!)})` +
      (unresolved && !e.noise ? `; changes below ${size(v.resolvable)} cannot be resolved ${against}.` : '.');
  }
  if (e.noise) v.reason = `${v.reason.replace(/\.$/, '')}; ${noiseNote(e, v.resolvable)}.`;
  if (e.runs) v.runs = e.runs;
  if (v.resolvable > rule.warnThreshold) v.warnings.push(unresolvable(input));
  if (e.minP !== undefined && e.minP > input.settings.fdrQ) v.warnings.push(tooFewForRanks(input));
  if (v.status === 'regression') v.severity = severityOf(v.change!, input.severity);
  if (it.unstable && it.unstable.length > 0) notDecided(v, it.unstable, e.method === 'replicates');
  return v;
}

/**
 * What the comparison accounted for and could not resolve: "one run per side: run-to-run noise of ±25%
 * assumed; changes below 98% cannot be resolved", or the replicates' measured spread.
 */
function noiseNote(e: Evidence, resolvable: number): string {
  const n = e.noise!;
  const sd = `±${size(Math.expm1(n.sigma))}`;
  const below = `changes below ${size(resolvable)} cannot be resolved`;
  if (e.method === 'replicates') {
    const from =
      n.historyRuns !== undefined ? ` (pooled with ${plural(n.historyRuns, 'base-branch run')})` : '';
    return `${e.runs!.baseline} + ${e.runs!.current} runs: run-to-run spread ${sd} measured${from}; ${below}`;
  }
  const source =
    n.source === 'assumed'
      ? 'assumed (runner-noise)'
      : `measured over ${plural(n.historyRuns ?? 0, 'base-branch run')}`;
  return `one run per side: run-to-run noise of ${sd} ${source}; ${below}`;
}

/**
 * An unstable run is reported, not decided on: never a fail, never a warn (issue 11 §1). With replicates
 * the decision stands and the finding is only named: the runs are the replicates, so whatever made one of
 * them unstable is already in the between-run spread the test used.
 */
function notDecided(v: SeriesVerdict, unstable: string[], replicated: boolean): void {
  v.unstable = unstable;
  const what = unstable.join('; ');
  if (replicated) {
    v.reason = `${v.reason.replace(/\.$/, '')}; unstable run (${what}), part of the measured run-to-run spread.`;
    return;
  }
  v.warnings.push({
    kind: 'unstable',
    message:
      'Some runs were unstable (two modes, drift within the run, or a spread far above the history): those series are reported but not decided on.',
    hint: 'Rerun the job; pin the benchmark to a core, quiet the machine, or give benchgate several runs per side.',
  });
  if (v.verdict === 'pass' && v.status === 'unchanged') {
    v.reason = `${v.reason.replace(/\.$/, '')}; unstable run (${what}).`;
    return;
  }
  v.reason = `unstable run (${what}): the measured ${signed(v.change!)} is not decided on.`;
  v.status = 'unchanged';
  v.verdict = 'pass';
  delete v.severity;
  delete v.bound;
}

function untested(it: Item, input: AnalyzeInput): SeriesVerdict {
  const e = it.evidence;
  const rule = it.input.rule;
  const v = base(it);
  const est = e.estimate;
  const lnWarn = Math.log1p(rule.warnThreshold);
  const lnFail = Math.log1p(rule.failThreshold);
  const fmt = scaleFor(it.input.current.unit, [e.baseline, e.current]);
  const chg = signed(v.change!);
  if (e.method === 'exact') {
    const counts = `${fmt(e.baseline)} → ${fmt(e.current)}`;
    if (est >= lnFail) {
      v.status = 'regression';
      v.verdict = 'fail';
      v.reason = `${counts} (${chg}), beyond the ${pct(rule.failThreshold)} fail threshold; an exact count has no noise, so no statistics.`;
    } else if (est >= lnWarn) {
      v.status = 'regression';
      v.verdict = 'warn';
      v.reason = `${counts} (${chg}), beyond the ${pct(rule.warnThreshold)} warn threshold; an exact count has no noise, so no statistics.`;
    } else if (est <= -lnWarn) {
      v.status = 'improvement';
      v.reason = `${counts} (${chg}), an exact count.`;
    } else if (v.change === 0) {
      v.reason = `unchanged exact count (${fmt(e.current)}).`;
    } else {
      v.reason = `${counts} (${chg}), within the ${pct(rule.warnThreshold)} warn threshold for an exact count.`;
    }
    if (v.status === 'regression') v.severity = severityOf(v.change!, input.severity);
    return v;
  }

  // Threshold mode: too little data to test.
  const strict = (input.settings.insufficientData ?? 'warn') === 'fail';
  if (est >= lnFail) {
    v.status = 'regression';
    v.verdict = strict ? 'fail' : 'warn';
  } else if (strict && est >= lnWarn) {
    v.status = 'regression';
    v.verdict = 'warn';
  } else if (est <= -(strict ? lnWarn : lnFail)) {
    v.status = 'improvement';
  }
  const short = e.shortOf!;
  const consequence =
    v.verdict === 'warn' && !strict
      ? 'so this warns instead of failing'
      : strict
        ? 'so the thresholds apply to the change as measured'
        : 'so only a change beyond the fail threshold would be flagged';
  if (short.what === 'positive') {
    v.reason = `${chg}; values at or below zero cannot be compared as ratios, ${consequence}.`;
    v.warnings.push({
      kind: 'unresolvable',
      message: 'Some series have values at or below zero: they are compared by threshold only.',
    });
  } else if (short.what === 'samples') {
    v.reason = `${chg} with ${plural(short.have, 'sample')} per side, too few to test (min-samples ${short.need}), ${consequence}; run each benchmark at least ${short.need} times.`;
    v.warnings.push({
      kind: 'too-few-samples',
      message: `Some series have fewer than ${short.need} samples per side: their changes are reported but not tested.`,
      hint: `Run each benchmark at least ${short.need} times (e.g. \`go test -count 10\`, repetitions, or more rounds).`,
    });
  } else {
    v.reason = `${chg} against ${plural(short.have, 'base-branch run')}, too few to learn the run-to-run noise (need ${short.need}), ${consequence}.`;
    v.warnings.push({
      kind: 'insufficient-history',
      message: `The history has fewer than ${short.need} base-branch runs for some series: their changes are reported but not tested.`,
      hint: 'The history grows with each push to the base branch; or benchmark the base commit in the same job and pass it as `baseline-output`.',
    });
  }
  if (v.status === 'regression') v.severity = severityOf(v.change!, input.severity);
  return v;
}

function unresolvable(input: AnalyzeInput): Warning {
  return {
    kind: 'unresolvable',
    message: `Some comparisons are too noisy to resolve a ${pct(input.settings.warnThreshold)} change: their reason says what they could resolve.`,
    hint: 'More samples per run (or the same-job mode, `baseline-output`) narrow the interval.',
  };
}

function tooFewForRanks(input: AnalyzeInput): Warning {
  return {
    kind: 'too-few-samples',
    message: `Some series have so few samples that a rank test cannot reach p ≤ ${input.settings.fdrQ}: only large changes can fail and none can warn.`,
    hint: 'Run each benchmark at least 8 times per side.',
  };
}
