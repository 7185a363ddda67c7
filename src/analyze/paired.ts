/**
 * A/B mode's analysis (DESIGN.md §3 mode 0): rounds of one base and one head run taken back to back on
 * the same runner → a verdict per series and for the suite. Pure.
 *
 * - The unit of replication is the round. Each run's headline is the median of its within-run samples
 *   (the samples refine a run's value; they never stand in for the spread between runs), and each round
 *   gives one oriented log ratio d = ±(ln head − ln base), positive = worse.
 * - The decision is the existing one (decide.ts): Benjamini–Hochberg across the suite, warn needs the
 *   effect and significance, fail needs the confidence bound beyond the fail threshold.
 * - Confirmation (mergeLooks): when the first look would warn or fail, or leaves a series open (worse by
 *   the warn threshold at p ≤ 0.2), the engine runs more rounds and every series is decided again on all
 *   rounds. The first look can only stop the run (everything passes), never flag, so a flag needs the
 *   final test on all rounds at the full level: the two-look procedure's false-flag rate is at most the
 *   single final test's (its flag events are a subset). No level is spent on the first look — a
 *   futility-only interim look (the error-spending split is 0 / α).
 * - The test on the d's: the 20% trimmed mean (Tukey–McLaughlin) by default, chosen by measurement
 *   over signed-rank and the paired t (docs/ab-mode.md): a round where a neighbour hit one run is an
 *   outlier that signed-rank ranks highest and the trimmed mean drops.
 */
import type { Direction, Run, Series } from '../model.js';
import { seriesId } from '../model.js';
import { median, pairedSignedRank, pairedT, pairedTrimmed, type PairedSummary } from '../stats/index.js';
import { decideAll, type Item } from './decide.js';
import { orientedLogChange, valuesOf, type Evidence, type SeriesInput } from './evidence.js';
import { plural } from './text.js';
import type { AnalyzeInput, SeriesRule, SeriesVerdict, SuiteVerdict, Warning } from './types.js';

export type { AbDetails } from './types.js';
import { checkLimits, countVerdicts, sortVerdicts, suiteOutcome } from './verdicts.js';

/** Fewer paired rounds than this are reported, not tested (too few to trim, or to estimate a spread). */
export const MIN_ROUNDS = 5;

/** One round: the series each side's run produced (absent when that side's run failed). */
export interface AbRound {
  /** Which side ran first in this round. */
  first: 'base' | 'head';
  base?: Series[];
  head?: Series[];
}

/** How the rounds were run, for the report (filled by the engine, src/ab/). */

/** The test on the per-round log ratios (the default is 'trimmed'; the others are for bench:ab's comparison). */
export type PairedTest = 'trimmed' | 'signed-rank' | 't';
const TESTS: Record<PairedTest, (d: readonly number[]) => PairedSummary> = {
  trimmed: pairedTrimmed,
  'signed-rank': pairedSignedRank,
  t: pairedT,
};

export interface PairedInput {
  suite: string;
  test?: PairedTest;
  rounds: AbRound[];
  ruleFor: AnalyzeInput['ruleFor'];
  settings: AnalyzeInput['settings'];
  severity: AnalyzeInput['severity'];
  seed: string;
  baseCommit: string;
  headCommit?: string;
}

interface Pairs {
  first: Series;
  base: number[];
  head: number[];
  /** Oriented log ratios per complete round. */
  d: number[];
  baseExact: boolean;
  headExact: boolean;
}

function headline(s: Series): number {
  return median(valuesOf(s));
}

function allEqual(v: readonly number[]): boolean {
  return v.every((x) => x === v[0]);
}

function evidenceFor(p: Pairs, direction: Direction, rule: SeriesRule, test: PairedTest): Evidence {
  const baseline = median(p.base);
  const current = median(p.head);
  const n = { baseline: p.d.length, current: p.d.length };
  const positive = [...p.base, ...p.head].every((x) => x > 0 && Number.isFinite(x));
  const exact =
    rule.deterministic ||
    (p.first as Series & { exact?: true }).exact === true ||
    (p.d.length > 1 && allEqual(p.base) && allEqual(p.head) && p.baseExact && p.headExact);
  if (exact || !positive || p.d.length < MIN_ROUNDS) {
    const est = orientedLogChange(baseline, current, direction);
    return {
      mode: 'ab',
      method: exact ? 'exact' : 'threshold',
      baseline,
      current,
      estimate: est,
      n,
      ...(exact
        ? {}
        : {
            shortOf: positive
              ? { what: 'samples' as const, have: p.d.length, need: MIN_ROUNDS }
              : { what: 'positive' as const, have: 0, need: 0 },
          }),
    };
  }
  const t = TESTS[test](p.d);
  return {
    mode: 'ab',
    method: 'paired',
    baseline,
    current,
    estimate: t.estimate,
    n,
    pWorse: t.pWorse,
    pBetter: t.pBetter,
    minP: t.minP,
    interval: t.interval,
  };
}

