import {
  analyzePaired,
  mergeLooks,
  needsConfirmation,
  type AbRound,
  type PairedTests,
} from '../../src/analyze/paired.js';
import type { AnalysisSettings, SeriesRule } from '../../src/analyze/types.js';
import type { Series } from '../../src/model.js';
import { Rng } from '../../src/stats/index.js';

const SETTINGS: AnalysisSettings = {
  warnThreshold: 0.05,
  failThreshold: 0.1,
  confidence: 0.95,
  resamples: 2000,
  fdrQ: 0.05,
  minSamples: 5,
};
const rule = (s: AnalysisSettings) => (): SeriesRule => ({
  warnThreshold: s.warnThreshold,
  failThreshold: s.failThreshold,
  ignore: false,
  minSamples: s.minSamples,
});

function ts(name: string, value: number): Series {
  return { name, metric: 'time', unit: 'ns', direction: 'smaller', value };
}

/**
 * Rounds of a suite of `m` benchmarks: each run has a run factor shared by its benchmarks (the round's
 * machine state, common to both sides of a round plus a per-run part) and per-benchmark noise.
 */
function rounds(
  rng: Rng,
  n: number,
  m: number,
  slow: (i: number) => number,
  noise = { round: 0.05, run: 0.01, bench: 0.02 },
): AbRound[] {
  const out: AbRound[] = [];
  for (let r = 0; r < n; r++) {
    const shared = noise.round * rng.normal();
    const runB = noise.run * rng.normal();
    const runH = noise.run * rng.normal();
    const base: Series[] = [];
    const head: Series[] = [];
    for (let i = 0; i < m; i++) {
      const level = 1000 * (i + 1);
      base.push(ts(`B${i}`, level * Math.exp(shared + runB + noise.bench * rng.normal())));
      head.push(ts(`B${i}`, level * (1 + slow(i)) * Math.exp(shared + runH + noise.bench * rng.normal())));
    }
    out.push({ first: r % 2 ? 'head' : 'base', base, head });
  }
  return out;
}

function judge(rs: AbRound[], settings = SETTINGS, tests?: PairedTests) {
  return analyzePaired({
    suite: 's',
    ...(tests ? { tests } : {}),
    rounds: rs,
    ruleFor: rule(settings),
    settings,
    severity: { minor: 1.2, moderate: 1.5, critical: 2 },
    seed: 'x',
    baseCommit: 'a'.repeat(40),
  });
}

/**
 * Unchanged suites judged as the engine does (a first look on 10 rounds, the rest only to confirm):
 * the share of suites with any warn or fail, and the count of fails, at a 1% warn threshold.
 */
function unchangedSuites(trials: number, make: () => AbRound[]): { anyFlag: number; fails: number } {
  const settings = { ...SETTINGS, warnThreshold: 0.01 };
  let anyFlag = 0;
  let fails = 0;
  for (let t = 0; t < trials; t++) {
    const all = make();
    const first = judge(all.slice(0, 10), settings);
    const v = needsConfirmation(first) ? mergeLooks(first, judge(all, settings), all.length - 10) : first;
    if (v.verdict !== 'pass') anyFlag++;
    fails += v.counts.failed;
  }
  return { anyFlag: anyFlag / trials, fails };
}

