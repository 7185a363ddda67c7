/**
 * `npm run bench:ab`: A/B mode on a real Go project, quiet and with a noisy neighbour.
 *
 *   npm run bench:ab                      # default: 60 measured rounds per condition, 400 trials per cell
 *   npm run bench:ab -- --quick           # 30 rounds, 100 trials (development)
 *   npm run bench:ab -- --rounds-pool 80 --trials 1000 --benchtime 1000x --count 10 --no-engine
 *   npm run bench:ab -- --model-sigma 0.02 --rounds-pool 200   # modelled rounds (no measurement)
 *   npm run bench:ab -- --save-pools p.json   # keep the measured rounds; --load-pools p.json judges them again
 *   npm run bench:ab -- --load-pools p.json --rounds 5 --confirm-rounds 5   # other round counts, same data
 *   npm run bench:ab -- --load-pools a.json,b.json --no-engine   # two measurements' rounds as one pool
 *
 * 1. A temp git repository holds a Go package with 10 benchmarks; each op repeats a small kernel
 *    `reps[i]` times (knob.go). The base commit has reps 200; one head commit per slowdown level
 *    (0, 1, 2, 3, 5, 10%) raises reps of BenchmarkK2, K5 and K8 by that share (the 0% head is an A/A
 *    commit: same code, another commit). Each commit is compiled with `go test -c`.
 * 2. Measurement: per condition (quiet; a busy `bash` loop on the other core, started and stopped here),
 *    rounds in which every level, in a fresh random order, gets one base run and one head run back to
 *    back (which first by a seeded coin): real processes, each benchmark 20 short samples
 *    (`-test.count 20 -test.benchtime 300x`, as the Go recipe says). Each level's pair is what one
 *    A/B round of the engine is — its two runs adjacent, sharing that moment's machine state.
 * 3. Estimating rates cheaply: a trial draws 10 rounds (plus 20 confirmation rounds when the first look
 *    flags something) without replacement from the measured pool, and judges them with benchgate's real
 *    analyzePaired + mergeLooks, with the same rounds judged unpaired (the same-job analyze() on per-round
 *    values as samples), a benchstat-like two-sided Mann–Whitney at α = 0.05, and the single-point 200%
 *    ratio rule (github-action-benchmark's default, on the first round). Trials share measured rounds,
 *    so rates are resampled estimates from a finite pool (said in the output).
 * 4. Unless --no-engine: one real `runAb` (the engine: worktree, build, interleaved rounds, confirm) on
 *    the 10% head, for the end-to-end time of a trial.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as zlib from 'node:zlib';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  analyzePaired,
  mergeLooks,
  needsConfirmation,
  type AbRound,
  type PairedTests,
} from '../src/analyze/paired.js';
import { analyze } from '../src/analyze/index.js';
import type { AnalysisSettings, SeriesRule, SuiteVerdict } from '../src/analyze/types.js';
import type { Run, Series } from '../src/model.js';
import { parseText } from '../src/parse/detect.js';
import { mannWhitney, Rng } from '../src/stats/index.js';
import { runAb } from '../src/ab/engine.js';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const quick = args.includes('--quick');
const POOL = Number(flag('rounds-pool') ?? (quick ? 30 : 60));
const TRIALS = Number(flag('trials') ?? (quick ? 100 : 400));
const BENCHTIME = flag('benchtime') ?? '300x';
/** `-test.count`: within-run samples (each run's median and floor; see src/analyze/paired.ts). */
const COUNT = flag('count') ?? '20';
const FIRST = Number(flag('rounds') ?? 10);
const CONFIRM = Number(flag('confirm-rounds') ?? 30);
const WARN = Number(flag('warn-threshold') ?? 0.01);
const ENGINE = !args.includes('--no-engine');
/** --model-sigma 0.02: instead of measuring, judge modelled rounds with this per-run log spread. */
const MODEL_SIGMA = flag('model-sigma');
/**
 * --save-pools FILE writes the measured pools (JSON); --load-pools FILE[,FILE…] judges saved pools again,
 * each condition's rounds from all the files as one pool (runs of the same project at different times:
 * a larger pool lets trials of many rounds overlap less).
 */