/** The paired rounds → verdicts, with the existing decision rules (decide.ts). */
export function analyzePaired(input: PairedInput): SuiteVerdict {
  const warnings: Warning[] = [];
  const pairs = new Map<string, Pairs>();
  const onlyBase = new Map<string, Series>();
  const onlyHead = new Map<string, Series>();
  let complete = 0;
  for (const round of input.rounds) {
    if (!round.base || !round.head) continue;
    complete++;
    const base = new Map<string, Series>();
    for (const s of round.base) base.set(seriesId(s), s);
    const seen = new Set<string>();
    for (const h of round.head) {
      const id = seriesId(h);
      seen.add(id);
      const b = base.get(id);
      if (!b) {
        if (!pairs.has(id)) onlyHead.set(id, h);
        continue;
      }
      let p = pairs.get(id);
      if (!p) {
        p = { first: h, base: [], head: [], d: [], baseExact: true, headExact: true };
        pairs.set(id, p);
      }
      const bv = headline(b);
      const hv = headline(h);
      p.base.push(bv);
      p.head.push(hv);
      p.baseExact &&= allEqual(valuesOf(b));
      p.headExact &&= allEqual(valuesOf(h));
      const direction = input.ruleFor(h).direction ?? h.direction;
      p.d.push(orientedLogChange(bv, hv, direction));
    }
    for (const [id, b] of base) if (!seen.has(id) && !pairs.has(id)) onlyBase.set(id, b);
  }
  for (const id of pairs.keys()) {
    onlyBase.delete(id);
    onlyHead.delete(id);
  }
  if (complete === 0)
    warnings.push({
      kind: 'baseline-unavailable',
      message: 'No round produced output on both sides: nothing was compared.',
    });

  const current: Run = {
    suite: input.suite,
    tool: 'ab',
    commit: input.headCommit ?? 'head',
    ref: '',
    timestamp: new Date(0).toISOString(),
    series: [...pairs.values()].map((p) => p.first),
  };
  const analyzeIn: AnalyzeInput = {
    suite: input.suite,
    current,
    ruleFor: input.ruleFor,
    settings: input.settings,
    seed: input.seed,
    severity: input.severity,
  };

  const items: Item[] = [];
  const verdicts: SeriesVerdict[] = [];
  const roundsOf = new Map<Item, number[]>();
  for (const [id, p] of pairs) {
    const rule = input.ruleFor(p.first);
    const direction = rule.direction ?? p.first.direction;
    if (rule.ignore) {
      verdicts.push(shellOf(p.first, direction, 'ignored', 'ignored by the configuration', median(p.head)));
      continue;
    }
    const si: SeriesInput = { current: p.first, id, rule, direction, history: [] };
    const item: Item = { input: si, evidence: evidenceFor(p, direction, rule, input.test ?? 'trimmed') };
    items.push(item);
    roundsOf.set(item, p.d.map(Math.expm1));
  }
  const decided = decideAll(items, analyzeIn);
  decided.forEach((v, i) => {
    const item = items[i];
    v.rounds = roundsOf.get(item);
    const missingRounds = complete - (v.rounds?.length ?? 0);
    if (missingRounds > 0)
      v.warnings.push({
        kind: 'too-few-samples',
        message: `Some series were missing from the output of some rounds: they are compared on the rounds that have them.`,
      });
    const limit = v.current === undefined ? undefined : checkLimits(v.current, item.input.rule, v.unit);
    if (limit) Object.assign(v, limit, { reason: `${limit.reason}; ${v.reason}` });
    verdicts.push(v);
  });
  for (const h of onlyHead.values()) {
    const rule = input.ruleFor(h);
    const v = shellOf(
      h,
      rule.direction ?? h.direction,
      'new',
      'only in the head commit’s output: a new benchmark, nothing to compare with',
      headline(h),
    );
    const limit = checkLimits(v.current!, rule, h.unit);
    verdicts.push(limit ? { ...v, ...limit } : v);
  }
  for (const b of onlyBase.values()) {
    const v = shellOf(
      b,
      b.direction,
      'missing',
      'only in the base commit’s output: removed or renamed in the head commit',
      undefined,
    );
    v.baseline = headline(b);
    verdicts.push(v);
  }

  const sorted = sortVerdicts(verdicts);
  return {
    suite: input.suite,
    verdict: suiteOutcome(sorted),
    mode: 'ab',
    counts: countVerdicts(sorted),
    series: sorted,
    warnings,
    settings: input.settings,
    baselineCommit: input.baseCommit,
    baselineRuns: complete,
  };
}