describe('analyzePaired', () => {
  it('fails a 25% slowdown, passes the unchanged series, and keeps per-round changes', () => {
    const rng = new Rng('big');
    const v = judge(rounds(rng, 10, 6, (i) => (i === 2 ? 0.25 : 0)));
    expect(v.mode).toBe('ab');
    expect(v.verdict).toBe('fail');
    const b2 = v.series.find((s) => s.name === 'B2')!;
    expect(b2.verdict).toBe('fail');
    expect(b2.method).toBe('paired');
    expect(b2.rounds).toHaveLength(10);
    expect(b2.change!).toBeGreaterThan(0.2);
    expect(v.series.filter((s) => s.name !== 'B2').every((s) => s.verdict === 'pass')).toBe(true);
    expect(v.baselineRuns).toBe(10);
  });

  it('is deterministic', () => {
    const a = judge(rounds(new Rng('d'), 8, 4, () => 0.07));
    const b = judge(rounds(new Rng('d'), 8, 4, () => 0.07));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('says what is on one side only, and does not compare rounds with a missing side', () => {
    const rng = new Rng('sides');
    const rs = rounds(rng, 6, 2, () => 0);
    for (const r of rs) {
      r.base!.push(ts('Gone', 5));
      r.head!.push(ts('Added', 5));
    }
    rs.push({ first: 'base', head: rs[0].head });
    const v = judge(rs);
    expect(v.baselineRuns).toBe(6);
    expect(v.series.find((s) => s.name === 'Gone')!.status).toBe('missing');
    expect(v.series.find((s) => s.name === 'Added')!.status).toBe('new');
    expect(v.series.find((s) => s.name === 'Added')!.reason).toMatch(/only in the head/);
  });

  it('reports, without testing, fewer rounds than the minimum', () => {
    const v = judge(rounds(new Rng('few'), 3, 2, () => 0.5));
    expect(v.series[0].method).toBe('threshold');
    expect(v.series[0].verdict).toBe('warn');
  });
});

describe('confirmation before failing', () => {
  it('takes the final verdict only for series the first look flagged', () => {
    const rng = new Rng('merge');
    const all = rounds(rng, 20, 4, (i) => (i === 0 ? 0.3 : 0));
    const first = judge(all.slice(0, 10));
    expect(needsConfirmation(first)).toBe(true);
    const merged = mergeLooks(first, judge(all), 10);
    const b0 = merged.series.find((s) => s.name === 'B0')!;
    expect(b0.verdict).toBe('fail');
    expect(b0.reason).toMatch(/^confirmed with 10 more rounds/);
    expect(merged.counts.failed).toBe(1);
  });

  /**
   * The error rate of the two-look rule, by simulation. Every series is exactly at the fail threshold
   * (+10%), so a fail is a false fail of H₀: change ≤ 10%. Rule: look at 10 rounds; if anything warns
   * or fails, run 10 more and decide the flagged series on all 20. Its false-fail rate must not exceed
   * the single 20-round test's, while failing at either look (no error spending) inflates it.
   */
  it('does not raise false fails by looking twice (simulation)', () => {
    const rng = new Rng('confirm-sim');
    const trials = 300;
    const m = 5;
    let single = 0;
    let confirmed = 0;
    let either = 0;
    for (let t = 0; t < trials; t++) {
      const all = rounds(rng, 20, m, () => 0.1, { round: 0.04, run: 0.02, bench: 0.02 });
      const first = judge(all.slice(0, 10));
      const final = judge(all);
      single += final.counts.failed;
      either += new Set([
        ...first.series.filter((s) => s.verdict === 'fail').map((s) => s.name),
        ...final.series.filter((s) => s.verdict === 'fail').map((s) => s.name),
      ]).size;
      confirmed += needsConfirmation(first) ? mergeLooks(first, final, 10).counts.failed : 0;
    }
    const n = trials * m;
    // At the boundary the fail bound is a one-sided 97.5% bound: ≤ 2.5% (+ Monte-Carlo slack).
    expect(single / n).toBeLessThan(0.035);
    expect(confirmed).toBeLessThanOrEqual(single);
    expect(either).toBeGreaterThan(single);
  });

  it('keeps false alerts on unchanged suites within the FDR (simulation)', () => {
    const rng = new Rng('aa-sim');
    const { anyFlag, fails } = unchangedSuites(300, () => rounds(rng, 20, 10, () => 0));
    expect(anyFlag).toBeLessThanOrEqual(0.05);
    expect(fails).toBe(0);
  });
});

/**
 * Rounds whose runs have `k` short samples each, as on a shared runner: a sample is either undisturbed
 * (the floor, to ±0.05%) or slowed by 0–150%; a disturbed run (share `dirty`) never meets the floor.
 * `slow(i)` shifts the head's floor of benchmark i; `tail(i)` is the head's share of slowed samples
 * (the base's is 0.5).
 */
function floorRounds(
  rng: Rng,
  n: number,
  m: number,
  slow: (i: number) => number,
  { k = 20, dirty = 0.3, tail = (_: number): number => 0.5 } = {},
): AbRound[] {
  const seriesOf = (i: number, level: number, slowShare: number): Series => {
    const floor = 1000 * (i + 1) * level;
    const disturbed = rng.next() < dirty;
    const samples = Array.from({ length: k }, () => {
      const hit = disturbed || rng.next() < slowShare;
      return floor * (1 + 0.0005 * rng.normal()) * (hit ? 1.2 + 1.3 * rng.next() : 1);
    });
    const sorted = [...samples].sort((x, y) => x - y);
    return { ...ts(`B${i}`, sorted[k >> 1]), samples };
  };
  const out: AbRound[] = [];
  for (let r = 0; r < n; r++) {
    const base = Array.from({ length: m }, (_, i) => seriesOf(i, 1, 0.5));
    const head = Array.from({ length: m }, (_, i) => seriesOf(i, 1 + slow(i), tail(i)));
    out.push({ first: r % 2 ? 'head' : 'base', base, head });
  }
  return out;
}

describe('the floor of many short samples', () => {
  it('finds a 2% shift of the floor that the medians cannot resolve, and says it compared floors', () => {
    const rng = new Rng('floor-2');
    const rs = floorRounds(rng, 20, 5, (i) => (i === 1 ? 0.02 : 0));
    const settings = { ...SETTINGS, warnThreshold: 0.01 };
    const v = judge(rs, settings);
    const b1 = v.series.find((s) => s.name === 'B1')!;
    expect(b1.verdict).toBe('warn');
    expect(b1.change!).toBeGreaterThan(0.015);
    expect(b1.change!).toBeLessThan(0.025);
    expect(b1.reason).toMatch(/fastest sample/);
    expect(v.series.filter((s) => s.name !== 'B1').every((s) => s.verdict === 'pass')).toBe(true);
    const medianOnly = judge(rs, settings, { median: 'trimmed' });
    expect(medianOnly.series.find((s) => s.name === 'B1')!.verdict).toBe('pass');
  });

  it('still sees a change that only makes slow samples more frequent (the median does)', () => {
    const rng = new Rng('floor-tail');
    const rs = floorRounds(rng, 20, 4, () => 0, { dirty: 0, tail: (i) => (i === 2 ? 0.9 : 0.5) });
    const v = judge(rs);
    const b2 = v.series.find((s) => s.name === 'B2')!;
    expect(b2.status).toBe('regression');
    expect(b2.reason).not.toMatch(/fastest sample/);
    expect(judge(rs, SETTINGS, { floor: 'pooled' }).series.find((s) => s.name === 'B2')!.status).toBe(
      'unchanged',
    );
  });

  it('compares medians only when runs have fewer than 5 samples', () => {
    const rng = new Rng('floor-few');
    const v = judge(floorRounds(rng, 12, 3, (i) => (i === 0 ? 0.3 : 0), { k: 3, dirty: 0 }));
    expect(v.series.every((s) => !/fastest sample/.test(s.reason))).toBe(true);
  });

  it('keeps false flags on unchanged suites within the FDR with both statistics tested (simulation)', () => {
    const rng = new Rng('floor-aa');
    const { anyFlag, fails } = unchangedSuites(200, () => floorRounds(rng, 30, 10, () => 0));
    expect(anyFlag).toBeLessThanOrEqual(0.05);
    expect(fails).toBe(0);
  });
});