const SAVE_POOLS = flag('save-pools');
const LOAD_POOLS = flag('load-pools');
if (POOL < FIRST + CONFIRM)
  throw new Error(`--rounds-pool must be at least ${FIRST + CONFIRM} (rounds + confirm-rounds)`);

const LEVELS = [0, 0.01, 0.02, 0.03, 0.05, 0.1];
const SLOWED = new Set([2, 5, 8]);
const M = 10;
const REPS = 200;

const SETTINGS: AnalysisSettings = {
  warnThreshold: WARN,
  failThreshold: 0.1,
  confidence: 0.95,
  resamples: 2000,
  fdrQ: 0.05,
  minSamples: 5,
};
const ruleFor = (): SeriesRule => ({
  warnThreshold: SETTINGS.warnThreshold,
  failThreshold: SETTINGS.failThreshold,
  ignore: false,
  minSamples: SETTINGS.minSamples,
});
const SEVERITY = { minor: 1.2, moderate: 1.5, critical: 2 };

// ─── the Go project ───────────────────────────────────────────────────────────────────────────────────

const KERNELS = [
  'a, b := 0, 1; for i := 0; i < 12; i++ { a, b = b, a+b+x }; return a',
  'h := uint32(2166136261); for i := 0; i < 8; i++ { h = (h ^ uint32(x+i)) * 16777619 }; return int(h)',
  'v := [6]int{x, 5, 3, x ^ 7, 1, 9}; for i := 1; i < 6; i++ { for j := i; j > 0 && v[j] < v[j-1]; j-- { v[j], v[j-1] = v[j-1], v[j] } }; return v[3]',
  'return table[x&63] + table[(x>>3)&63]',
  's := 0; for i := 0; i < 10; i++ { s += bits.OnesCount(uint(x * i)) }; return s',
  'f := float64(x) + 1; for i := 0; i < 3; i++ { f = math.Sqrt(f + 2) }; return int(f)',
  's := 0; for i := 0; i < 16; i++ { s += table[i] * x }; return s',
  'c := uint32(x); for i := 0; i < 8; i++ { if c&1 == 1 { c = (c >> 1) ^ 0xEDB88320 } else { c >>= 1 } }; return int(c)',
  'lo, hi := 0, 63; for lo < hi { m := (lo + hi) / 2; if table[m] < x&1023 { lo = m + 1 } else { hi = m } }; return lo',
  's := x; for i := 0; i < 6; i++ { s = s*31 + i; s ^= s >> 7 }; return s',
];

function goSource(): string {
  const kernels = KERNELS.map((k, i) => `func k${i}(x int) int { ${k} }`).join('\n');
  const benches = KERNELS.map(
    (_, i) =>
      `func BenchmarkK${i}(b *testing.B) { s := 0; for n := 0; n < b.N; n++ { for r := 0; r < reps[${i}]; r++ { s += k${i}(r + n) } }; sink = s }`,
  ).join('\n');
  return `package abbench

import (
\t"math"
\t"math/bits"
\t"testing"
)

var sink int
var table = func() [64]int { var t [64]int; for i := range t { t[i] = i * 16 }; return t }()

${kernels}

${benches}
`;
}

function knob(level: number): string {
  const reps = Array.from({ length: M }, (_, i) => (SLOWED.has(i) ? Math.round(REPS * (1 + level)) : REPS));
  return `package abbench\n\nvar reps = [${M}]int{${reps.join(', ')}}\n`;
}

