/**
 * Speed of the statistics (issue 4): one suite of 1,000 series with 100 base + 100 head samples each, in
 * same-job mode with B = 10,000 bootstrap resamples, through the real analyze() on one thread. Target:
 * ≤ 3 s wall on the 2-core CI machine. Also checks that the same inputs give byte-identical verdicts.
 *
 *     npx tsx bench/stats-speed.ts        prints the numbers; exit 1 if the target is missed
 *
 * No adaptive B and no worker threads: every series gets its full 10,000 resamples. What makes it fast is
 * drawing each bootstrap median from its exact resampling distribution (an alias table: O(1) per
 * replicate instead of resampling and selecting 100 values) — see src/stats/median-distribution.ts.
 */
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze/index.js';
import type { AnalyzeInput } from '../src/analyze/types.js';
import { makePr, type Scenario } from './synthetic.js';

export interface Measurement {
  name: string;
  value: number;
  unit: string;
}

const SERIES = 1000;
const SAMPLES = 100;
const RESAMPLES = 10_000;
const TARGET_MS = 3000;

function suite(): AnalyzeInput {
  const sc: Scenario = {
    key: 'stats-speed',
    label: '',
    mode: 'same-job',
    samples: SAMPLES,
    runs: 0,
    noise: { sigma: 0.02, ar: 0.3, bimodal: { share: 0.1, shift: 0.04 }, heavy: { share: 0.01, max: 1.25 } },
    runner: 0.027,
    batchDrift: 0.003,
    seriesPerPr: SERIES,
  };
  // A realistic PR: most series unchanged, a few slower or faster.
  const slowdown = Array.from({ length: SERIES }, (_, i) => (i % 50 === 0 ? 0.1 : i % 50 === 1 ? -0.08 : 0));
  return inputOf(makePr(sc, 0, slowdown));
}

/** A synthetic same-job PR as analyze() takes it, with the bench's settings. */
function inputOf(pr: ReturnType<typeof makePr>, runnerNoise?: number): AnalyzeInput {
  return {
    suite: 'speed',
    current: pr.current,
    baselineRun: pr.baselineRun,
    ruleFor: () => ({ warnThreshold: 0.05, failThreshold: 0.1, ignore: false, minSamples: 5 }),
    settings: {
      warnThreshold: 0.05,
      failThreshold: 0.1,
      confidence: 0.95,
      resamples: RESAMPLES,
      fdrQ: 0.05,
      minSamples: 5,
      ...(runnerNoise === undefined ? {} : { runnerNoise }),
    },
    seed: 'speed:base:head',
    severity: { minor: 1.2, moderate: 1.5, critical: 2 },
  };
}

/**
 * One series with n samples per side (issue 10: 100,000 samples took 154 s), same job, within-run
 * comparison (runner-noise 0%: the bootstrap and Mann–Whitney path, the heavier one), a 2% slowdown.
 * Above 20,000 samples per side the tests run on 20,000 evenly spaced order statistics
 * (src/analyze/evidence.ts, MAX_TEST_SAMPLES); the headline medians and the stability checks see every
 * sample.
 */
function oneSeries(n: number, runnerNoise: number): AnalyzeInput {
  const sc: Scenario = {
    key: `stats-speed-${n}`,
    label: '',
    mode: 'same-job',
    samples: n,
    runs: 0,
    noise: { sigma: 0.03 },
    runner: 0,
    batchDrift: 0,
    seriesPerPr: 1,
  };
  return inputOf(makePr(sc, 0, [0.02]), runnerNoise);
}

export const SAMPLE_SIZES = [10_000, 100_000, 1_000_000];

/** Wall time of analyze() on one series with 10⁴, 10⁵ and 10⁶ samples per side. */
export function sampleScaling(): Measurement[] {
  const out: Measurement[] = [];
  for (const [label, noise] of [
    ['within-run', 0],
    ['one run per side', 0.25],
  ] as const) {
    for (const n of SAMPLE_SIZES) {
      const input = oneSeries(n, noise);
      const t0 = performance.now();
      analyze(input);
      out.push({
        name: `stats: 1 series × ${n.toLocaleString('en-US')}+${n.toLocaleString('en-US')} samples, ${label}`,
        value: Math.round(performance.now() - t0),
        unit: 'ms',
      });
    }
  }
  return out;
}

export async function statsSpeed(): Promise<Measurement[]> {
  const input = suite();
  // One short warm-up so the JIT has compiled the hot loops, as it has in any real run after a few series.
  analyze({ ...input, current: { ...input.current, series: input.current.series.slice(0, 20) } });
  const t0 = performance.now();
  const first = analyze(input);
  const ms = performance.now() - t0;
  const second = analyze(input);
  const identical = JSON.stringify(first) === JSON.stringify(second);
  return [
    {
      name: `stats: ${SERIES} series × ${SAMPLES}+${SAMPLES} samples, B=${RESAMPLES} (wall)`,
      value: Math.round(ms),
      unit: 'ms',
    },
    { name: 'stats: per series', value: +(ms / SERIES).toFixed(3), unit: 'ms' },
    { name: 'stats: identical verdicts on rerun', value: identical ? 1 : 0, unit: 'bool' },
    { name: 'stats: series failed (20 of them slowed by 10%)', value: first.counts.failed, unit: 'series' },
    { name: 'stats: series warned', value: first.counts.warned, unit: 'series' },
    ...sampleScaling(),
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const m = await statsSpeed();
  for (const x of m) console.log(`${x.name.padEnd(64)} ${String(x.value).padStart(8)} ${x.unit}`);
  const wall = m[0].value;
  const ok = wall <= TARGET_MS && m[2].value === 1;
  console.log(`${wall <= TARGET_MS ? 'PASS' : 'FAIL'}  ≤ ${TARGET_MS} ms wall for ${SERIES} series`);
  console.log(`${m[2].value === 1 ? 'PASS' : 'FAIL'}  same inputs give byte-identical verdicts`);
  if (!ok) process.exitCode = 1;
}
