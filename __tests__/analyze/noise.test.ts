import { analyze } from '../../src/analyze/index.js';
import type { AnalysisSettings, AnalyzeInput, SeriesVerdict } from '../../src/analyze/types.js';
import type { Run, Series } from '../../src/model.js';
import { combineFiles } from '../../src/replicates.js';
import { Rng, bimodality, drift } from '../../src/stats/index.js';

const SETTINGS: AnalysisSettings = {
  warnThreshold: 0.05,
  failThreshold: 0.1,
  confidence: 0.95,
  resamples: 2000,
  fdrQ: 0.05,
  minSamples: 5,
};

function samples(seed: string, n: number, level: number, cv = 0.02): number[] {
  const rng = new Rng(seed);
  return Array.from({ length: n }, () => level * Math.exp(cv * rng.normal()));
}

function med(v: number[]): number {
  const s = [...v].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function series(name: string, values: number[], over: Partial<Series> = {}): Series {
  return {
    name,
    metric: 'time',
    unit: 'ns',
    direction: 'smaller',
    value: med(values),
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

/** Several runs of one benchmark merged the way readOutputs merges files that carry the same series. */
function runsOf(name: string, sets: number[][]): Series {
  return combineFiles(sets.map((v, i) => ({ file: `r${i}`, series: [series(name, v)] }))).series[0];
}

function input(parts: {
  current: Series[];
  baseline?: Series[];
  history?: Series[][];
  settings?: Partial<AnalysisSettings>;
}): AnalyzeInput {
  const settings = { ...SETTINGS, ...parts.settings };
  return {
    suite: 's',
    current: run('head', parts.current, 1000),
    baselineRun: parts.baseline ? run('base', parts.baseline) : undefined,
    history: parts.history
      ? { schemaVersion: 1, suite: 's', runs: parts.history.map((s, i) => run(`main${i}`, s, i)) }
      : undefined,
    ruleFor: () => ({ warnThreshold: 0.05, failThreshold: 0.1, ignore: false, minSamples: 5 }),
    settings,
    seed: 's:base:head',
    severity: { minor: 1.2, moderate: 1.5, critical: 2 },
  };
}

function one(v: ReturnType<typeof analyze>, name = 'Sort'): SeriesVerdict {
  return v.series.find((s) => s.name === name)!;
}

describe('one run per side (same job)', () => {
  test('within-run samples never stand in for run-to-run noise: a tight 15% change between two processes does not fail', () => {
    const v = analyze(
      input({
        baseline: [series('Sort', samples('b', 30, 1000, 0.01))],
        current: [series('Sort', samples('h', 30, 1150, 0.01))],
      }),
    );
    const s = one(v);
    expect(s).toMatchObject({ method: 'one-run', mode: 'same-job' });
    expect(s.verdict).not.toBe('fail');
    expect(s.reason).toMatch(
      /one run per side: run-to-run noise of ±25\.0% assumed \(runner-noise\); changes below \d+(\.\d+)?% cannot be resolved\./,
    );
  });

  test('a change far beyond the assumed noise still fails, at 99.9% confidence', () => {
    const v = analyze(
      input({
        baseline: [series('Sort', samples('b', 30, 1000))],
        current: [series('Sort', samples('h', 30, 5000))],
      }),
    );
    expect(one(v)).toMatchObject({ verdict: 'fail', method: 'one-run', bound: { confidence: 0.999 } });
  });

  test('the runner-noise setting is the assumed spread; 0% trusts the samples alone', () => {
    const parts = {
      baseline: [series('Sort', samples('b', 30, 1000, 0.01))],
      current: [series('Sort', samples('h', 30, 1200, 0.01))],
    };
    const quiet = one(analyze(input({ ...parts, settings: { runnerNoise: 0.01 } })));
    expect(quiet).toMatchObject({ method: 'one-run', verdict: 'fail' });
    expect(quiet.reason).toContain('±1.00% assumed');
    expect(one(analyze(input({ ...parts, settings: { runnerNoise: 0 } })))).toMatchObject({
      method: 'bootstrap',
      verdict: 'fail',
    });
  });

  test('with a history, the series’ own run-to-run spread is used instead of the default', () => {
    const rng = new Rng('hist');
    const history = Array.from({ length: 20 }, () => [
      series('Sort', [1000 * Math.exp(0.02 * rng.normal())]),
    ]);
    const s = one(
      analyze(
        input({
          history,
          baseline: [series('Sort', samples('b', 30, 1000, 0.01))],
          current: [series('Sort', samples('h', 30, 1150, 0.01))],
        }),
      ),
    );
    expect(s.method).toBe('one-run');
    expect(s.reason).toMatch(/run-to-run noise of ±\d\.\d+% measured over 20 base-branch runs/);
    expect(s.verdict).not.toBe('pass');
  });
});

describe('several runs per side (replicates)', () => {
  test('files that carry the same series are runs of it; disjoint files are parts of one run', () => {
    const c = combineFiles([
      { file: 'a1', series: [series('A', [1, 2, 3])] },
      { file: 'b1', series: [series('B', [5])] },
      { file: 'a2', series: [series('A', [2, 3, 4])] },
    ]);
    expect(c.runs).toBe(2);
    expect(c.series.map((s) => s.name)).toEqual(['A', 'B']);
    expect(c.series[0]).toMatchObject({ value: 2.5, samples: [1, 2, 3, 2, 3, 4] });
    expect(c.series[0].runs).toEqual([
      { value: 2, samples: [1, 2, 3] },
      { value: 3, samples: [2, 3, 4] },
    ]);
    expect(c.series[1].runs).toBeUndefined();
    expect(() =>
      combineFiles([
        { file: 'a', series: [series('A', [1])] },
        { file: 'b', series: [series('A', [1], { unit: 'B' })] },
      ]),
    ).toThrow(/one unit/);
  });

  test('the runs are the replicates: the between-run spread decides, not the samples', () => {
    // Each process lands on its own level (±10%); samples inside a run are tight (1%).
    const rng = new Rng('proc');
    const proc = (tag: string, level: number, k: number): number[][] =>
      Array.from({ length: k }, (_, i) =>
        samples(`${tag}${i}`, 20, level * Math.exp(0.1 * rng.normal()), 0.01),
      );
    const unchanged = one(
      analyze(
        input({
          baseline: [runsOf('Sort', proc('b', 1000, 5))],
          current: [runsOf('Sort', proc('h', 1000, 5))],
        }),
      ),
    );
    expect(unchanged).toMatchObject({
      method: 'replicates',
      runs: { baseline: 5, current: 5 },
      verdict: 'pass',
    });
    expect(unchanged.reason).toMatch(/5 \+ 5 runs: run-to-run spread ±\d+(\.\d+)?% measured; changes below/);
    const slower = one(
      analyze(
        input({
          baseline: [runsOf('Sort', proc('b', 1000, 8))],
          current: [runsOf('Sort', proc('h', 2000, 8))],
        }),
      ),
    );
    expect(slower).toMatchObject({ method: 'replicates', verdict: 'fail', status: 'regression' });
  });

  test('replicates on one side only still use the runs that are there', () => {
    const base = runsOf('Sort', [samples('b1', 10, 1000), samples('b2', 10, 1010), samples('b3', 10, 990)]);
    const s = one(analyze(input({ baseline: [base], current: [series('Sort', samples('h', 10, 1005))] })));
    expect(s).toMatchObject({ method: 'replicates', runs: { baseline: 3, current: 1 }, verdict: 'pass' });
  });
});

describe('history mode with several runs of this commit', () => {
  test('the runs narrow the comparison: a median of k runs varies less than one run', () => {
    // Base-branch history: one run per commit, each on its own level (±5%).
    const rng = new Rng('hist');
    const history = Array.from({ length: 20 }, (_, i) => [
      series('Sort', samples(`h${i}`, 10, 1000 * Math.exp(0.05 * rng.normal()), 0.01)),
    ]);
    const proc = (k: number): Series =>
      runsOf(
        'Sort',
        Array.from({ length: k }, (_, i) => samples(`c${i}`, 10, 1000 * Math.exp(0.05 * rng.normal()), 0.01)),
      );
    const single = one(analyze(input({ history, current: [series('Sort', samples('c', 10, 1000, 0.01))] })));
    const five = one(analyze(input({ history, current: [proc(5)] })));
    expect(single.mode).toBe('history');
    expect(five.mode).toBe('history');
    expect(five.runs).toEqual({ baseline: 20, current: 5 });
    expect(single.runs).toBeUndefined();
    const width = (v: SeriesVerdict) => v.ci![1] - v.ci![0];
    expect(width(five)).toBeLessThan(0.75 * width(single));
  });
});

describe('unstable runs are reported, never decided', () => {
  test('a bimodal head run that looks 30% slower passes with an unstable reason', () => {
    const rng = new Rng('bi');
    const head = Array.from({ length: 60 }, (_, i) => (i % 2 ? 1000 : 1600) * Math.exp(0.01 * rng.normal()));
    const s = one(
      analyze(
        input({
          baseline: [series('Sort', samples('b', 60, 1000, 0.01))],
          current: [series('Sort', head)],
          settings: { runnerNoise: 0 },
        }),
      ),
    );
    expect(s.verdict).toBe('pass');
    expect(s.status).toBe('unchanged');
    expect(s.reason).toMatch(
      /^unstable run \(head run: two modes, 50\.0% of samples 60\.\d% slower than the rest\)/,
    );
    expect(s.warnings.map((w) => w.kind)).toContain('unstable');
  });

  test('drift inside a run is named', () => {
    const head = samples('d', 60, 1000, 0.01).map((v, i) => v * (1 + (0.3 * i) / 60));
    const s = one(
      analyze(
        input({
          baseline: [series('Sort', samples('b', 60, 1000, 0.01))],
          current: [series('Sort', head)],
          settings: { runnerNoise: 0 },
        }),
      ),
    );
    expect(s.verdict).toBe('pass');
    expect(s.reason).toMatch(/head run: drift of \+\d+(\.\d+)?% from its first third to its last/);
  });

  test('a spread far above the series’ history is named', () => {
    const history = Array.from({ length: 10 }, (_, i) => [series('Sort', samples(`h${i}`, 30, 1000, 0.01))]);
    const s = one(analyze(input({ history, current: [series('Sort', samples('wide', 30, 1300, 0.15))] })));
    expect(s.verdict).toBe('pass');
    expect(s.reason).toMatch(/sample spread ±\d+(\.\d+)?%, \d+\.\d× its history's ±\d+(\.\d+)?%/);
  });

  test('stable noise is not called unstable: lognormal, AR(1), heavy tails, timer quanta', () => {
    const rng = new Rng('stable');
    let flagged = 0;
    for (let t = 0; t < 300; t++) {
      let e = 0;
      const v = Array.from({ length: 30 }, () => {
        e = 0.4 * e + 0.03 * rng.normal();
        let x = e;
        if (rng.next() < 0.03) x += Math.log(1 + 2 * rng.next());
        return Math.round(Math.exp(x) * 100) / 100;
      });
      const logs = v.map(Math.log);
      if (bimodality(logs) || drift(logs)) flagged++;
    }
    expect(flagged / 300).toBeLessThan(0.02);
  });
});

describe('unit changes', () => {
  test('a series whose unit changed is reported as such and never compared', () => {
    const v = analyze(
      input({
        baseline: [
          series('Copy', samples('b', 10, 100), { unit: 'B/s', metric: 'throughput', direction: 'bigger' }),
        ],
        current: [
          series('Copy', samples('h', 10, 1e8), { unit: 'ops/s', metric: 'throughput', direction: 'bigger' }),
        ],
      }),
    );
    const s = one(v, 'Copy');
    expect(s).toMatchObject({
      verdict: 'pass',
      reason: 'unit changed from B/s to ops/s: not compared',
      unitChanged: { from: 'B/s', to: 'ops/s' },
    });
    expect(s.change).toBeUndefined();
    expect(v.verdict).toBe('pass');
  });

  test('history runs in another unit are left out; the newest in another unit stops the comparison', () => {
    const h = (unit: string, i: number): Series[] => [series('Sort', samples(`h${i}`, 10, 1000), { unit })];
    const older = [
      ...Array.from({ length: 3 }, (_, i) => h('B', i)),
      ...Array.from({ length: 10 }, (_, i) => h('ns', i + 3)),
    ];
    const ok = one(analyze(input({ history: older, current: [series('Sort', samples('c', 10, 1000))] })));
    expect(ok.mode).toBe('history');
    expect(ok.n?.baseline).toBe(10);
    const newest = [...older, h('B', 99)];
    expect(
      one(analyze(input({ history: newest, current: [series('Sort', samples('c', 10, 1000))] }))).reason,
    ).toBe('unit changed from B to ns: not compared');
  });
});

describe('statistic changes', () => {
  const mean = { statistic: 'mean' as const, origin: 'console' as const };

  test('a console mean against a JSON median baseline is compared, with a warning saying so', () => {
    const v = analyze(
      input({
        baseline: [series('fib', samples('b', 10, 100))],
        current: [series('fib', [100], mean)],
      }),
    );
    const s = one(v, 'fib');
    expect(s.warnings.map((w) => w.kind)).toContain('statistic-changed');
    expect(s.warnings.find((w) => w.kind === 'statistic-changed')?.message).toMatch(
      /hold the mean now and the tool's median in the baseline/,
    );
  });

  test('the newest history run decides; the same statistic on both sides gives no warning', () => {
    const h = (i: number, over: Partial<Series>): Series[] => [series('fib', [100 + i], over)];
    const history = Array.from({ length: 6 }, (_, i) => h(i, mean));
    const same = one(analyze(input({ history, current: [series('fib', [103], mean)] })), 'fib');
    expect(same.warnings.map((w) => w.kind)).not.toContain('statistic-changed');
    const json = one(analyze(input({ history, current: [series('fib', samples('c', 10, 103))] })), 'fib');
    expect(json.warnings.find((w) => w.kind === 'statistic-changed')?.message).toMatch(
      /hold the tool's median now and the mean in the baseline/,
    );
  });
});
