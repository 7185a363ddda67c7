/**
 * `npm run bench:accuracy`: how often benchgate's real analyze() raises false alerts and false fails on
 * unchanged code, and how often it catches injected slowdowns, per mode and slowdown, beside the
 * single-point ratio rule (github-action-benchmark: current / previous > threshold) on the same data.
 * Exits non-zero when a target of issue 4 does not hold.
 *
 *   npm run bench:accuracy               # full run (≥ 2,000 comparisons per cell, 2 worker threads)
 *   npm run bench:accuracy -- --quick    # a tenth of the PRs, for development
 *   npm run bench:accuracy -- --quick --only vm-ab   # only the scenarios whose key contains vm-ab
 *
 * Two ways to count, both through analyze() exactly as in production:
 * - per series: each comparison is its own suite (the rates of the test itself; the targets);
 * - in a PR: suites of 20 series with one slowed down (5%, like a PR touching a few benchmarks), where
 *   Benjamini–Hochberg across the suite makes each test stricter — the price of not crying wolf on big
 *   suites; and suites of 100 unchanged series for the per-PR false-fail rate.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import * as os from 'node:os';
import { analyze } from '../src/analyze/index.js';
import { analyzePaired, mergeLooks, needsConfirmation } from '../src/analyze/paired.js';
import type { AnalyzeInput } from '../src/analyze/types.js';
import {
  SHARED_VM,
  makeContendedPr,
  makePr,
  realisedContended,
  realisedCv,
  type Contended,
  type Scenario,
} from './synthetic.js';
import { AB_DEFAULTS } from '../src/config/ab.js';

const SLOWDOWNS = [0, 0.02, 0.05, 0.1, 0.2, 0.5, 1];
const INJECTED = SLOWDOWNS.slice(1);
const SERIES_PER_PR = 20;
/** A/B mode's default rounds before the first look, and the rounds added to confirm. */
const AB_FIRST = AB_DEFAULTS.rounds;
const AB_CONFIRM = AB_DEFAULTS.confirmRounds;
/** Unchanged PRs of the shared-VM scenarios: a suite of 30 series (issue 11: suites of ~20–40). */
const PR_SERIES = 30;
const SETTINGS = {
  warnThreshold: 0.05,
  failThreshold: 0.1,
  confidence: 0.95,
  resamples: 10000,
  fdrQ: 0.05,
  minSamples: 5,
};

const mixed = {
  sigma: 0.02,
  ar: 0.3,
  bimodal: { share: 0.1, shift: 0.04 },
  heavy: { share: 0.01, max: 1.25 },
};
const historyShape = {
  drift: 0.002,
  stepProbability: 0.3,
  step: [0.03, 0.1] as [number, number],
  stepShare: 0.8,
  outlierShare: 0.03,
  outlierMax: 1.1,
};

interface Target {
  text: string;
  check: (c: Cells) => { value: number; ok: boolean };
}

interface Entry {
  scenario: Scenario;
  /** Statement of the targets this scenario is held to (printed with PASS/FAIL). */
  targets: Target[];
  /** Also measure inside 20-series PRs. */
  inPr?: boolean;
  /** `runner-noise` for this scenario (default: benchgate's default). */
  runnerNoise?: number;
  /** Shared-VM noise (synthetic.ts makeContendedPr) instead of the classic generator. */
  contended?: Contended;
  /** Also count any fail in unchanged PRs of this many series. */
  aaSeries?: number;
}

