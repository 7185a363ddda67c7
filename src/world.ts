/**
 * The real world the action runs in: @actions/core, the process's environment and working directory,
 * the clock, the configured history store, Octokit and the artifact client. Tests start from this
 * and replace `core` (and point the clients at stand-ins through `env`).
 */
import { runnerFingerprint } from './fingerprint.js';
import type { ActionCore } from './model.js';
import { openStore } from './history/index.js';
import { createClient } from './github/client.js';
import { artifactTransfer } from './modes/transfer.js';
import type { Deps } from './modes/shared.js';

export { runnerFingerprint };

export function world(core: ActionCore, env: NodeJS.ProcessEnv, cwd: string): Deps {
  return {
    core,
    env,
    cwd,
    now: () => new Date(),
    seed: '',
    openStore,
    github: createClient,
    transfer: artifactTransfer,
    runner: runnerFingerprint,
  };
}
