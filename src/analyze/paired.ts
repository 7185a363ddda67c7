/**
 * A/B mode's analysis (DESIGN.md §3 mode 0): rounds of one base and one head run taken back to back on
 * the same runner → a verdict per series and for the suite. Pure.
 *
 * - The unit of replication is the round. The samples inside a run give the run its value (its median,
 *   and its floor, below); they never stand in for the spread between runs. Each round gives one
 *   oriented log ratio per statistic, d = ±(ln head − ln base), positive = worse.
 * - The decision is the existing one (decide.ts): Benjamini–Hochberg across the suite, warn needs the
 *   effect and significance, fail needs the confidence bound beyond the fail threshold.
 * - Confirmation (mergeLooks): when the first look would warn or fail, or leaves a series open (worse by
 *   the warn threshold at p ≤ 0.2), the engine runs more rounds and every series is decided again on all
 *   rounds. The first look can only stop the run (everything passes), never flag, so a flag needs the
 *   final test on all rounds at the full level: the two-look procedure's false-flag rate is at most the
 *   single final test's (its flag events are a subset). No level is spent on the first look — a
 *   futility-only interim look (the error-spending split is 0 / α).
 * - The median's test: the 20% trimmed mean (Tukey–McLaughlin) of its d's, chosen by measurement over
 *   signed-rank and the paired t (docs/ab-mode.md): a round where a neighbour hit one run is an outlier
 *   that signed-rank ranks highest and the trimmed mean drops.
 * - The floor (the fastest sample), when every run has FLOOR_SAMPLES samples or more. On a shared runner
 *   a sample is either undisturbed or slowed by whatever shares the core at that moment, so most runs'
 *   floors agree to a fraction of a percent while their medians spread by tens of percent (measured:
 *   docs/ab-mode.md). Its test compares the sides' best runs over all rounds (a randomization test,
 *   src/stats/floor.ts); per-round tests on floors lose the rounds where one run was disturbed.
 * - Both statistics are tested, with a weighted Bonferroni split of the level (FLOOR_SHARE to the floor,
 *   the rest to the median: each p divided by its share, each bound at its share of the tail), and the
 *   series is decided on the smaller weighted p. The median still sees a change that only makes slow
 *   samples more frequent; no data-driven choice is made, so the false-flag level holds.
 */
import type { Direction, Run, Series } from '../model.js';
import { seriesId } from '../model.js';
import {
  median,
  pairedSign,
  pairedSignedRank,
  pairedT,
  pairedTrimmed,
  type PairedSummary,
} from '../stats/index.js';
import { pooledFloor } from '../stats/floor.js';
import { decideAll, type Item } from './decide.js';
import { orientedLogChange, sign, valuesOf, type Evidence, type SeriesInput } from './evidence.js';
import { plural } from './text.js';
import type { AnalyzeInput, SeriesRule, SeriesVerdict, SuiteVerdict, Warning } from './types.js';

export type { AbDetails } from './types.js';
import { checkLimits, countVerdicts, sortVerdicts, suiteOutcome } from './verdicts.js';

/** Fewer paired rounds than this are reported, not tested (too few to trim, or to estimate a spread). */
export const MIN_ROUNDS = 5;

/**
 * The floor's share of the level when both statistics are tested (the median gets the rest): the floor
 * is the sharper one on shared runners (docs/ab-mode.md), the median's share is for changes only it sees.
 */
export const FLOOR_SHARE = 0.8;

/** Runs with fewer within-run samples than this are compared on their medians only (a floor of 3 is luck). */
export const FLOOR_SAMPLES = 5;

/** One round: the series each side's run produced (absent when that side's run failed). */
export interface AbRound {
  /** Which side ran first in this round. */
  first: 'base' | 'head';
  base?: Series[];
  head?: Series[];
}

/** A test on the per-round log ratios (the defaults are in DEFAULT_TESTS; the others are for bench:ab's comparison). */
export type PairedTest = 'trimmed' | 'signed-rank' | 't' | 'sign' | 'pooled';
const TESTS: Record<PairedTest, (s: Sided, direction: Direction, seed: string) => PairedSummary> = {
  trimmed: (s) => pairedTrimmed(s.d),
  'signed-rank': (s) => pairedSignedRank(s.d),
  t: (s) => pairedT(s.d),
  sign: (s) => pairedSign(s.d),
  pooled: (s, direction, seed) => pooledFloor(oriented(s.base, direction), oriented(s.head, direction), seed),
};

function oriented(values: readonly number[], direction: Direction): number[] {
  const d = sign(direction);
  return values.map((v) => d * Math.log(v));
}

/**
 * The test on each per-run statistic; a statistic left out is not tested (bench:ab compares choices).
 * A run's floor is clean or disturbed, so its test compares the sides' best runs (pooledFloor); the
 * median's rounds are spread more evenly, so its test is the trimmed mean.
 */
export interface PairedTests {
  median?: PairedTest;
  floor?: PairedTest;
}
export const DEFAULT_TESTS: Readonly<PairedTests> = { median: 'trimmed', floor: 'pooled' };

export interface PairedInput {
  suite: string;
  tests?: PairedTests;
  rounds: AbRound[];
  ruleFor: AnalyzeInput['ruleFor'];
  settings: AnalyzeInput['settings'];
  severity: AnalyzeInput['severity'];
  seed: string;
  baseCommit: string;
  headCommit?: string;
}

/** One per-run statistic's values over the complete rounds. */
interface Sided {
  base: number[];
  head: number[];
  /** Oriented log ratios per complete round. */
  d: number[];
}

