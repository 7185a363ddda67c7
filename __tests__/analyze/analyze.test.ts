import { analyze } from '../../src/analyze/index.js';
import type { AnalysisSettings, AnalyzeInput, SeriesRule, SeriesVerdict } from '../../src/analyze/types.js';
import type { Direction, Run, Series } from '../../src/model.js';
import { Rng } from '../../src/stats/index.js';

const SETTINGS: AnalysisSettings = {
  warnThreshold: 0.05,
  failThreshold: 0.1,
  confidence: 0.95,
  resamples: 10000,
  fdrQ: 0.05,
  minSamples: 5,
  // These tests exercise the within-run comparison (runner-noise 0%: the runs are trusted not to differ);
  // the run-to-run noise of one run per side and of replicates is tested in noise.test.ts.
  runnerNoise: 0,
};

/** n lognormal samples around `level` with relative noise `cv`, from a named seed. */
function samples(seed: string, n: number, level: number, cv = 0.02): number[] {
  const rng = new Rng(seed);
  return Array.from({ length: n }, () => level * Math.exp(cv * rng.normal()));
}

function series(name: string, values: number[], over: Partial<Series> = {}): Series {
  const sorted = [...values].sort((a, b) => a - b);
  const m = sorted.length >> 1;
  return {
    name,
    metric: 'time',
    unit: 'ns',
    direction: 'smaller',
    value: sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2,
    ...(values.length > 1 ? { samples: values } : {}),
    ...over,
  };
}

function run(commit: string, s: Series[], i = 0): Run {
  return {
    suite: 's',
    tool: 'go',
    commit,
    ref: 'main',
    timestamp: new Date(i * 1000).toISOString(),
    series: s,
  };
}

function input(parts: {
  current: Series[];
  baseline?: Series[];
  history?: Series[][];
  rule?: Partial<SeriesRule>;
  settings?: Partial<AnalysisSettings>;
  seed?: string;
}): AnalyzeInput {
  const settings = { ...SETTINGS, ...parts.settings };
  return {
    suite: 's',
    current: run('head', parts.current, 1000),
    baselineRun: parts.baseline ? run('base', parts.baseline) : undefined,
    history: parts.history
      ? { schemaVersion: 1, suite: 's', runs: parts.history.map((s, i) => run(`main${i}`, s, i)) }
      : undefined,
    ruleFor: () => ({
      warnThreshold: settings.warnThreshold,
      failThreshold: settings.failThreshold,
      ignore: false,
      minSamples: settings.minSamples,
      ...parts.rule,
    }),
    settings,
    seed: parts.seed ?? 's:base:head',
    severity: { minor: 1.2, moderate: 1.5, critical: 2 },
  };
}

function one(v: ReturnType<typeof analyze>, name: string, metric = 'time'): SeriesVerdict {
  return v.series.find((s) => s.name === name && s.metric === metric)!;
}

