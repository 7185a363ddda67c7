/**
 * Synthetic benchmark data for the accuracy and speed benchmarks: lognormal noise, a runner factor per
 * run, bimodal and heavy-tailed samples, AR(1) within a run, timer quantisation, and for histories a
 * random-walk drift and suite-wide steps (runner image updates). Seeded: the same scenario and PR index
 * always give the same data.
 */
import type { History, Run, Series } from '../src/model.js';
import type { AbRound } from '../src/analyze/paired.js';
import { mergeRuns } from '../src/replicates.js';
import { Rng } from '../src/stats/index.js';

export interface Noise {
  /** Lognormal within-run noise (sd of ln). */
  sigma: number;
  /** Share of samples shifted up by `shift` (a second mode: a slower code path, a cache miss). */
  bimodal?: { share: number; shift: number };
  /** Share of samples multiplied by U(1, max) (interrupts, GC pauses). */
  heavy?: { share: number; max: number };
  /** Lag-1 autocorrelation of consecutive samples in a run. */
  ar?: number;
  /** Round values to multiples of this fraction of the level (a coarse timer). */
  quantum?: number;
}

export interface HistoryShape {
  /** Random-walk drift per base-branch commit (sd of ln). */
  drift: number;
  /** Probability that the history contains a suite-wide step (a runner image update). */
  stepProbability: number;
  /** Step size range (fraction), sign random; applied to `stepShare` of the series. */
  step: [number, number];
  stepShare: number;
  /** Share of runs whose runner is an outlier, multiplied by U(1, max). */
  outlierShare: number;
  outlierMax: number;
}

export interface Scenario {
  key: string;
  label: string;
  /** ab: interleaved rounds of one base and one head run each (makeContendedPr only). */
  mode: 'same-job' | 'history' | 'cached' | 'ab';
  /** Samples per side (same-job) or per run (history; 1 = one value per run). */
  samples: number;
  /** Base-branch runs in the history (history and cached modes). */
  runs: number;
  noise: Noise;
  /** Runner factor per run (sd of ln): cancels in same-job mode, dominates history mode. */
  runner: number;
  /** Same job, base then head: a small offset between the two batches (sd of ln). */
  batchDrift: number;
  history?: HistoryShape;
  seriesPerPr: number;
}

/** One sample path of a run: n values around `level`, with the scenario's noise. */
export function samplesOf(rng: Rng, n: number, level: number, noise: Noise): number[] {
  const out: number[] = [];
  const rho = noise.ar ?? 0;
  const innovation = Math.sqrt(1 - rho * rho) * noise.sigma;
  let e = noise.sigma * rng.normal();
  for (let i = 0; i < n; i++) {
    if (i > 0) e = rho * e + innovation * rng.normal();
    let v = level * Math.exp(e);
    if (noise.bimodal && rng.next() < noise.bimodal.share) v *= 1 + noise.bimodal.shift;
    if (noise.heavy && rng.next() < noise.heavy.share) v *= 1 + (noise.heavy.max - 1) * rng.next();
    if (noise.quantum) {
      const q = level * noise.quantum;
      v = Math.max(q, Math.round(v / q) * q);
    }
    out.push(v);
  }
  return out;
}

function series(name: string, values: number[]): Series {
  const sorted = [...values].sort((a, b) => a - b);
  const m = sorted.length >> 1;
  const med = sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
  return {
    name,
    metric: 'time',
    unit: 'ns',
    direction: 'smaller',
    value: med,
    ...(values.length > 1 ? { samples: values } : {}),
  };
}

function run(suite: string, commit: string, i: number, s: Series[]): Run {
  return {
    suite,
    tool: 'synthetic',
    commit,
    ref: 'refs/heads/main',
    timestamp: new Date(Date.UTC(2025, 0, 1) + i * 3600_000).toISOString(),
    series: s,
  };
}

export interface SyntheticPr {
  current: Run;
  /** A/B mode: the rounds, each a base and a head process (the first AB_FIRST_ROUNDS, then the rest to confirm). */
  rounds?: AbRound[];
  baselineRun?: Run;
  history?: History;
  /** Injected slowdown per series (0 = unchanged). */
  slowdown: number[];
}

/**
 * One synthetic PR: `seriesPerPr` benchmarks; `slowdown[i]` is injected into series i. Levels are
 * log-uniform from 10 ns to 10 ms.
 */
