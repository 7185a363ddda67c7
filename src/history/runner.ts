/**
 * Compare like with like: keep the history runs recorded on the same kind of runner as this one (same
 * OS, architecture and CPU model) when there are enough of them; otherwise keep them all and say that
 * the hardware changed, so a "regression" that is really a new runner type is not taken at face value.
 * Pure.
 */
import type { History, Run, RunnerFingerprint } from '../model.js';
import type { Warning } from '../model.js';

/** Every value of Node's `os.platform()`: what a runner fingerprint's `os` may be. */
export const RUNNER_OS = [
  'aix',
  'android',
  'cygwin',
  'darwin',
  'freebsd',
  'haiku',
  'linux',
  'netbsd',
  'openbsd',
  'sunos',
  'win32',
] as const;

/** Every value of Node's `os.arch()`: what a runner fingerprint's `arch` may be. */
export const RUNNER_ARCH = [
  'arm',
  'arm64',
  'ia32',
  'loong64',
  'mips',
  'mipsel',
  'ppc',
  'ppc64',
  'riscv64',
  's390',
  's390x',
  'x64',
] as const;

/**
 * The JSON schema of a runner fingerprint read from history or a collected artifact (untrusted): OS
 * and architecture from Node's enums, the CPU model a bounded printable string (no control, line or
 * bidirectional characters), a plausible core count. The runner's own fingerprint always matches it.
 */
export const RUNNER_SCHEMA = {
  type: 'object',
  required: ['os', 'arch'],
  properties: {
    os: { enum: [...RUNNER_OS] },
    arch: { enum: [...RUNNER_ARCH] },
    cpu: { type: 'string', maxLength: 200, pattern: '^[ -~\\u00a0-\\u00ff\\u2122]*$' },
    cores: { type: 'integer', minimum: 1, maximum: 100000 },
  },
} as const;

/** The kind of runner: what makes timings comparable. The core count is shown, not compared. */
export function runnerKind(r: RunnerFingerprint | undefined, withCpu = true): string | undefined {
  if (!r) return undefined;
  return [r.os, r.arch, ...(withCpu ? [r.cpu ?? ''] : [])].join('/');
}

export function describeRunner(r: RunnerFingerprint | undefined): string {
  if (!r) return 'an unrecorded runner';
  const cpu = r.cpu ? `${r.cpu}${r.cores ? ` ×${r.cores}` : ''}` : r.cores ? `${r.cores} cores` : '';
  return [`${r.os}/${r.arch}`, cpu].filter(Boolean).join(', ');
}

export interface SameRunner {
  history: History;
  /** Runs left out because they ran elsewhere. */
  dropped: number;
  warning?: Warning;
}

/**
 * @param minRuns the fewest same-kind runs worth comparing with alone (the analysis' min-samples).
 */
export function sameRunner(
  history: History,
  current: RunnerFingerprint | undefined,
  minRuns: number,
): SameRunner {
  // Without a CPU model on this run, OS and architecture are all that can be matched.
  const withCpu = current?.cpu !== undefined;
  const kind = runnerKind(current, withCpu);
  // Runs that recorded no runner cannot be told apart: with none recorded there is nothing to say.
  if (kind === undefined || !history.runs.some((r) => r.runner)) return { history, dropped: 0 };
  const same = history.runs.filter((r) => runnerKind(r.runner, withCpu) === kind);
  if (same.length === history.runs.length) return { history, dropped: 0 };
  if (same.length >= minRuns)
    return { history: { ...history, runs: same }, dropped: history.runs.length - same.length };
  const others = history.runs.filter((r) => runnerKind(r.runner, withCpu) !== kind);
  const last: Run = others[others.length - 1];
  return {
    history,
    dropped: 0,
    warning: {
      kind: 'runner-changed',
      message:
        `The runner changed: this run is on ${describeRunner(current)}, ` +
        `${history.runs.length - same.length} of the ${history.runs.length} base-branch runs were on other hardware ` +
        `(latest: ${describeRunner(last.runner)}).`,
      hint:
        `Only ${same.length} ran on this kind of runner, fewer than ${minRuns}, so all runs are compared; ` +
        'a change may come from the hardware rather than the code.',
    },
  };
}
