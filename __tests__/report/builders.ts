/** Builders for verdicts, so report tests read like the report they expect. */
import type { SeriesVerdict, SuiteVerdict } from '../../src/analyze/types.js';
import { countVerdicts, sortVerdicts, suiteOutcome } from '../../src/analyze/index.js';
import type { History, Run } from '../../src/model.js';

export function sv(name: string, o: Partial<SeriesVerdict> = {}): SeriesVerdict {
  return {
    name,
    metric: 'time',
    unit: 'ns',
    direction: 'smaller',
    status: 'unchanged',
    verdict: 'pass',
    mode: 'history',
    baseline: 1_000_000,
    current: 1_010_000,
    change: 0.01,
    ci: [-0.02, 0.04],
    p: 0.41,
    reason: 'within the noise of the history',
    n: { baseline: 12, current: 10 },
    warnings: [],
    ...o,
  };
}

export function regression(name: string, change: number, o: Partial<SeriesVerdict> = {}): SeriesVerdict {
  return sv(name, {
    status: 'regression',
    verdict: change >= 0.1 ? 'fail' : 'warn',
    current: 1_000_000 * (1 + change),
    change,
    ci: [change * 0.8, change * 1.2],
    p: 0.0004,
    severity: change >= 1 ? 'critical' : change >= 0.5 ? 'moderate' : change >= 0.2 ? 'minor' : undefined,
    reason: `slower by more than the fail threshold with 95% confidence`,
    ...o,
  });
}

export function improvement(name: string, change: number, o: Partial<SeriesVerdict> = {}): SeriesVerdict {
  return sv(name, {
    status: 'improvement',
    current: 1_000_000 * (1 + change),
    change,
    ci: [change * 1.2, change * 0.8],
    p: 0.001,
    reason: 'faster beyond the noise',
    ...o,
  });
}

export function suite(series: SeriesVerdict[], o: Partial<SuiteVerdict> = {}): SuiteVerdict {
  const sorted = sortVerdicts(series);
  return {
    suite: 'go',
    verdict: suiteOutcome(sorted),
    mode: 'history',
    counts: countVerdicts(sorted),
    series: sorted,
    warnings: [],
    settings: {
      warnThreshold: 0.05,
      failThreshold: 0.1,
      confidence: 0.95,
      resamples: 10000,
      fdrQ: 0.05,
      minSamples: 5,
    },
    baselineCommit: '2222222222222222222222222222222222222222',
    baselineRuns: 12,
    ...o,
  };
}

/** A base-branch history in which every named series has a steady value with a little wobble. */
export function history(names: string[], runs = 12): History {
  const list: Run[] = [];
  for (let i = 0; i < runs; i++) {
    list.push({
      suite: 'go',
      tool: 'go',
      commit: `${String(i).padStart(2, '0')}${'a'.repeat(38)}`,
      ref: 'refs/heads/main',
      timestamp: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
      series: names.map((name) => ({
        name,
        metric: 'time',
        unit: 'ns',
        direction: 'smaller' as const,
        value: 1_000_000 * (1 + 0.02 * Math.sin(i + name.length)),
      })),
    });
  }
  return { schemaVersion: 1, suite: 'go', runs: list };
}

/**
 * A huge suite (the scale test's and the render benchmark's): one regression (with a warning) and one
 * improvement per 1,000 series, every other series unchanged, and a short history of the changed ones.
 */
export function hugeSuite(n: number): { verdict: SuiteVerdict; history: History } {
  const series = Array.from({ length: n }, (_, i) =>
    i % 1000 === 0
      ? regression(`BenchmarkR${i}`, 0.3, { warnings: [{ kind: 'too-few-samples', message: `few ${i}` }] })
      : i % 1000 === 1
        ? improvement(`BenchmarkI${i}`, -0.2)
        : sv(`Benchmark${i}`, { n: { baseline: 1 + (i % 50), current: 1 + (i % 30) }, resolvable: 0.2 }),
  );
  const verdict = suite(series);
  const h = history(
    verdict.series.filter((_, i) => i % 1000 < 2).map((s) => s.name),
    5,
  );
  return { verdict, history: h };
}