export function makePr(sc: Scenario, index: number, slowdown: number[]): SyntheticPr {
  const rng = new Rng(`${sc.key}:${index}`);
  const m = slowdown.length;
  const levels = Array.from({ length: m }, () => 10 * Math.pow(1e6, rng.next()));
  const names = levels.map((_, i) => `Benchmark${i}`);
  const suite = 'synthetic';

  if (sc.mode === 'same-job') {
    // One runner for both sides: its factor multiplies base and head alike.
    const job = Math.exp(sc.runner * rng.normal());
    const base: Series[] = [];
    const head: Series[] = [];
    for (let i = 0; i < m; i++) {
      const l = levels[i] * job;
      base.push(series(names[i], samplesOf(rng, sc.samples, l, sc.noise)));
      const batch = Math.exp(sc.batchDrift * rng.normal());
      head.push(series(names[i], samplesOf(rng, sc.samples, l * (1 + slowdown[i]) * batch, sc.noise)));
    }
    return {
      current: run(suite, `head${index}`, 1, head),
      baselineRun: run(suite, `base${index}`, 0, base),
      slowdown,
    };
  }

  // History: N base-branch runs on different runners, then the PR on yet another.
  const shape = sc.history!;
  const N = sc.runs;
  const stepAt = rng.next() < shape.stepProbability ? 1 + rng.int(N - 1) : -1;
  const stepSize = shape.step[0] + (shape.step[1] - shape.step[0]) * rng.next();
  const stepSign = rng.next() < 0.75 ? 1 : -1; // image updates slow things down more often than not
  const stepped = levels.map(() => rng.next() < shape.stepShare);
  const walk = levels.map(() => 0);
  const runnerOf = (): number => {
    let f = Math.exp(sc.runner * rng.normal());
    if (rng.next() < shape.outlierShare) f *= 1 + (shape.outlierMax - 1) * rng.next();
    return f;
  };
  const runs: Run[] = [];
  for (let r = 0; r < N; r++) {
    const f = runnerOf();
    const s: Series[] = [];
    for (let i = 0; i < m; i++) {
      if (r > 0) walk[i] += shape.drift * rng.normal();
      const step = stepAt >= 0 && r >= stepAt && stepped[i] ? 1 + stepSign * stepSize : 1;
      s.push(
        series(names[i], samplesOf(rng, sc.samples, levels[i] * Math.exp(walk[i]) * step * f, sc.noise)),
      );
    }
    runs.push(run(suite, `main${r}`, r, s));
  }
  const f = runnerOf();
  const head: Series[] = [];
  for (let i = 0; i < m; i++) {
    const step = stepAt >= 0 && stepped[i] ? 1 + stepSign * stepSize : 1;
    const l = levels[i] * Math.exp(walk[i]) * step * f * (1 + slowdown[i]);
    head.push(series(names[i], samplesOf(rng, sc.samples, l, sc.noise)));
  }
  return {
    current: run(suite, `head${index}`, N, head),
    history: { schemaVersion: 1, suite, runs },
    slowdown,
  };
}

/** Realised within-run CV of a noise profile (sd / mean of samples within one run), by simulation. */
export function realisedCv(noise: Noise, n = 200_000): number {
  const rng = new Rng('cv');
  const v = samplesOf(rng, n, 1, { ...noise, ar: 0 });
  const mean = v.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
  return sd / mean;
}

/**
 * Noise of shared VMs (issue 11): every run is a separate process whose level differs from the next
 * one's by far more than its samples spread. Per run and series a process offset (code layout, frequency,
 * a neighbour) with a between-run sd drawn per PR from `spread` (issue 11 measured 17–28%); a part of it
 * shared by the whole run as SMT-style contention (a run is contended with probability `contended` and
 * then `slow` slower in every series); the rest per series. Inside a run, lognormal samples with sd drawn
 * from `within` (2–13%), and in a share `bimodalRuns` of runs a second mode (30% of samples 20% slower,
 * the SMT sibling busy part of the time).
 */
export interface Contended {
  spread: [number, number];
  contended: number;
  slow: number;
  within: [number, number];
  bimodalRuns: number;
  /** Runs per side in same-job mode (1: one run per side; k: replicates). */
  replicates: number;
}

export const SHARED_VM: Omit<Contended, 'replicates'> = {
  spread: [0.17, 0.28],
  contended: 0.3,
  slow: 0.3,
  within: [0.02, 0.13],
  bimodalRuns: 0.2,
};

