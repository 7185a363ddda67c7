/**
 * The fingerprint of the machine the benchmarks ran on (OS, architecture, CPU model, cores): the action
 * and the CLI record it with every run, so history compares like with like.
 */
import * as os from 'node:os';
import type { RunnerFingerprint } from './model.js';

export function runnerFingerprint(): RunnerFingerprint {
  const cpus = os.cpus();
  return {
    os: os.platform(),
    arch: os.arch(),
    cpu: cpus[0]?.model?.trim() || undefined,
    cores: cpus.length || undefined,
  };
}
