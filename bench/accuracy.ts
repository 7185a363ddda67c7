/**
 * `npm run bench:accuracy`: how often benchgate's real analyze() raises false alerts and false fails on
 * unchanged code, and how often it catches injected slowdowns, per mode and slowdown, beside the
 * single-point ratio rule (github-action-benchmark: current / previous > threshold) on the same data.
 * Exits non-zero when a target of issue 4 does not hold.
 *
 *   npm run bench:accuracy               # full run (≥ 2,000 comparisons per cell, 2 worker threads)
 *   npm run bench:accuracy -- --quick    # a tenth of the PRs, for development
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
import type { AnalyzeInput } from '../src/analyze/types.js';
import { makePr, realisedCv, type Scenario } from './synthetic.js';

const SLOWDOWNS = [0, 0.02, 0.05, 0.1, 0.2, 0.5];
const INJECTED = SLOWDOWNS.slice(1);
const SERIES_PER_PR = 20;
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
}

const scenarios: Entry[] = [
  {
    scenario: {
      key: 'same-lognormal-10',
      label: 'same-job, n = 10 per side, lognormal CV 3%',
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
  },
  {
    scenario: {
      key: 'same-noisy-10',
      label: 'same-job, n = 10 per side, lognormal CV 10% (no target)',
      mode: 'same-job',
      samples: 10,
      runs: 0,
      noise: { sigma: 0.1 },
      runner: 0.027,
      batchDrift: 0.003,
      seriesPerPr: SERIES_PER_PR,
    },
    targets: [],
  },
  {
    scenario: {
      key: 'same-heavy-10',
      label: 'same-job, n = 10 per side, CV 2% + 5% of samples ×U(1, 3), timer quantum 1% (no target)',
      mode: 'same-job',
      samples: 10,
      runs: 0,
      noise: { sigma: 0.02, heavy: { share: 0.05, max: 3 }, quantum: 0.01 },
      runner: 0.027,
      batchDrift: 0.003,
      seriesPerPr: SERIES_PER_PR,
    },
    targets: [],
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
        'cached base: 1 base run on another runner, 10 samples per side, runner CV 2.7% (assumed 3%) (no target)',
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
  },
];

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

function withSize(sc: Scenario, kind: Task['kind']): Scenario {
  return { ...sc, seriesPerPr: kind === 'single' ? 1 : kind === 'pr' ? SERIES_PER_PR : 100 };
}

function runTask(t: Task): TaskResult {
  const cells = emptyCells();
  const prs: PrCounts = { n: 0, anyFail: 0, anyAlert: 0, gabAny: 0, ratioAnyFail: 0 };
  const sc = withSize(t.scenario, t.kind);
  for (let k = t.from; k < t.to; k++) {
    const slowdown = new Array<number>(sc.seriesPerPr).fill(0);
    if (t.kind === 'single') slowdown[0] = SLOWDOWNS[k % SLOWDOWNS.length];
    else if (t.kind === 'pr') slowdown[k % sc.seriesPerPr] = INJECTED[k % INJECTED.length];
    const pr = makePr({ ...sc, key: `${sc.key}:${t.kind}` }, k, slowdown);
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
      settings: SETTINGS,
      seed: `synthetic:${sc.key}:${t.kind}:${k}`,
      severity: { minor: 1.2, moderate: 1.5, critical: 2 },
    };
    const v = analyze(input);
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
  const scale = quick ? 0.1 : 1;
  // Per series: ≥ 2,000 comparisons in every cell (slowdowns cycle, one series per suite).
  const singles = Math.round(2000 * scale) * SLOWDOWNS.length;
  // In a PR: 400 PRs per injected size (400 slowed series per cell, 7,600+ unchanged ones).
  const inPr = Math.round(400 * scale) * INJECTED.length;
  const aa = Math.round(1000 * scale);
  const tasks: Task[] = [];
  const push = (scenario: Scenario, kind: Task['kind'], total: number, chunk: number): void => {
    for (let k = 0; k < total; k += chunk)
      tasks.push({ scenario, kind, from: k, to: Math.min(total, k + chunk) });
  };
  // Big chunks first so the pool ends evenly.
  push(perPr, 'aa', aa, 20);
  for (const e of scenarios) if (e.inPr) push(e.scenario, 'pr', inPr, 50);
  for (const e of scenarios) push(e.scenario, 'single', singles, 600);

  const started = performance.now();
  const threads = Math.max(1, Math.min(2, os.availableParallelism?.() ?? 2));
  const results = await runPool(tasks, threads);
  const seconds = (performance.now() - started) / 1000;

  const single = new Map<string, Cells>();
  const prCells = new Map<string, Cells>();
  let pr: PrCounts = { n: 0, anyFail: 0, anyAlert: 0, gabAny: 0, ratioAnyFail: 0 };
  for (const r of results) {
    if (r.kind === 'aa') {
      pr = {
        n: pr.n + r.prs.n,
        anyFail: pr.anyFail + r.prs.anyFail,
        anyAlert: pr.anyAlert + r.prs.anyAlert,
        gabAny: pr.gabAny + r.prs.gabAny,
        ratioAnyFail: pr.ratioAnyFail + r.prs.ratioAnyFail,
      };
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
  for (const { scenario, targets } of scenarios) {
    const c = single.get(scenario.key)!;
    const p = prCells.get(scenario.key);
    out.push(`## ${scenario.label}`, `   realised within-run CV ${pct(realisedCv(scenario.noise))}`);
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
    out.push('');
  }
  const prFail = pr.anyFail / pr.n;
  const prOk = prFail <= 0.05;
  if (!prOk) failed++;
  out.push(
    `## per PR: ${pr.n} PRs of 100 unchanged series; ${perPr.label}`,
    `   any fail ${pct(prFail)}, any alert ${pct(pr.anyAlert / pr.n)}; single-point rule: any ratio > 200% ${pct(pr.gabAny / pr.n)}, any ratio > 10% ${pct(pr.ratioAnyFail / pr.n)}`,
    `   ${prOk ? 'PASS' : 'FAIL'}  unchanged code fails ≤ 5% per 100-series PR: ${pct(prFail)}`,
    '',
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