const scenarios: Entry[] = [
  {
    scenario: {
      key: 'same-lognormal-10',
      label: 'same-job, n = 10 per side, lognormal CV 3%, runner-noise 0% (a quiet runner, as configured)',
      mode: 'same-job',
      samples: 10,
      runs: 0,
      noise: { sigma: 0.03 },
      runner: 0.027,
      batchDrift: 0.003,
      seriesPerPr: SERIES_PER_PR,
    },
    targets: sameJobTargets(),
    inPr: true,
    runnerNoise: 0,
  },
  {
    scenario: {
      key: 'same-mixed-10',
      label: 'same-job, n = 10 per side, mixed noise (AR(1) 0.3, 10% bimodal +4%, 1% tails ×1–1.25)',
      mode: 'same-job',
      samples: 10,
      runs: 0,
      noise: mixed,
      runner: 0.027,
      batchDrift: 0.003,
      seriesPerPr: SERIES_PER_PR,
    },
    targets: sameJobTargets(),
    inPr: true,
    runnerNoise: 0,
  },
  {
    scenario: {
      key: 'same-mixed-30',
      label: 'same-job, n = 30 per side, mixed noise',
      mode: 'same-job',
      samples: 30,
      runs: 0,
      noise: mixed,
      runner: 0.027,
      batchDrift: 0.003,
      seriesPerPr: SERIES_PER_PR,
    },
    targets: sameJobTargets(),
    runnerNoise: 0,
  },
  {
    scenario: {
      key: 'same-noisy-10',
      label: 'same-job, n = 10 per side, lognormal CV 10%, runner-noise 0% (no target)',
      mode: 'same-job',
      samples: 10,
      runs: 0,
      noise: { sigma: 0.1 },
      runner: 0.027,
      batchDrift: 0.003,
      seriesPerPr: SERIES_PER_PR,
    },
    targets: [],
    runnerNoise: 0,
  },
  {
    scenario: {
      key: 'same-heavy-10',
      label:
        'same-job, n = 10 per side, CV 2% + 5% of samples ×U(1, 3), timer quantum 1%, runner-noise 0% (no target)',
      mode: 'same-job',
      samples: 10,
      runs: 0,
      noise: { sigma: 0.02, heavy: { share: 0.05, max: 3 }, quantum: 0.01 },
      runner: 0.027,
      batchDrift: 0.003,
      seriesPerPr: SERIES_PER_PR,
    },
    targets: [],
    runnerNoise: 0,
  },
  {
    scenario: {
      key: 'history-1x30',
      label:
        'history, one value per run, 30 runs, runner CV 2.7% (2.5% runner + 1% within), drift 0.2%/run, steps in 30% of histories, 3% outlier runs',
      mode: 'history',
      samples: 1,
      runs: 30,
      noise: { sigma: 0.01 },
      runner: 0.025,
      batchDrift: 0,
      history: historyShape,
      seriesPerPr: SERIES_PER_PR,
    },
    targets: [
      {
        text: 'unchanged code fails ≤ 1% per series',
        check: (c) => ({ value: c[0].fail / c[0].n, ok: c[0].fail / c[0].n <= 0.01 }),
      },
      {
        text: 'detection (warn or fail) ≥ 95% at 20%',
        check: (c) => ({ value: c[0.2].alert / c[0.2].n, ok: c[0.2].alert / c[0.2].n >= 0.95 }),
      },
      {
        text: 'detection (warn or fail) ≥ 60% at 10%',
        check: (c) => ({ value: c[0.1].alert / c[0.1].n, ok: c[0.1].alert / c[0.1].n >= 0.6 }),
      },
    ],
    inPr: true,
  },
  {
    scenario: {
      key: 'history-10x30',
      label: 'history, 10 samples per run, 30 runs, mixed noise, runner CV 2.7% (no target)',
      mode: 'history',
      samples: 10,
      runs: 30,
      noise: mixed,
      runner: 0.027,
      batchDrift: 0,
      history: historyShape,
      seriesPerPr: SERIES_PER_PR,
    },
    targets: [],
  },
  {
    scenario: {
      key: 'cached-10x1',
      label:
        'cached base: 1 base run on another runner, 10 samples per side, runner CV 2.7%, runner-noise 3% (no target)',
      mode: 'cached',
      samples: 10,
      runs: 1,
      noise: mixed,
      runner: 0.027,
      batchDrift: 0,
      history: historyShape,
      seriesPerPr: SERIES_PER_PR,
    },
    targets: [],
    runnerNoise: 0.03,
  },
  ...sharedVm(),
];

/**
 * Issue 11's shared 2-vCPU VMs: between-run sd 17–28%, within-run 2–13%, 30% of runs contended (+30%
 * in every series), 20% of runs bimodal. Default runner-noise (25%). Three modes on the same noise.
 */