function shellOf(
  s: Series,
  direction: Direction,
  status: SeriesVerdict['status'],
  reason: string,
  current: number | undefined,
): SeriesVerdict {
  return {
    name: s.name,
    metric: s.metric,
    unit: s.unit,
    direction,
    status,
    verdict: 'pass',
    mode: 'none',
    ...(current !== undefined ? { current } : {}),
    reason,
    warnings: [],
  };
}

/** A first look's unadjusted one-sided p below which a worse-looking series is re-decided on all rounds. */
export const CANDIDATE_P = 0.2;

/**
 * Does the first look leave this series open: it would warn or fail, or it looks worse by the warn
 * threshold with an unadjusted p ≤ CANDIDATE_P (one outlying round can hide a real change at 10 rounds).
 * Opening more series costs rounds, never false flags: a flag still needs the final test on all rounds.
 */
export function isCandidate(s: SeriesVerdict, warnThreshold: number): boolean {
  if (s.verdict !== 'pass') return true;
  return (
    s.method === 'paired' &&
    s.change !== undefined &&
    s.change >= warnThreshold &&
    s.p !== undefined &&
    s.p <= CANDIDATE_P
  );
}

/** Would this look warn or fail somewhere, or leave a series open (so the engine runs confirmation rounds)? */
export function needsConfirmation(v: SuiteVerdict): boolean {
  return v.series.some((s) => isCandidate(s, v.settings.warnThreshold));
}

/**
 * The confirmed verdict: every series takes the verdict of the final look on all rounds (more rounds
 * are more evidence for every series, not only the flagged ones); the reason says what the extra rounds
 * changed. See the module comment for why this does not raise false flags.
 */
export function mergeLooks(first: SuiteVerdict, final: SuiteVerdict, extraRounds: number): SuiteVerdict {
  const flagged = new Set(
    first.series.filter((s) => isCandidate(s, first.settings.warnThreshold)).map(seriesId),
  );
  const firstById = new Map(first.series.map((s) => [seriesId(s), s]));
  const extra = plural(extraRounds, 'more round');
  const series = final.series.map((s) => {
    const id = seriesId(s);
    const before = firstById.get(id);
    const was = before?.verdict ?? 'pass';
    if (s.verdict === 'pass')
      return was === 'pass'
        ? flagged.has(id)
          ? { ...s, reason: `re-decided with ${extra}: ${s.reason}` }
          : s
        : {
            ...s,
            reason: `not confirmed: the first look would ${was}, ${extra} did not hold it up; ${s.reason}`,
          };
    if (was === 'pass') return { ...s, reason: `found with ${extra}: ${s.reason}` };
    return { ...s, reason: `confirmed with ${extra}: ${s.reason}` };
  });
  // Series only in the first look (a side stopped producing them) keep their first verdict.
  const inFinal = new Set(final.series.map(seriesId));
  for (const s of first.series) if (!inFinal.has(seriesId(s))) series.push(s);
  const sorted = sortVerdicts(series);
  return {
    ...final,
    verdict: suiteOutcome(sorted),
    counts: countVerdicts(sorted),
    series: sorted,
    warnings: dedupe([...first.warnings, ...final.warnings]),
  };
}

function dedupe(list: Warning[]): Warning[] {
  const seen = new Set<string>();
  return list.filter((w) => (seen.has(w.message) ? false : (seen.add(w.message), true)));
}