interface Pairs {
  first: Series;
  median: Sided;
  floor: Sided;
  /** Every run so far had FLOOR_SAMPLES samples or more. */
  floorable: boolean;
  baseExact: boolean;
  headExact: boolean;
}

function headline(s: Series): number {
  return median(valuesOf(s));
}

function floorOf(values: readonly number[], direction: Direction): number {
  const d = sign(direction);
  let best = values[0];
  for (const v of values) if (d * v < d * best) best = v;
  return best;
}

function push(side: Sided, b: number, h: number, direction: Direction): void {
  side.base.push(b);
  side.head.push(h);
  side.d.push(orientedLogChange(b, h, direction));
}

function allEqual(v: readonly number[]): boolean {
  return v.every((x) => x === v[0]);
}

/** The evidence and the per-round changes it rests on. */
interface Judged {
  evidence: Evidence;
  d: number[];
  floor: boolean;
}

function evidenceFor(
  p: Pairs,
  direction: Direction,
  rule: SeriesRule,
  tests: PairedTests,
  seed: string,
): Judged {
  const m = p.median;
  const baseline = median(m.base);
  const current = median(m.head);
  const n = { baseline: m.d.length, current: m.d.length };
  const positive = [...m.base, ...m.head, ...p.floor.base, ...p.floor.head].every(
    (x) => x > 0 && Number.isFinite(x),
  );
  const exact =
    rule.deterministic ||
    (p.first as Series & { exact?: true }).exact === true ||
    (m.d.length > 1 && allEqual(m.base) && allEqual(m.head) && p.baseExact && p.headExact);
  if (exact || !positive || m.d.length < MIN_ROUNDS) {
    const est = orientedLogChange(baseline, current, direction);
    const evidence: Evidence = {
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
              ? { what: 'samples' as const, have: m.d.length, need: MIN_ROUNDS }
              : { what: 'positive' as const, have: 0, need: 0 },
          }),
    };
    return { evidence, d: m.d, floor: false };
  }
  // Without enough samples for a floor, the median is tested (by its default test if none is chosen).
  const candidates: { side: Sided; floor: boolean; test: PairedTest }[] = [];
  const medianTest = tests.median ?? (p.floorable ? undefined : DEFAULT_TESTS.median);
  if (medianTest) candidates.push({ side: m, floor: false, test: medianTest });
  if (tests.floor && p.floorable) candidates.push({ side: p.floor, floor: true, test: tests.floor });
  // Weighted Bonferroni over the statistics tested: each p divided by its share of the level, each bound
  // at that share of its tail, and the series decided on the smaller weighted p.
  const share = (c: { floor: boolean }): number =>
    candidates.length === 1 ? 1 : c.floor ? FLOOR_SHARE : 1 - FLOOR_SHARE;
  const tested = candidates.map((c) => {
    const t = TESTS[c.test](c.side, direction, seed);
    const w = share(c);
    return { ...c, t, w, p: Math.min(t.pWorse, t.pBetter) / w };
  });
  const best = tested.reduce((a, b) => (b.p < a.p ? b : a));
  const t = best.t;
  const w = best.w;
  const tail = (l: number): number => (l < 0.5 ? l * w : 1 - (1 - l) * w);
  const evidence: Evidence = {
    mode: 'ab',
    method: 'paired',
    // The floor's headline is each side's best run; the median's, the median round.
    baseline: best.floor ? floorOf(best.side.base, direction) : median(best.side.base),
    current: best.floor ? floorOf(best.side.head, direction) : median(best.side.head),
    estimate: t.estimate,
    n,
    pWorse: Math.min(1, t.pWorse / w),
    pBetter: Math.min(1, t.pBetter / w),
    minP: Math.min(1, t.minP / w),
    interval: w === 1 ? t.interval : (levels) => t.interval(levels.map(tail)),
  };
  return { evidence, d: best.side.d, floor: best.floor };
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
        p = {
          first: h,
          median: { base: [], head: [], d: [] },
          floor: { base: [], head: [], d: [] },
          floorable: true,
          baseExact: true,
          headExact: true,
        };
        pairs.set(id, p);
      }
      const bs = valuesOf(b);
      const hs = valuesOf(h);
      const direction = input.ruleFor(h).direction ?? h.direction;
      push(p.median, median(bs), median(hs), direction);
      push(p.floor, floorOf(bs, direction), floorOf(hs, direction), direction);
      p.floorable &&= bs.length >= FLOOR_SAMPLES && hs.length >= FLOOR_SAMPLES;
      p.baseExact &&= allEqual(bs);
      p.headExact &&= allEqual(hs);
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
  const onFloor = new Set<Item>();
  for (const [id, p] of pairs) {
    const rule = input.ruleFor(p.first);
    const direction = rule.direction ?? p.first.direction;
    if (rule.ignore) {
      verdicts.push(
        shellOf(p.first, direction, 'ignored', 'ignored by the configuration', median(p.median.head)),
      );
      continue;
    }
    const si: SeriesInput = { current: p.first, id, rule, direction, history: [] };
    const judged = evidenceFor(p, direction, rule, input.tests ?? DEFAULT_TESTS, `${input.seed}:${id}`);
    const item: Item = { input: si, evidence: judged.evidence };
    items.push(item);
    roundsOf.set(item, judged.d.map(Math.expm1));
    if (judged.floor) onFloor.add(item);
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
    if (onFloor.has(item))
      v.reason = `${v.reason.replace(/\.$/, '')}; decided on each side’s fastest sample over all rounds, steadier here than the medians.`;
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