function sh(cwd: string, cmd: string, argv: string[]): string {
  return execFileSync(cmd, argv, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'bench',
      GIT_AUTHOR_EMAIL: 'bench@example.com',
      GIT_COMMITTER_NAME: 'bench',
      GIT_COMMITTER_EMAIL: 'bench@example.com',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

interface Project {
  dir: string;
  base: string;
  heads: string[];
  bins: string[];
}

function makeProject(root: string): Project {
  const dir = path.join(root, 'repo');
  fs.mkdirSync(dir);
  sh(dir, 'git', ['init', '-q', '-b', 'main']);
  fs.writeFileSync(path.join(dir, 'go.mod'), 'module abbench\n\ngo 1.21\n');
  fs.writeFileSync(path.join(dir, 'bench_test.go'), goSource());
  fs.writeFileSync(path.join(dir, 'knob.go'), knob(0));
  sh(dir, 'git', ['add', '.']);
  sh(dir, 'git', ['commit', '-qm', 'base']);
  const base = sh(dir, 'git', ['rev-parse', 'HEAD']).trim();
  const binDir = path.join(root, 'bin');
  fs.mkdirSync(binDir);
  sh(dir, 'go', ['test', '-c', '-o', path.join(binDir, 'base.test'), '.']);
  const heads: string[] = [];
  const bins: string[] = [];
  for (const level of LEVELS) {
    const name = `head-${Math.round(level * 100)}`;
    sh(dir, 'git', ['checkout', '-q', '-B', name, base]);
    fs.writeFileSync(path.join(dir, 'knob.go'), knob(level));
    sh(dir, 'git', ['commit', '-qam', `slow by ${level * 100}%`, '--allow-empty']);
    heads.push(sh(dir, 'git', ['rev-parse', 'HEAD']).trim());
    const bin = path.join(binDir, `${name}.test`);
    sh(dir, 'go', ['test', '-c', '-o', bin, '.']);
    bins.push(bin);
  }
  return { dir, base, heads, bins: [path.join(binDir, 'base.test'), ...bins] };
}

// ─── measurement ──────────────────────────────────────────────────────────────────────────────────────

interface Measured {
  series: Series[];
  ms: number;
}
/** One A/B round of one level: a base and a head run taken back to back. */
interface Pair {
  first: 'base' | 'head';
  base: Measured;
  head: Measured;
}
/** pool[round][level index]: that level's pair in that round. */
type Pool = Pair[][];

function runBinary(bin: string): Measured {
  const t0 = performance.now();
  const out = execFileSync(
    bin,
    ['-test.run', '^$', '-test.bench', '.', '-test.benchtime', BENCHTIME, '-test.count', COUNT],
    {
      encoding: 'utf8',
      cwd: path.dirname(bin),
    },
  );
  const ms = performance.now() - t0;
  return { series: parseText(out, bin, 'go').series, ms };
}

function neighbour(): ChildProcess {
  return spawn('bash', ['-c', 'while :; do :; done'], { stdio: 'ignore' });
}

function measure(p: Project, rounds: number, noisy: boolean, rng: Rng): Pool {
  const busy = noisy ? neighbour() : undefined;
  try {
    const pool: Pool = [];
    for (let r = 0; r < rounds; r++) {
      const idx = LEVELS.map((_, i) => i);
      for (let i = idx.length - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        [idx[i], idx[j]] = [idx[j], idx[i]];
      }
      const row: Pair[] = new Array(LEVELS.length);
      for (const l of idx) {
        const first = rng.next() < 0.5 ? 'base' : 'head';
        const a = runBinary(p.bins[first === 'base' ? 0 : l + 1]);
        const b = runBinary(p.bins[first === 'base' ? l + 1 : 0]);
        row[l] = first === 'base' ? { first, base: a, head: b } : { first, base: b, head: a };
      }
      pool.push(row);
      process.stderr.write(`\r${noisy ? 'noisy' : 'quiet'}: round ${r + 1}/${rounds}`);
    }
    process.stderr.write('\n');
    return pool;
  } finally {
    busy?.kill('SIGKILL');
  }
}

/**
 * A modelled pool for --model-sigma: per round a shared machine factor (the part pairing cancels) and
 * per run lognormal noise of `sigma` plus 5% heavy outliers (×1.1–1.5); the heads are the base level
 * times 1 + level on the slowed benchmarks. Same shape as measured pools, so the same judging runs.
 */
function modelPool(rounds: number, sigma: number, rng: Rng): Pool {
  const pool: Pool = [];
  const runOf = (level: number, shared: number): Measured => {
    const series: Series[] = [];
    for (let i = 0; i < M; i++) {
      const outlier = rng.next() < 0.05 ? 1.1 + 0.4 * rng.next() : 1;
      const slow = SLOWED.has(i) ? 1 + level : 1;
      const value = 1000 * (i + 1) * slow * outlier * Math.exp(shared + sigma * rng.normal());
      series.push({ name: `BenchmarkK${i}-2`, metric: 'time', unit: 'ns', direction: 'smaller', value });
    }
    return { series, ms: 1000 };
  };
  for (let r = 0; r < rounds; r++)
    pool.push(
      LEVELS.map((level) => {
        const shared = 0.1 * rng.normal();
        return { first: 'base', base: runOf(0, shared), head: runOf(level, shared) };
      }),
    );
  return pool;
}

// ─── judging ──────────────────────────────────────────────────────────────────────────────────────────

const slowedName = (name: string): boolean => SLOWED.has(Number(/K(\d+)/.exec(name)?.[1]));

interface Tally {
  falseAlert: number;
  falseFail: number;
  unchanged: number;
  prAnyFail: number;
  prAnyAlert: number;
  detected: number;
  slowed: number;
  trials: number;
  rounds: number;
}
const tally = (): Tally => ({
  falseAlert: 0,
  falseFail: 0,
  unchanged: 0,
  prAnyFail: 0,
  prAnyAlert: 0,
  detected: 0,
  slowed: 0,
  trials: 0,
  rounds: 0,
});

/** Add one PR's per-series outcomes. */
function add(
  t: Tally,
  outcomes: { name: string; alert: boolean; fail: boolean }[],
  rounds: number,
  level: number,
): void {
  let anyFail = false;
  let anyAlert = false;
  for (const o of outcomes) {
    if (level > 0 && slowedName(o.name)) {
      t.slowed++;
      if (o.alert) t.detected++;
    } else {
      t.unchanged++;
      if (o.alert) t.falseAlert++;
      if (o.fail) t.falseFail++;
      anyFail ||= o.fail;
      anyAlert ||= o.alert;
    }
  }
  t.trials++;
  t.rounds += rounds;
  if (anyFail) t.prAnyFail++;
  if (anyAlert) t.prAnyAlert++;
}

function paired(rounds: AbRound[], tests?: PairedTests): SuiteVerdict {
  return analyzePaired({
    suite: 'bench',
    ...(tests ? { tests } : {}),
    rounds,
    ruleFor,
    settings: SETTINGS,
    severity: SEVERITY,
    seed: 'bench',
    baseCommit: 'base',
  });
}

function outcomes(v: SuiteVerdict) {
  return v.series.map((s) => ({
    name: s.name,
    alert: s.verdict !== 'pass' && s.status === 'regression',
    fail: s.verdict === 'fail',
  }));
}

/**
 * The paired analyses compared (the first is benchgate's default: each run's median by the trimmed mean
 * and the sides' best runs by the randomization test, Bonferroni over the two), each with the same
 * confirmation rule.
 */
const TESTS: (PairedTests | undefined)[] = [
  undefined,
  { median: 'trimmed' },
  { floor: 'pooled' },
  { floor: 'sign' },
  { median: 'signed-rank' },
  { median: 't' },
];
const METHODS = [
  'benchgate A/B (median: trimmed mean + floor: best runs, confirmed)',
  'A/B median only, trimmed mean (confirmed)',
  'A/B floor only, best runs (confirmed)',
  'A/B floor only, sign test per round (confirmed)',
  'A/B median only, signed-rank (confirmed)',
  'A/B median only, paired t (confirmed)',
  'same rounds, unpaired (same-job analyze)',
  'benchstat-like Mann–Whitney α=0.05',
  'single-point 200% ratio',
] as const;

function perRoundSeries(rows: Series[][]): Series[] {
  const by = new Map<string, Series & { samples: number[] }>();
  for (const row of rows)
    for (const s of row) {
      const e = by.get(s.name) ?? { ...s, samples: [] };
      e.samples.push(s.value);
      by.set(s.name, e);
    }
  return [...by.values()].map((s) => ({
    ...s,
    value: [...s.samples].sort((a, b) => a - b)[s.samples.length >> 1],
  }));
}

const run = (series: Series[], commit: string): Run => ({
  suite: 'bench',
  tool: 'go',
  commit,
  ref: '',
  timestamp: new Date(0).toISOString(),
  series,
});

function judgeCell(pool: Pool, level: number, rng: Rng): { tallies: Tally[]; confirmShare: number } {
  const li = LEVELS.indexOf(level);
  const tallies = METHODS.map(tally);
  let confirmed = 0;
  for (let t = 0; t < TRIALS; t++) {
    // Without replacement: a trial's rounds are distinct measured rounds (a repeated round would look
    // like independent agreement to any test).
    const order = pool.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    let next = 0;
    const draw = (n: number) => order.slice(next, (next += n)).map((i) => pool[i]);
    const firstRows = draw(FIRST);
    const toRounds = (rows: Pair[][]): AbRound[] =>
      rows.map((row) => ({ first: row[li].first, base: row[li].base.series, head: row[li].head.series }));
    const more = draw(CONFIRM);
    TESTS.forEach((test, ti) => {
      const first = paired(toRounds(firstRows), test);
      let v = first;
      let used = FIRST;
      if (CONFIRM > 0 && needsConfirmation(first)) {
        if (ti === 0) confirmed++;
        v = mergeLooks(first, paired(toRounds([...firstRows, ...more]), test), CONFIRM);
        used += CONFIRM;
      }
      add(tallies[ti], outcomes(v), used, level);
    });

    // The same first-look rounds, unpaired: per-round values as the samples of two runs.
    const baseSeries = perRoundSeries(firstRows.map((r) => r[li].base.series));
    const headSeries = perRoundSeries(firstRows.map((r) => r[li].head.series));
    const unpaired = analyze({
      suite: 'bench',
      current: run(headSeries, 'head'),
      baselineRun: run(baseSeries, 'base'),
      ruleFor,
      settings: SETTINGS,
      seed: `u${t}`,
      severity: SEVERITY,
    });
    add(tallies[TESTS.length], outcomes(unpaired), FIRST, level);

    add(
      tallies[TESTS.length + 1],
      headSeries.map((h) => {
        const b = baseSeries.find((s) => s.name === h.name)!;
        const p = mannWhitney(b.samples!, h.samples!, 'greater').p;
        const alert = 2 * Math.min(p, 0.5) < 0.05 && h.value > b.value;
        return { name: h.name, alert, fail: alert };
      }),
      FIRST,
      level,
    );

    const one = firstRows[0];
    add(
      tallies[TESTS.length + 2],
      one[li].head.series.map((h) => {
        const b = one[li].base.series.find((s) => s.name === h.name)!;
        const alert = h.value / b.value >= 2;
        return { name: h.name, alert, fail: alert };
      }),
      1,
      level,
    );
  }
  return { tallies, confirmShare: confirmed / TRIALS };
}

/** A saved pool file, gzip-compressed when its name ends in .gz (bench/data/ holds measured ones). */
function readMaybeGzip(file: string): string {
  const bytes = fs.readFileSync(file);
  return (file.endsWith('.gz') ? zlib.gunzipSync(bytes) : bytes).toString('utf8');
}

// ─── report ───────────────────────────────────────────────────────────────────────────────────────────

const pc = (num: number, den: number): string => (den ? `${((100 * num) / den).toFixed(1)}%` : '–');

function minutesPerTrial(pool: Pool, li: number, rounds: number): number {
  let ms = 0;
  for (const row of pool) ms += row[li].base.ms + row[li].head.ms;
  return ((ms / pool.length) * rounds) / 60000;
}

async function main(): Promise<void> {
  const t0 = Date.now();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'benchgate-bench-ab-'));
  try {
    const goVersion = sh(root, 'go', ['version']).trim();
    console.log(
      `benchgate bench:ab — ${goVersion}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), load ${os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}`,
    );
    console.log(
      `pool ${POOL} measured rounds per condition, ${TRIALS} resampled trials per cell, ${FIRST} rounds + ${CONFIRM} to confirm, benchtime ${BENCHTIME}, count ${COUNT}, warn ${WARN * 100}%, fail 10%, FDR 5%`,
    );
    console.log(`slowed: BenchmarkK2, K5, K8 of K0…K9 (head reps = 200 × (1 + level))\n`);
    const loaded = LOAD_POOLS
      ? LOAD_POOLS.split(',')
          .map((file) => JSON.parse(readMaybeGzip(file)) as Pool[])
          .reduce((all, pools) => all.map((pool, i) => [...pool, ...(pools[i] ?? [])]))
      : undefined;
    const project = MODEL_SIGMA || loaded ? undefined : makeProject(root);
    const rng = new Rng('bench:ab');
    const targets: string[] = [];
    const saved: Pool[] = [];
    for (const noisy of MODEL_SIGMA ? [false] : [false, true]) {
      const pool = MODEL_SIGMA
        ? modelPool(POOL, Number(MODEL_SIGMA), rng)
        : loaded
          ? loaded[noisy ? 1 : 0]
          : measure(project!, POOL, noisy, rng);
      saved.push(pool);
      if (pool.length < FIRST + CONFIRM)
        throw new Error(`the pool has ${pool.length} rounds; at least ${FIRST + CONFIRM} are needed`);
      const cond = MODEL_SIGMA
        ? `modelled rounds, per-run spread ${Number(MODEL_SIGMA) * 100}% + 5% outliers (not measured)`
        : `${noisy ? 'noisy neighbour' : 'quiet'}${loaded ? ` (rounds from ${LOAD_POOLS})` : ''}`;
      console.log(`\n## ${cond}\n`);
      console.log(
        '| level | method | false alert / series | false fail / series | PRs with any false alert | PRs with any false fail | detection (slowed series) | minutes / trial |',
      );
      console.log('|---|---|---|---|---|---|---|---|');
      for (const level of LEVELS) {
        const li = LEVELS.indexOf(level);
        const { tallies, confirmShare } = judgeCell(pool, level, rng);
        tallies.forEach((t, mi) => {
          const roundsPerTrial = t.rounds / t.trials;
          const mins = minutesPerTrial(pool, li, roundsPerTrial);
          console.log(
            `| ${level * 100}% | ${METHODS[mi]}${mi === 0 ? ` (confirm ran in ${pc(confirmShare, 1)})` : ''} | ${pc(t.falseAlert, t.unchanged)} | ${pc(t.falseFail, t.unchanged)} | ${pc(t.prAnyAlert, t.trials)} | ${pc(t.prAnyFail, t.trials)} | ${level ? pc(t.detected, t.slowed) : '–'} | ${mins.toFixed(2)} |`,
          );
          if (mi === 0) {
            const ff = t.falseFail / t.unchanged;
            const pr = t.prAnyFail / t.trials;
            const det = level ? t.detected / t.slowed : 1;
            const need = level >= 0.1 ? 0.99 : level >= 0.03 ? 0.9 : level >= 0.02 ? 0.7 : 0;
            const ok = ff <= 0.01 && pr <= 0.05 && det >= need;
            targets.push(
              `${ok ? 'PASS' : 'FAIL'} ${cond} ${level * 100}%: false fail/series ${pc(t.falseFail, t.unchanged)} ≤ 1%, PRs with a fail ${pc(t.prAnyFail, t.trials)} ≤ 5%${need ? `, detection ${pc(t.detected, t.slowed)} ≥ ${need * 100}%` : ''}`,
            );
          }
        });
      }
      // A/A (the 0% head against the base) per-round log ratios of each per-run statistic.
      const aa = (stat: (s: Series) => number): number[] => {
        const d: number[] = [];
        for (const row of pool)
          for (const h of row[0].head.series) {
            const b = row[0].base.series.find((s) => s.name === h.name)!;
            d.push(Math.log(stat(h) / stat(b)));
          }
        return d;
      };
      const describe = (d: number[]): string => {
        const mean = d.reduce((a, b) => a + b, 0) / d.length;
        const sd = Math.sqrt(d.reduce((a, b) => a + (b - mean) ** 2, 0) / (d.length - 1));
        const calm = d.filter((x) => Math.abs(x) < 0.005).length;
        return `sd ${(sd * 100).toFixed(2)}%, ${pc(calm, d.length)} of rounds within ±0.5%`;
      };
      const samplesOf = (s: Series): number[] => s.samples ?? [s.value];
      console.log(
        `\nper-round A/A log ratios (0% head vs base, all series): median ${describe(aa((s) => [...samplesOf(s)].sort((a, b) => a - b)[samplesOf(s).length >> 1]))}; floor ${describe(aa((s) => Math.min(...samplesOf(s))))}; one round (base + head) ≈ ${(pool.reduce((a, r) => a + r[0].base.ms + r[0].head.ms, 0) / pool.length / 1000).toFixed(2)} s`,
      );
    }
    console.log(`\n${targets.join('\n')}`);
    if (SAVE_POOLS) {
      const json = JSON.stringify(saved);
      fs.writeFileSync(SAVE_POOLS, SAVE_POOLS.endsWith('.gz') ? zlib.gzipSync(json, { level: 9 }) : json);
    }

    if (ENGINE && project) {
      console.log(
        '\n## one real engine run (runAb: worktree, go test -c build per tree, interleaved rounds, confirm) on the 10% head\n',
      );
      sh(project.dir, 'git', ['checkout', '-q', 'head-10']);
      const e0 = Date.now();
      const r = await runAb({
        headDir: project.dir,
        base: project.base,
        build: 'go test -c -o bench.test .',
        run: `./bench.test -test.run '^$' -test.bench . -test.benchtime ${BENCHTIME} -test.count ${COUNT}`,
        format: 'go',
        rounds: FIRST,
        confirmRounds: CONFIRM,
        timeBudgetMs: 15 * 60 * 1000,
        env: process.env,
        log: () => {},
        judge: (rounds) => paired(rounds),
        tmpRoot: root,
        handleSignals: true,
      });
      const v = r.verdict;
      console.log(
        `verdict ${v.verdict}: ${v.counts.failed} fail, ${v.counts.warned} warn; rounds ${r.details.rounds} (confirm ${r.details.confirmRounds}); base ${(r.details.ms.base / 1000).toFixed(1)} s, head ${(r.details.ms.head / 1000).toFixed(1)} s; wall ${((Date.now() - e0) / 60000).toFixed(2)} min`,
      );
      for (const s of v.series.filter((x) => x.status === 'regression'))
        console.log(`  ${s.name}: ${s.verdict} ${(s.change! * 100).toFixed(1)}% — ${s.reason}`);
    }
    console.log(
      `\ntotal ${((Date.now() - t0) / 60000).toFixed(1)} min. Rates are resampled from the measured pools (trials share rounds), so they estimate this machine's noise at the time of the run.`,
    );
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

if (!process.env.BENCH_AB_SOURCE_ONLY) await main();
export { goSource, knob };