/** Realised between-run sd (ln) of one contended configuration: the shared part and the per-series part. */
function between(c: Contended, rng: Rng): { sigma: number; shared: number; own: number } {
  const sigma = c.spread[0] + (c.spread[1] - c.spread[0]) * rng.next();
  const jump = Math.log1p(c.slow);
  const shared = jump * Math.sqrt(c.contended * (1 - c.contended));
  const own = Math.sqrt(Math.max(0, sigma * sigma - shared * shared));
  return { sigma, shared, own };
}

/** A PR of a contended-VM scenario: same job (1 or k runs per side) or history (sc.runs base runs). */
export function makeContendedPr(sc: Scenario, c: Contended, index: number, slowdown: number[]): SyntheticPr {
  const rng = new Rng(`${sc.key}:${index}`);
  const m = slowdown.length;
  const levels = Array.from({ length: m }, () => 10 * Math.pow(1e6, rng.next()));
  const within = levels.map(() => c.within[0] + (c.within[1] - c.within[0]) * rng.next());
  const names = levels.map((_, i) => `Benchmark${i}`);
  const b = between(c, rng);
  const jump = Math.log1p(c.slow);
  const centre = jump * c.contended; // the contended state's mean, taken out so levels stay centred
  /** One process: all series, each at its level × this run's offsets × `factor[i]`. */
  const processRun = (factor: (i: number) => number): Series[] => {
    const shared = (rng.next() < c.contended ? jump : 0) - centre;
    const bimodal = rng.next() < c.bimodalRuns;
    return levels.map((l, i) => {
      const offset = Math.exp(shared + b.own * rng.normal());
      const noise: Noise = { sigma: within[i], ...(bimodal ? { bimodal: { share: 0.3, shift: 0.2 } } : {}) };
      return series(names[i], samplesOf(rng, sc.samples, l * offset * factor(i), noise));
    });
  };
  const merge = (runs: Series[][]): Series[] =>
    runs[0].map((_, i) => (runs.length === 1 ? runs[0][i] : mergeRuns(runs.map((r) => r[i]))));
  const suite = 'synthetic';
  if (sc.mode === 'ab') {
    // Each run its own process with its own contention: nothing shared within a round (the harder case
    // for pairing; a real round also shares the minute's machine state, which pairing cancels).
    const rounds: AbRound[] = Array.from({ length: sc.runs }, (_, r) => ({
      first: r % 2 ? 'head' : 'base',
      base: processRun(() => 1),
      head: processRun((i) => 1 + slowdown[i]),
    }));
    return {
      current: run(suite, `head${index}`, 1, rounds[0].head!),
      baselineRun: run(suite, `base${index}`, 0, rounds[0].base!),
      rounds,
      slowdown,
    };
  }
  if (sc.mode === 'same-job') {
    const base = Array.from({ length: c.replicates }, () => processRun(() => 1));
    const head = Array.from({ length: c.replicates }, () => processRun((i) => 1 + slowdown[i]));
    return {
      current: run(suite, `head${index}`, 1, merge(head)),
      baselineRun: run(suite, `base${index}`, 0, merge(base)),
      slowdown,
    };
  }
  const runs: Run[] = [];
  for (let r = 0; r < sc.runs; r++)
    runs.push(
      run(
        suite,
        `main${r}`,
        r,
        processRun(() => 1),
      ),
    );
  return {
    current: run(
      suite,
      `head${index}`,
      sc.runs,
      processRun((i) => 1 + slowdown[i]),
    ),
    history: { schemaVersion: 1, suite, runs },
    slowdown,
  };
}

/** Between-run sd (ln) and within-run sd (ln) realised by a contended profile, by simulation. */
export function realisedContended(c: Contended, samples: number): { between: number; within: number } {
  const rng = new Rng('contended-cv');
  let sb = 0;
  let sw = 0;
  const K = 2000;
  const sc: Scenario = {
    key: 'cv',
    label: '',
    mode: 'history',
    samples,
    runs: 2,
    noise: { sigma: 0 },
    runner: 0,
    batchDrift: 0,
    seriesPerPr: 1,
  };
  for (let k = 0; k < K; k++) {
    const pr = makeContendedPr({ ...sc, key: `cv${rng.next()}` }, c, k, [0]);
    const [a, b2] = pr.history!.runs.map((r) => r.series[0]);
    sb += (Math.log(a.value) - Math.log(b2.value)) ** 2 / 2;
    const l = a.samples!.map(Math.log);
    const mean = l.reduce((x, y) => x + y, 0) / l.length;
    sw += l.reduce((x, y) => x + (y - mean) ** 2, 0) / (l.length - 1);
  }
  return { between: Math.sqrt(sb / K), within: Math.sqrt(sw / K) };
}