describe('same-job mode (base and head samples from one runner)', () => {
  test('a 50% slowdown fails, with its interval, the bound it failed on and a moderate severity', () => {
    const v = analyze(
      input({
        baseline: [series('Sort', samples('b', 10, 1000))],
        current: [series('Sort', samples('h', 10, 1500))],
      }),
    );
    const s = one(v, 'Sort');
    expect(v.verdict).toBe('fail');
    expect(s).toMatchObject({ verdict: 'fail', status: 'regression', mode: 'same-job', method: 'bootstrap' });
    expect(s.change!).toBeGreaterThan(0.4);
    expect(s.ci![0]).toBeGreaterThan(0.1);
    expect(s.ci![1]).toBeGreaterThan(s.change!);
    expect(s.bound!.change).toBeGreaterThan(0.1);
    expect(s.severity).toBe('moderate');
    expect(s.reason).toMatch(
      /slower; with 97\.5% confidence at least .* slower, beyond the 10% fail threshold\./,
    );
    expect(s.n).toEqual({ baseline: 10, current: 10 });
  });

  test('unchanged code passes and says what it could resolve', () => {
    const v = analyze(
      input({
        baseline: [series('Sort', samples('b', 10, 1000))],
        current: [series('Sort', samples('h', 10, 1000))],
      }),
    );
    const s = one(v, 'Sort');
    expect(s).toMatchObject({ verdict: 'pass', status: 'unchanged' });
    expect(s.reason).toMatch(/^no significant change \(.*, p = 0\.\d{3}\)/);
    expect(s.resolvable!).toBeGreaterThan(0);
    expect(s.resolvable!).toBeLessThan(0.05);
  });

  test('a 6% slowdown in samples with 3% noise warns: significant, and could reach the warn threshold', () => {
    const v = analyze(
      input({
        baseline: [series('Parse', samples('b', 10, 1000, 0.03))],
        current: [series('Parse', samples('h', 10, 1060, 0.03))],
      }),
    );
    const s = one(v, 'Parse');
    expect(s).toMatchObject({ verdict: 'warn', status: 'regression' });
    expect(s.reason).toMatch(
      /^\d\.\d+% slower, significant; the 95% interval reaches the 5% warn threshold\.$/,
    );
    expect(s.p!).toBeLessThan(0.05);
    expect(s.ci![1]).toBeGreaterThanOrEqual(0.05);
  });

  test('a slowdown measured beyond the fail threshold but not surely beyond it warns, and says why', () => {
    const v = analyze(
      input({
        baseline: [series('Parse', samples('b', 10, 1000, 0.03))],
        current: [series('Parse', samples('h', 10, 1070, 0.03))],
      }),
    );
    const s = one(v, 'Parse');
    expect(s.change!).toBeGreaterThan(0.1);
    expect(s).toMatchObject({ verdict: 'warn', status: 'regression' });
    expect(s.reason).toMatch(
      /slower and significant, but not surely beyond the 10% fail threshold \(97\.5% bound \+\d\.\d+%\); more samples would settle it\./,
    );
  });

  test('a small but significant slowdown below the warn threshold passes', () => {
    const v = analyze(
      input({
        baseline: [series('Hash', samples('b', 30, 1000, 0.005))],
        current: [series('Hash', samples('h', 30, 1015, 0.005))],
      }),
    );
    const s = one(v, 'Hash');
    expect(s).toMatchObject({ verdict: 'pass', status: 'unchanged' });
    // The sentence speaks at the interval's level (issue 9: a row's interval and its sentence at one level).
    expect(s.reason).toMatch(/significant; the 95% interval stays below the 5% warn threshold/);
    expect(s.ci![1]).toBeLessThan(0.05);
  });

  test('improvements are symmetric: a 30% speed-up is an improvement that passes', () => {
    const v = analyze(
      input({
        baseline: [series('Sort', samples('b', 10, 1000))],
        current: [series('Sort', samples('h', 10, 700))],
      }),
    );
    expect(one(v, 'Sort')).toMatchObject({ verdict: 'pass', status: 'improvement' });
    expect(one(v, 'Sort').change!).toBeLessThan(-0.25);
    expect(one(v, 'Sort').reason).toMatch(/faster, significant/);
    expect(v.verdict).toBe('pass');
  });

  test('bigger-is-better metrics are oriented: throughput down 30% is a regression with a positive change', () => {
    const tput = (seed: string, level: number): Series =>
      series('Copy', samples(seed, 10, level), { metric: 'throughput', unit: 'B/s', direction: 'bigger' });
    const v = analyze(input({ baseline: [tput('b', 100e6)], current: [tput('h', 70e6)] }));
    const s = one(v, 'Copy', 'throughput');
    expect(s).toMatchObject({ verdict: 'fail', status: 'regression', direction: 'bigger' });
    expect(s.change!).toBeCloseTo(100 / 70 - 1, 1);
    expect(s.ci![0]).toBeGreaterThan(0.1);
    expect(s.reason).toMatch(/% worse; with/);
  });

  test('a clean 2× slowdown with only 5 samples per side still fails (bootstrap bound), in a suite of 15', () => {
    const names = Array.from({ length: 15 }, (_, i) => `B${i}`);
    const v = analyze(
      input({
        baseline: names.map((n) => series(n, samples(`b${n}`, 5, 1000))),
        current: names.map((n, i) => series(n, samples(`h${n}`, 5, i === 0 ? 2000 : 1000))),
      }),
    );
    expect(one(v, 'B0').verdict).toBe('fail');
    expect(v.counts.failed).toBe(1);
  });
});

