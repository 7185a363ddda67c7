/**
 * Histories for the dashboard's tests, benchmark and screenshot, made from a seeded generator: a noisy
 * base branch (log-normal run-to-run noise, as hosted runners show) with a step change and a recovery,
 * a change of runner halfway, and a synthetic suite of any size for the speed target.
 */
import { createHash } from 'node:crypto';
import type { History, Run, RunnerFingerprint, Series } from '../../src/model.js';
import { Rng } from '../../src/stats/prng.js';

export function sha(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** Standard normal draws from a seeded generator (Box–Muller). */
export function normal(seed: string): () => number {
  const rng = new Rng(seed);
  const u = (): number => (rng.nextU32() + 1) / 4294967297;
  return () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
}

const OLD_RUNNER: RunnerFingerprint = {
  os: 'linux',
  arch: 'x64',
  cpu: 'AMD EPYC 7763 64-Core Processor',
  cores: 4,
};
const NEW_RUNNER: RunnerFingerprint = {
  os: 'linux',
  arch: 'x64',
  cpu: 'AMD EPYC 9V74 80-Core Processor',
  cores: 4,
};

interface Shape {
  name: string;
  metric: string;
  unit: string;
  direction: Series['direction'];
  base: number;
  noise: number;
  /** The factor at run i (steps, recoveries). */
  level(i: number): number;
  exact?: boolean;
}

const flat = (): number => 1;

/**
 * A Go suite's base branch over `runs` pushes: BenchmarkSort/size=1000 gets 30% slower at run 28 and
 * recovers at run 44; BenchmarkJoin allocates more from run 36 on; the runner type changes at run 20
 * (a faster CPU: everything ~6% faster).
 */
export function realisticHistory(runs = 60, suite = 'go'): History {
  const shapes: Shape[] = [
    ...[10, 100, 1000, 10000].map((n) => ({
      name: `BenchmarkSort/size=${n}/kind=random-4`,
      metric: 'time',
      unit: 'ns',
      direction: 'smaller' as const,
      base: 12 * n * Math.log2(n),
      noise: 0.025,
      level: n === 1000 ? (i: number) => (i >= 28 && i < 44 ? 1.3 : 1) : flat,
    })),
    {
      name: 'BenchmarkJoin/parts=16-4',
      metric: 'time',
      unit: 'ns',
      direction: 'smaller',
      base: 640,
      noise: 0.03,
      level: (i) => (i >= 36 ? 1.12 : 1),
    },
    {
      name: 'BenchmarkJoin/parts=16-4',
      metric: 'B/op',
      unit: 'B',
      direction: 'smaller',
      base: 1024,
      noise: 0,
      level: (i) => (i >= 36 ? 1.5 : 1),
      exact: true,
    },
    {
      name: 'BenchmarkJoin/parts=16-4',
      metric: 'allocs/op',
      unit: 'allocs/op',
      direction: 'smaller',
      base: 3,
      noise: 0,
      level: (i) => (i >= 36 ? 4 / 3 : 1),
      exact: true,
    },
    {
      name: 'BenchmarkHash/4096B-4',
      metric: 'throughput',
      unit: 'B/s',
      direction: 'bigger',
      base: 2.1e9,
      noise: 0.02,
      level: flat,
    },
    {
      name: 'BenchmarkParse/json/large-4',
      metric: 'time',
      unit: 'ns',
      direction: 'smaller',
      base: 4.2e6,
      noise: 0.04,
      level: (i) => (i >= 12 ? 0.8 : 1),
    },
  ];
  const draw = normal(`realistic:${suite}`);
  const start = Date.UTC(2026, 8, 1, 9, 0, 0);
  const out: Run[] = [];
  for (let i = 0; i < runs; i++) {
    const runner = i < 20 ? OLD_RUNNER : NEW_RUNNER;
    const hardware = i < 20 ? 1 : 0.94;
    const series: Series[] = shapes.map((s) => {
      const factor = s.exact ? 1 : hardware * Math.exp(s.noise * draw());
      const timeLike = s.direction === 'smaller' ? factor : 1 / factor;
      const value = s.base * s.level(i) * timeLike;
      return {
        name: s.name,
        metric: s.metric,
        unit: s.unit,
        direction: s.direction,
        value: s.exact ? Math.round(value) : value,
        ...(s.exact ? { exact: true as const } : {}),
      } as Series;
    });
    out.push({
      suite,
      tool: 'go',
      commit: sha(`${suite}:${i}`),
      ref: 'refs/heads/main',
      runId: String(9000 + i),
      timestamp: new Date(start + i * 86_400_000 + ((i * 7919) % 36_000) * 1000).toISOString(),
      runner,
      series,
    });
  }
  return { schemaVersion: 1, suite, runs: out };
}

/** `count` series × `runs` runs of plain noise, a step in every tenth series: the speed target's size. */
export function syntheticHistory(count: number, runs: number, suite = 'big'): History {
  const draw = normal(`synthetic:${suite}:${count}:${runs}`);
  const start = Date.UTC(2026, 0, 1);
  const out: Run[] = [];
  for (let i = 0; i < runs; i++) {
    const series: Series[] = [];
    for (let k = 0; k < count; k++) {
      const base = 1000 * (1 + (k % 97));
      const step = k % 10 === 0 && i >= runs / 2 ? 1.2 : 1;
      series.push({
        name: `BenchmarkCase${String(k).padStart(4, '0')}/variant=${k % 7}`,
        metric: k % 5 === 4 ? 'B/op' : 'time',
        unit: k % 5 === 4 ? 'B' : 'ns',
        direction: 'smaller',
        value: base * step * Math.exp(0.02 * draw()),
      });
    }
    out.push({
      suite,
      tool: 'go',
      commit: sha(`${suite}:${i}`),
      ref: 'refs/heads/main',
      timestamp: new Date(start + i * 3_600_000).toISOString(),
      runner: OLD_RUNNER,
      series,
    });
  }
  return { schemaVersion: 1, suite, runs: out };
}