function sharedVm(): Entry[] {
  const contract = (): Target[] => [
    {
      text: 'unchanged code fails ≤ 1% per series',
      check: (c) => ({ value: c[0].fail / c[0].n, ok: c[0].fail / c[0].n <= 0.01 }),
    },
  ];
  const base = { runs: 0, noise: { sigma: 0 }, runner: 0, batchDrift: 0, seriesPerPr: SERIES_PER_PR };
  return [
    {
      scenario: {
        ...base,
        key: 'vm-same-1',
        label: 'shared VM: same-job, 1 run per side, 20 samples per run, runner-noise 25% (default)',
        mode: 'same-job',
        samples: 20,
      },
      contended: { ...SHARED_VM, replicates: 1 },
      targets: contract(),
      aaSeries: PR_SERIES,
    },
    {
      scenario: {
        ...base,
        key: 'vm-same-5',
        label: 'shared VM: same-job, 5 runs per side (replicates), 20 samples per run',
        mode: 'same-job',
        samples: 20,
      },
      contended: { ...SHARED_VM, replicates: 5 },
      targets: contract(),
      aaSeries: PR_SERIES,
    },
    {
      scenario: {
        ...base,
        key: 'vm-ab-10',
        label: `shared VM: A/B, ${AB_FIRST} interleaved rounds (+${AB_CONFIRM} to confirm), 20 samples per run`,
        mode: 'ab',
        samples: 20,
        runs: AB_FIRST + AB_CONFIRM,
      },
      contended: { ...SHARED_VM, replicates: 1 },
      targets: contract(),
      aaSeries: PR_SERIES,
    },
    {
      scenario: {
        ...base,
        key: 'vm-history-30',
        label: 'shared VM: history of 30 base-branch runs, 1 head run, 20 samples per run',
        mode: 'history',
        samples: 20,
        runs: 30,
      },
      contended: { ...SHARED_VM, replicates: 1 },
      targets: contract(),
      aaSeries: PR_SERIES,
    },
  ];
}

function sameJobTargets(): Target[] {
  return [
    {
      text: 'unchanged code fails ≤ 1% per series',
      check: (c) => ({ value: c[0].fail / c[0].n, ok: c[0].fail / c[0].n <= 0.01 }),
    },
    {
      text: 'detection (warn or fail) ≥ 95% at 10%',
      check: (c) => ({ value: c[0.1].alert / c[0.1].n, ok: c[0.1].alert / c[0.1].n >= 0.95 }),
    },
    {
      text: 'detection (warn or fail) ≥ 80% at 5%',
      check: (c) => ({ value: c[0.05].alert / c[0.05].n, ok: c[0.05].alert / c[0.05].n >= 0.8 }),
    },
  ];
}

/** The per-PR cell: 100 unchanged series in same-job mode, mixed noise, n = 10. */
const perPr: Scenario = { ...scenarios[1].scenario, key: 'pr100-same-mixed-10' };

interface Cell {
  n: number;
  alert: number;
  fail: number;
  /** github-action-benchmark's default: alert (and fail, if enabled) when current/previous > 2. */
  gab: number;
  /** The same single-point rule at benchgate's thresholds: alert > 1.05, fail > 1.10. */
  ratioAlert: number;
  ratioFail: number;
}
type Cells = Record<number, Cell>;

interface Task {
  scenario: Scenario;
  contended?: Contended;
  runnerNoise?: number;
  aaSeries?: number;
  from: number;
  to: number;
  /** single: one series per suite, cycling through all slowdowns; pr: 20-series PRs, one slowed; aa: 100 unchanged. */
  kind: 'single' | 'pr' | 'aa';
}

interface PrCounts {
  n: number;
  anyFail: number;
  anyAlert: number;
  gabAny: number;
  ratioAnyFail: number;
}

interface TaskResult {
  key: string;
  kind: Task['kind'];
  cells: Cells;
  prs: PrCounts;
}

function emptyCells(): Cells {
  const c: Cells = {};
  for (const s of SLOWDOWNS) c[s] = { n: 0, alert: 0, fail: 0, gab: 0, ratioAlert: 0, ratioFail: 0 };
  return c;
}

function withSize(sc: Scenario, t: Task): Scenario {
  return {
    ...sc,
    seriesPerPr: t.kind === 'single' ? 1 : t.kind === 'pr' ? SERIES_PER_PR : (t.aaSeries ?? 100),
  };
}