describe('exact series (no variance)', () => {
  const allocs = (v: number, n = 5): Series =>
    series('Alloc', new Array<number>(n).fill(v), { metric: 'allocs/op', unit: 'allocs/op' });

  test('12 allocations instead of 10 fail by the threshold alone', () => {
    const v = analyze(input({ baseline: [allocs(10)], current: [allocs(12)] }));
    const s = one(v, 'Alloc', 'allocs/op');
    expect(s).toMatchObject({ verdict: 'fail', method: 'exact', change: expect.closeTo(0.2, 12) });
    expect(s.reason).toBe(
      '10 allocs/op → 12 allocs/op (+20.0%), beyond the 10% fail threshold; an exact count has no noise, so no statistics.',
    );
    expect(s.p).toBeUndefined();
  });

  test('from zero to any allocation fails', () => {
    const v = analyze(input({ baseline: [allocs(0)], current: [allocs(1)] }));
    expect(one(v, 'Alloc', 'allocs/op')).toMatchObject({ verdict: 'fail', change: Infinity });
  });

  test('an unchanged count passes, even with one sample each (known exact metric)', () => {
    const v = analyze(input({ baseline: [allocs(3, 1)], current: [allocs(3, 1)] }));
    expect(one(v, 'Alloc', 'allocs/op')).toMatchObject({
      verdict: 'pass',
      method: 'exact',
      change: 0,
      reason: 'unchanged exact count (3 allocs/op).',
    });
  });

  test('a series configured as deterministic compares medians exactly, despite jitter', () => {
    const v = analyze(
      input({
        baseline: [series('Instr', [1000, 1001, 1000, 1000, 999])],
        current: [series('Instr', [1030, 1031, 1030, 1029, 1030])],
        rule: { deterministic: true },
      }),
    );
    expect(one(v, 'Instr')).toMatchObject({
      verdict: 'pass',
      method: 'exact',
      change: expect.closeTo(0.03, 12),
    });
  });
});

describe('too little data', () => {
  test('3 samples per side: a 30% slowdown warns instead of failing, and says how many samples it needs', () => {
    const v = analyze(
      input({
        baseline: [series('Sort', samples('b', 3, 1000))],
        current: [series('Sort', samples('h', 3, 1300))],
      }),
    );
    const s = one(v, 'Sort');
    expect(s).toMatchObject({
      verdict: 'warn',
      mode: 'threshold',
      method: 'threshold',
      status: 'regression',
    });
    expect(s.reason).toMatch(
      /with 3 samples per side, too few to test \(min-samples 5\), so this warns instead of failing; run each benchmark at least 5 times\./,
    );
    expect(s.warnings.map((w) => w.kind)).toContain('too-few-samples');
  });

  test('with insufficient-data: fail, the thresholds apply as measured', () => {
    const v = analyze(
      input({
        baseline: [series('Sort', samples('b', 3, 1000))],
        current: [series('Sort', samples('h', 3, 1300))],
        settings: { insufficientData: 'fail' },
      }),
    );
    expect(one(v, 'Sort').verdict).toBe('fail');
  });

  test('a 7% change with one sample per side is reported, not flagged', () => {
    const v = analyze(input({ baseline: [series('Sort', [1000])], current: [series('Sort', [1070])] }));
    expect(one(v, 'Sort')).toMatchObject({
      verdict: 'pass',
      mode: 'threshold',
      change: expect.closeTo(0.07, 10),
    });
  });

  test('values at or below zero are compared by threshold only', () => {
    const v = analyze(
      input({
        baseline: [series('Zero', [0, 0, 1, 0, 0, 0])],
        current: [series('Zero', [0, 0, 0, 1, 0, 0])],
      }),
    );
    expect(one(v, 'Zero')).toMatchObject({ verdict: 'pass', mode: 'threshold' });
    expect(one(v, 'Zero').reason).toMatch(/at or below zero/);
  });
});

