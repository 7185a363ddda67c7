/** Builders for the history unit tests: runs, histories and configs as the action makes them. */
import { loadConfig, type Config } from '../../src/config/index.js';
import type { History, Run, RunnerFingerprint, Series } from '../../src/model.js';
import { readContext, type RunContext } from '../../src/github/context.js';

export const sha = (n: number): string => n.toString(16).padStart(40, '0');

export const EPYC: RunnerFingerprint = {
  os: 'linux',
  arch: 'x64',
  cpu: 'AMD EPYC 7763 64-Core Processor',
  cores: 4,
};
export const XEON: RunnerFingerprint = {
  os: 'linux',
  arch: 'x64',
  cpu: 'Intel(R) Xeon(R) Platinum 8370C',
  cores: 4,
};

export function series(name: string, value: number, samples?: number[]): Series {
  return { name, metric: 'time', unit: 'ns', direction: 'smaller', value, ...(samples ? { samples } : {}) };
}

export function run(n: number, o: Partial<Run> = {}): Run {
  return {
    suite: 'go',
    tool: 'go',
    commit: sha(n),
    ref: 'refs/heads/main',
    runId: String(1000 + n),
    timestamp: new Date(Date.UTC(2026, 10, 1) + n * 3_600_000).toISOString(),
    runner: EPYC,
    series: [series('BenchmarkSort-2', 100 + n, [99 + n, 100 + n, 101 + n])],
    ...o,
  };
}

export function history(runs: Run[]): History {
  return { schemaVersion: 1, suite: 'go', runs };
}

export function config(inputs: Record<string, string> = {}): Config {
  const all: Record<string, string> = { 'output-file': 'bench.txt', suite: 'go', ...inputs };
  return loadConfig({ input: (n) => all[n] ?? '', readFile: () => undefined });
}

/** The run context of an event, as readContext builds it from a runner's environment. */
export function context(eventName: string, ref: string, event: Record<string, unknown> = {}): RunContext {
  return readContext(
    {
      GITHUB_EVENT_NAME: eventName,
      GITHUB_REF: ref,
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
      GITHUB_RUN_ID: '7',
    },
    { repository: { default_branch: 'main' }, ...event },
  );
}