function runTask(t: Task): TaskResult {
  const cells = emptyCells();
  const prs: PrCounts = { n: 0, anyFail: 0, anyAlert: 0, gabAny: 0, ratioAnyFail: 0 };
  const sc = withSize(t.scenario, t);
  for (let k = t.from; k < t.to; k++) {
    const slowdown = new Array<number>(sc.seriesPerPr).fill(0);
    if (t.kind === 'single') slowdown[0] = SLOWDOWNS[k % SLOWDOWNS.length];
    else if (t.kind === 'pr') slowdown[k % sc.seriesPerPr] = INJECTED[k % INJECTED.length];
    const keyed = { ...sc, key: `${sc.key}:${t.kind}` };
    const pr = t.contended ? makeContendedPr(keyed, t.contended, k, slowdown) : makePr(keyed, k, slowdown);
    const input: AnalyzeInput = {
      suite: 'synthetic',
      current: pr.current,
      baselineRun: pr.baselineRun,
      history: pr.history,
      ruleFor: () => ({
        warnThreshold: SETTINGS.warnThreshold,
        failThreshold: SETTINGS.failThreshold,
        ignore: false,
        minSamples: SETTINGS.minSamples,
      }),
      settings: t.runnerNoise === undefined ? SETTINGS : { ...SETTINGS, runnerNoise: t.runnerNoise },
      seed: `synthetic:${sc.key}:${t.kind}:${k}`,
      severity: { minor: 1.2, moderate: 1.5, critical: 2 },
    };
    const v = pr.rounds ? abVerdict(pr.rounds, input) : analyze(input);
    const byName = new Map(v.series.map((s) => [s.name, s]));
    const previous = pr.baselineRun ?? pr.history!.runs[pr.history!.runs.length - 1];
    let anyFail = false;
    let anyAlert = false;
    let gabAny = false;
    let ratioAnyFail = false;
    pr.current.series.forEach((s, i) => {
      const verdict = byName.get(s.name)!.verdict;
      const ratio = s.value / previous.series[i].value;
      const cell = cells[slowdown[i]];
      cell.n++;
      if (verdict !== 'pass') cell.alert++;
      if (verdict === 'fail') cell.fail++;
      if (ratio > 2) cell.gab++;
      if (ratio > 1.05) cell.ratioAlert++;
      if (ratio > 1.1) cell.ratioFail++;
      anyFail ||= verdict === 'fail';
      anyAlert ||= verdict !== 'pass';
      gabAny ||= ratio > 2;
      ratioAnyFail ||= ratio > 1.1;
    });
    prs.n++;
    if (anyFail) prs.anyFail++;
    if (anyAlert) prs.anyAlert++;
    if (gabAny) prs.gabAny++;
    if (ratioAnyFail) prs.ratioAnyFail++;
  }
  return { key: sc.key, kind: t.kind, cells, prs };
}

/** A/B mode as the engine decides it: a first look on AB_FIRST rounds, the rest only to confirm. */
function abVerdict(rounds: NonNullable<ReturnType<typeof makeContendedPr>['rounds']>, input: AnalyzeInput) {
  const judge = (r: typeof rounds) =>
    analyzePaired({ ...input, rounds: r, baseCommit: 'base', headCommit: 'head' });
  const first = judge(rounds.slice(0, AB_FIRST));
  return needsConfirmation(first) ? mergeLooks(first, judge(rounds), rounds.length - AB_FIRST) : first;
}

if (!isMainThread) {
  parentPort!.on('message', (t: Task | null) => {
    if (t === null) process.exit(0);
    parentPort!.postMessage(runTask(t));
  });
} else {
  await main();
}