describe('history mode (base-branch runs on other runners)', () => {
  /** N runs of one value each, runner noise `cv`, then optional level change at run `stepAt`. */
  const history = (N: number, cv: number, level = 1000, step?: { at: number; to: number }): Series[][] => {
    const rng = new Rng(`hist${N}${cv}${step?.at ?? ''}`);
    return Array.from({ length: N }, (_, i) => [
      series('Sort', [(step && i >= step.at ? step.to : level) * Math.exp(cv * rng.normal())]),
    ]);
  };

  test('30 runs with 2.7% runner noise: a 30% slowdown fails, an unchanged run passes', () => {
    const h = history(30, 0.027);
    const slow = analyze(input({ history: h, current: [series('Sort', [1300])] }));
    expect(one(slow, 'Sort')).toMatchObject({ verdict: 'fail', mode: 'history', method: 'history' });
    expect(one(slow, 'Sort').segment).toEqual({ runs: 30 });
    const same = analyze(input({ history: h, current: [series('Sort', [1010])] }));
    expect(one(same, 'Sort')).toMatchObject({ verdict: 'pass', mode: 'history' });
  });

  test('a 5% change on hosted-runner noise cannot be resolved, and says so', () => {
    const v = analyze(input({ history: history(30, 0.027), current: [series('Sort', [1050])] }));
    const s = one(v, 'Sort');
    expect(s.verdict).toBe('pass');
    expect(s.resolvable!).toBeGreaterThan(0.05);
    expect(s.reason).toMatch(/cannot be resolved against this history/);
    expect(s.warnings.map((w) => w.kind)).toContain('unresolvable');
  });

  test('the baseline starts at the last change point: a base-branch step is not blamed on the PR', () => {
    const h = history(40, 0.01, 1000, { at: 25, to: 1200 });
    const v = analyze(input({ history: h, current: [series('Sort', [1205])] }));
    const s = one(v, 'Sort');
    expect(s.verdict).toBe('pass');
    expect(s.segment).toEqual({ runs: 15, since: 'main25' });
    expect(s.baseline!).toBeGreaterThan(1150);
  });

  test('with 2 runs of history but samples on both sides, the newest base run is compared with runner noise added', () => {
    const h = [[series('Sort', samples('r0', 10, 1000))], [series('Sort', samples('r1', 10, 1010))]];
    const settings = { runnerNoise: 0.03 };
    const big = analyze(input({ history: h, current: [series('Sort', samples('h', 10, 1500))], settings }));
    expect(one(big, 'Sort')).toMatchObject({ verdict: 'fail', method: 'history-two-sample' });
    // 4% apart on another runner is within the assumed 3% run-to-run noise: no alarm.
    const small = analyze(input({ history: h, current: [series('Sort', samples('h', 10, 1050))], settings }));
    expect(one(small, 'Sort')).toMatchObject({ verdict: 'pass', method: 'history-two-sample' });
  });

  test('same-job with too few samples falls back to a long enough history (best mode first)', () => {
    const v = analyze(
      input({
        baseline: [series('Sort', [1000, 1001])],
        history: history(20, 0.02),
        current: [series('Sort', [1400, 1401])],
      }),
    );
    expect(one(v, 'Sort')).toMatchObject({ mode: 'history', verdict: 'fail' });
  });
});

describe('the suite', () => {
  test('300 unchanged benchmarks in one PR raise nothing (Benjamini–Hochberg across the suite)', () => {
    const names = Array.from({ length: 300 }, (_, i) => `B${i}`);
    const v = analyze(
      input({
        baseline: names.map((n) => series(n, samples(`b${n}`, 10, 1000, 0.03))),
        current: names.map((n) => series(n, samples(`h${n}`, 10, 1000, 0.03))),
        // p-values come from Mann–Whitney; fewer resamples only coarsen the intervals (and keep this fast).
        settings: { resamples: 2000 },
      }),
    );
    expect(v.counts.failed).toBe(0);
    expect(v.counts.warned).toBe(0);
    expect(v.verdict).toBe('pass');
    expect(v.globalShift).toBeUndefined();
  });

  test('the same slowdown that warns alone is held to a stricter bar among 100 series', () => {
    const names = Array.from({ length: 100 }, (_, i) => `B${i}`);
    const base = names.map((n) => series(n, samples(`b${n}`, 10, 1000, 0.03)));
    const head = names.map((n, i) => series(n, samples(`h${n}`, 10, i === 0 ? 1045 : 1000, 0.03)));
    const alone = analyze(input({ baseline: [base[0]], current: [head[0]] }));
    const among = analyze(input({ baseline: base, current: head }));
    // Alone, its adjusted p is its p; among 100 it is multiplied by up to 100 (BH).
    expect(one(alone, 'B0').pAdjusted).toBe(one(alone, 'B0').p);
    expect(one(among, 'B0').pAdjusted!).toBeGreaterThan(10 * one(alone, 'B0').pAdjusted!);
  });

  test('most series moving together flags a runner or global shift', () => {
    const names = Array.from({ length: 20 }, (_, i) => `B${i}`);
    const v = analyze(
      input({
        baseline: names.map((n) => series(n, samples(`b${n}`, 10, 1000, 0.01))),
        current: names.map((n) => series(n, samples(`h${n}`, 10, 1080, 0.01))),
      }),
    );
    expect(v.globalShift!.change).toBeCloseTo(0.08, 1);
    expect(v.warnings.find((w) => w.kind === 'global-shift')!.message).toMatch(
      /^20 of 20 compared series moved the same way \(median \+\d\.\d+%\): a runner or global shift/,
    );
  });

  test('series that only moved with a suite-wide shift do not warn; those that stand out still do', () => {
    const names = Array.from({ length: 20 }, (_, i) => `B${i}`);
    // Every series is 8% slower (an outlying runner); B0 is 30% slower, B1 16% slower.
    const level = (i: number): number => (i === 0 ? 1300 : i === 1 ? 1160 : 1080);
    const v = analyze(
      input({
        baseline: names.map((n) => series(n, samples(`b${n}`, 10, 1000, 0.01))),
        current: names.map((n, i) => series(n, samples(`h${n}`, 10, level(i), 0.01))),
      }),
    );
    expect(v.globalShift!.change).toBeCloseTo(0.08, 1);
    // B0 fails on its raw change: a shift never hides a fail.
    expect(one(v, 'B0').verdict).toBe('fail');
    // B1 stands out from the shift by about 7%, beyond the 5% warn threshold: still flagged.
    expect(one(v, 'B1').verdict).not.toBe('pass');
    for (const n of names.slice(2)) {
      const s = one(v, n);
      expect(s.verdict).toBe('pass');
      expect(s.status).toBe('unchanged');
      expect(s.reason).toMatch(/^moved with the suite-wide shift of \+\d\.\d+%/);
    }
    expect(v.counts.warned + v.counts.failed).toBe(2);
  });

  test('serially correlated samples are detected across the suite, and the tests widened for them', () => {
    const rng = new Rng('ar');
    const ar = (n: number): number[] => {
      let e = 0.03 * rng.normal();
      return Array.from({ length: n }, (_, i) => {
        if (i > 0) e = 0.5 * e + Math.sqrt(0.75) * 0.03 * rng.normal();
        return 1000 * Math.exp(e);
      });
    };
    const names = Array.from({ length: 30 }, (_, i) => `B${i}`);
    const v = analyze(
      input({
        baseline: names.map((n) => series(n, ar(10))),
        current: names.map((n) => series(n, ar(10))),
        settings: { resamples: 2000 },
      }),
    );
    const w = v.warnings.find((x) => x.kind === 'autocorrelated')!;
    expect(w.message).toMatch(
      /^Samples within a run are serially correlated \(lag-1 ≈ 0\.\d\d across 60 sample sets\)/,
    );
    expect(v.counts.warned + v.counts.failed).toBe(0);
  });

  test('an absolute limit fails regardless of the comparison, also for a new benchmark', () => {
    const v = analyze(
      input({
        baseline: [series('Serve', samples('b', 10, 2.1e6))],
        current: [series('Serve', samples('h', 10, 2.1e6)), series('New', samples('n', 10, 3e6))],
        rule: { max: 2e6 },
      }),
    );
    expect(one(v, 'Serve')).toMatchObject({ verdict: 'fail', limit: { kind: 'max', value: 2e6 } });
    expect(one(v, 'Serve').reason).toMatch(/^above its absolute limit of 2 ms \(this run: 2\.\d+ ms\); /);
    expect(one(v, 'New')).toMatchObject({ verdict: 'fail', status: 'regression', limit: { kind: 'max' } });
  });

  test('new, missing and ignored series are reported, not compared', () => {
    const v = analyze(
      input({
        baseline: [series('Gone', samples('g', 10, 1000)), series('Kept', samples('k', 10, 1000))],
        current: [series('Kept', samples('k2', 10, 1000)), series('Fresh', samples('f', 10, 1000))],
      }),
    );
    expect(one(v, 'Gone')).toMatchObject({ status: 'missing', verdict: 'pass' });
    expect(one(v, 'Fresh')).toMatchObject({
      status: 'new',
      verdict: 'pass',
      reason: 'no baseline for this benchmark yet',
    });
    const ignored = analyze(
      input({
        baseline: [series('Kept', [1, 2, 3, 4, 5])],
        current: [series('Kept', [9, 9, 9, 9, 9])],
        rule: { ignore: true },
      }),
    );
    expect(one(ignored, 'Kept')).toMatchObject({ status: 'ignored', verdict: 'pass' });
  });

  test('no baseline at all: reported with a warning that says how to get one', () => {
    const v = analyze(input({ current: [series('Sort', samples('h', 10, 1000))] }));
    expect(v.mode).toBe('none');
    expect(v.warnings[0].kind).toBe('baseline-unavailable');
  });

  test('the same inputs give byte-identical verdicts; another seed moves only bootstrap numbers', () => {
    const parts = {
      baseline: [series('A', samples('a1', 20, 1000)), series('B', samples('b1', 20, 500))],
      current: [series('A', samples('a2', 20, 1100)), series('B', samples('b2', 20, 500))],
    };
    const a = JSON.stringify(analyze(input(parts)));
    const b = JSON.stringify(analyze(input(parts)));
    expect(b).toBe(a);
    const c = analyze(input({ ...parts, seed: 'other' }));
    const first = JSON.parse(a) as ReturnType<typeof analyze>;
    expect(c.series.map((s) => [s.name, s.verdict, s.change, s.p])).toEqual(
      first.series.map((s) => [s.name, s.verdict, s.change, s.p]),
    );
  });

  test('the suite mode is the best mode any series used; settings are echoed', () => {
    const v = analyze(
      input({
        baseline: [series('A', samples('a', 10, 1000)), series('B', [5])],
        current: [series('A', samples('b', 10, 1000)), series('B', [5.1])],
      }),
    );
    expect(v.mode).toBe('same-job');
    expect(v.settings).toEqual(SETTINGS);
    expect(v.baselineCommit).toBe('base');
  });
});