function addCells(acc: Cells, b: Cells): Cells {
  const out = emptyCells();
  for (const s of SLOWDOWNS)
    out[s] = {
      n: acc[s].n + b[s].n,
      alert: acc[s].alert + b[s].alert,
      fail: acc[s].fail + b[s].fail,
      gab: acc[s].gab + b[s].gab,
      ratioAlert: acc[s].ratioAlert + b[s].ratioAlert,
      ratioFail: acc[s].ratioFail + b[s].ratioFail,
    };
  return out;
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  // --only KEY: the scenarios whose key contains KEY (development); targets of the others are not run.
  const onlyAt = process.argv.indexOf('--only');
  const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
  const chosen = only ? scenarios.filter((e) => e.scenario.key.includes(only)) : scenarios;
  const scale = quick ? 0.1 : 1;
  // Per series: ≥ 2,000 comparisons in every cell (slowdowns cycle, one series per suite).
  const singles = Math.round(2000 * scale) * SLOWDOWNS.length;
  // In a PR: 400 PRs per injected size (400 slowed series per cell, 7,600+ unchanged ones).
  const inPr = Math.round(400 * scale) * INJECTED.length;
  const aa = Math.round(1000 * scale);
  const tasks: Task[] = [];
  const push = (
    e: Partial<Entry> & { scenario: Scenario },
    kind: Task['kind'],
    total: number,
    chunk: number,
  ): void => {
    for (let k = 0; k < total; k += chunk)
      tasks.push({
        scenario: e.scenario,
        kind,
        from: k,
        to: Math.min(total, k + chunk),
        ...(e.contended ? { contended: e.contended } : {}),
        ...(e.runnerNoise !== undefined ? { runnerNoise: e.runnerNoise } : {}),
        ...(e.aaSeries !== undefined && kind === 'aa' ? { aaSeries: e.aaSeries } : {}),
      });
  };
  // Big chunks first so the pool ends evenly.
  if (!only) push({ scenario: perPr, runnerNoise: 0 }, 'aa', aa, 20);
  for (const e of chosen) if (e.aaSeries) push(e, 'aa', aa, 50);
  for (const e of chosen) if (e.inPr) push(e, 'pr', inPr, 50);
  for (const e of chosen) push(e, 'single', singles, 600);

  const started = performance.now();
  const threads = Math.max(1, Math.min(2, os.availableParallelism?.() ?? 2));
  const results = await runPool(tasks, threads);
  const seconds = (performance.now() - started) / 1000;

  const single = new Map<string, Cells>();
  const prCells = new Map<string, Cells>();
  const aaBy = new Map<string, PrCounts>();
  const aaCells = new Map<string, Cells>();
  for (const r of results) {
    if (r.kind === 'aa') {
      const pr = aaBy.get(r.key) ?? { n: 0, anyFail: 0, anyAlert: 0, gabAny: 0, ratioAnyFail: 0 };
      aaBy.set(r.key, {
        n: pr.n + r.prs.n,
        anyFail: pr.anyFail + r.prs.anyFail,
        anyAlert: pr.anyAlert + r.prs.anyAlert,
        gabAny: pr.gabAny + r.prs.gabAny,
        ratioAnyFail: pr.ratioAnyFail + r.prs.ratioAnyFail,
      });
      aaCells.set(r.key, addCells(aaCells.get(r.key) ?? emptyCells(), r.cells));
    } else {
      const map = r.kind === 'single' ? single : prCells;
      map.set(r.key, addCells(map.get(r.key) ?? emptyCells(), r.cells));
    }
  }

  const out: string[] = [];
  let failed = 0;
  out.push(
    `benchgate accuracy: synthetic comparisons through analyze(); warn ${pct(SETTINGS.warnThreshold)}, fail ${pct(SETTINGS.failThreshold)}, FDR q ${SETTINGS.fdrQ}, B ${SETTINGS.resamples}.`,
    'alert = warn or fail. At 0% slowdown these are false alerts and false fails; otherwise detection.',
    '"per series": each comparison its own suite. "in a 20-series PR": one series of 20 slowed, BH across the 20.',
    'Single-point rule = current / previous headline (github-action-benchmark): > 200% (its default), > 5% / > 10%.',
    '',
  );
  for (const { scenario, targets, contended, aaSeries } of chosen) {
    const c = single.get(scenario.key)!;
    const p = prCells.get(scenario.key);
    if (contended) {
      const r = realisedContended(contended, scenario.samples);
      out.push(
        `## ${scenario.label}`,
        `   realised between-run sd ${pct(r.between)} (drawn per PR from ${pct(contended.spread[0])}–${pct(contended.spread[1])}), within-run sd ${pct(r.within)}`,
      );
    } else out.push(`## ${scenario.label}`, `   realised within-run CV ${pct(realisedCv(scenario.noise))}`);
    const head = [
      pad('slowdown', 9),
      pad('per series n', 13),
      pad('alert', 8),
      pad('fail', 8),
      p ? `${pad('in a 20-series PR n', 20)}${pad('alert', 8)}${pad('fail', 8)}` : '',
      pad('ratio>200%', 11),
      pad('ratio>5%', 9),
      pad('ratio>10%', 9),
    ];
    out.push(`   ${head.join('')}`);
    for (const sd of SLOWDOWNS) {
      const x = c[sd];
      const y = p?.[sd];
      const row = [
        pad(pct(sd), 9),
        pad(String(x.n), 13),
        pad(pct(x.alert / x.n), 8),
        pad(pct(x.fail / x.n), 8),
        y ? `${pad(String(y.n), 20)}${pad(pct(y.alert / y.n), 8)}${pad(pct(y.fail / y.n), 8)}` : '',
        pad(pct(x.gab / x.n), 11),
        pad(pct(x.ratioAlert / x.n), 9),
        pad(pct(x.ratioFail / x.n), 9),
      ];
      out.push(`   ${row.join('')}`);
    }
    for (const t of targets) {
      const r = t.check(c);
      if (!r.ok) failed++;
      out.push(`   ${r.ok ? 'PASS' : 'FAIL'}  per series: ${t.text}: ${pct(r.value)}`);
    }
    if (aaSeries) {
      const pr = aaBy.get(scenario.key)!;
      const inside = aaCells.get(scenario.key)![0];
      const anyFail = pr.anyFail / pr.n;
      const ok = anyFail <= 0.05 && inside.fail / inside.n <= 0.01;
      if (!ok) failed++;
      out.push(
        `   unchanged ${aaSeries}-series PRs: ${pr.n}; per series in them: alert ${pct(inside.alert / inside.n)}, fail ${pct(inside.fail / inside.n)}; any alert ${pct(pr.anyAlert / pr.n)}, any fail ${pct(anyFail)}; single-point any ratio > 10% ${pct(pr.ratioAnyFail / pr.n)}`,
        `   ${ok ? 'PASS' : 'FAIL'}  per PR: unchanged code fails ≤ 1% per series and ≤ 5% of PRs have any fail: ${pct(inside.fail / inside.n)}, ${pct(anyFail)}`,
      );
    }
    out.push('');
  }
  const pr = aaBy.get(perPr.key);
  if (pr) {
    const prFail = pr.anyFail / pr.n;
    const prOk = prFail <= 0.05;
    if (!prOk) failed++;
    out.push(
      `## per PR: ${pr.n} PRs of 100 unchanged series; ${perPr.label}`,
      `   any fail ${pct(prFail)}, any alert ${pct(pr.anyAlert / pr.n)}; single-point rule: any ratio > 200% ${pct(pr.gabAny / pr.n)}, any ratio > 10% ${pct(pr.ratioAnyFail / pr.n)}`,
      `   ${prOk ? 'PASS' : 'FAIL'}  unchanged code fails ≤ 5% per 100-series PR: ${pct(prFail)}`,
      '',
    );
  }
  out.push(
    `${tasks.length} tasks on ${threads} worker threads in ${seconds.toFixed(0)} s${quick ? ' (--quick: a tenth of the comparisons; cells below 2,000)' : ''}`,
    failed ? `${failed} target(s) FAILED` : 'all targets PASS',
  );
  console.log(out.join('\n'));
  if (failed) process.exitCode = 1;
}

function runPool(tasks: Task[], threads: number): Promise<TaskResult[]> {
  return new Promise((resolve, reject) => {
    const results: TaskResult[] = [];
    let next = 0;
    let done = 0;
    const workers = Array.from(
      { length: threads },
      () => new Worker(new URL(import.meta.url), { workerData: {} }),
    );
    const feed = (w: Worker): void => {
      if (next < tasks.length) w.postMessage(tasks[next++]);
      else w.postMessage(null);
    };
    for (const w of workers) {
      w.on('message', (r: TaskResult) => {
        results.push(r);
        done++;
        if (done === tasks.length) resolve(results);
        feed(w);
      });
      w.on('error', reject);
      feed(w);
    }
  });
}

function pct(x: number): string {
  if (x === 0) return '0%';
  if (x < 0.001) return `${(x * 100).toFixed(3)}%`;
  return `${+(x * 100).toFixed(1)}%`;
}

function pad(s: string, n: number): string {
  return s.padEnd(n);
}

void workerData;