test('directions given by rules win over the parser’s', () => {
  const dir: Direction = 'bigger';
  const v = analyze(
    input({
      baseline: [series('Score', samples('b', 10, 100))],
      current: [series('Score', samples('h', 10, 150))],
      rule: { direction: dir },
    }),
  );
  expect(one(v, 'Score')).toMatchObject({ direction: 'bigger', status: 'improvement' });
});

describe('changes of values that are not positive', () => {
  test.each([
    [0, 0, 'smaller', 0],
    [0, 5, 'smaller', Infinity],
    [0, 5, 'bigger', -1],
    [-5, -4, 'smaller', 0.2],
    [-5, -4, 'bigger', -0.2],
    [10, 0, 'bigger', 1],
  ] as const)(
    '%d → %d (%s is better) is a change of %d (positive is worse)',
    (base, current, direction, change) => {
      const v = analyze(
        input({
          baseline: [series('M', [base], { direction })],
          current: [series('M', [current], { direction })],
        }),
      );
      expect(one(v, 'M').change).toBeCloseTo(change, 12);
    },
  );
});

describe('series a parser marked exact (Valgrind, iai, gungraun counts)', () => {
  const hits = (value: number): Series => ({
    name: 'bench_fib',
    metric: 'L1 Hits',
    unit: 'hits',
    direction: 'smaller',
    value,
    exact: true,
  });

  test('one count per side: a 6% rise warns and a 12% rise fails, on the thresholds alone', () => {
    const warn = one(
      analyze(input({ baseline: [hits(1000)], current: [hits(1060)] })),
      'bench_fib',
      'L1 Hits',
    );
    expect(warn).toMatchObject({ verdict: 'warn', method: 'exact', change: expect.closeTo(0.06, 12) });
    const fail = one(
      analyze(input({ baseline: [hits(1000)], current: [hits(1120)] })),
      'bench_fib',
      'L1 Hits',
    );
    expect(fail).toMatchObject({ verdict: 'fail', method: 'exact' });
    expect(fail.p).toBeUndefined();
  });

  test('a 1.1% change is decided, not guessed: it passes under the 5% warn threshold and warns at 1%', () => {
    const base = [hits(1000)];
    const cur = [hits(1011)];
    expect(one(analyze(input({ baseline: base, current: cur })), 'bench_fib', 'L1 Hits')).toMatchObject({
      verdict: 'pass',
      method: 'exact',
    });
    const strict = analyze(input({ baseline: base, current: cur, rule: { warnThreshold: 0.01 } }));
    expect(one(strict, 'bench_fib', 'L1 Hits')).toMatchObject({ verdict: 'warn', method: 'exact' });
  });

  test('against a history, the count is compared with the base branch without statistics', () => {
    const v = analyze(input({ history: [[hits(1000)], [hits(1000)], [hits(1000)]], current: [hits(1200)] }));
    expect(one(v, 'bench_fib', 'L1 Hits')).toMatchObject({
      verdict: 'fail',
      method: 'exact',
      mode: 'history',
    });
  });
});
