/**
 * The real world the action runs in: @actions/core, the process's environment and working directory,
 * the clock, the configured history store, Octokit and the artifact client. Tests start from this
 * and replace `core` (and point the clients at stand-ins through `env`).
 *
 * The stores and the artifact transfer (with the zip reader behind it) are loaded on first use, so
 * that nothing but the config stands between the start and the first log line.
 */
import { runnerFingerprint } from './fingerprint.js';
import type { ActionCore } from './model.js';
import type { StoreEnv } from './history/index.js';
import { createClient } from './github/client.js';
import type { Transfer } from './modes/transfer.js';
import type { Deps } from './modes/shared.js';

export { runnerFingerprint };

/** The store the config names, from src/history/index.ts, loaded when the mode opens one. */
async function openStore(e: StoreEnv): ReturnType<Deps['openStore']> {
  return (await import('./history/index.js')).openStore(e);
}

/** The artifact transfer of src/modes/transfer.ts, loaded on its first call. */
function artifactTransfer(): Transfer {
  let loaded: Promise<Transfer> | undefined;
  const transfer = (): Promise<Transfer> =>
    (loaded ??= import('./modes/transfer.js').then((m) => m.artifactTransfer()));
  return {
    upload: async (...a) => (await transfer()).upload(...a),
    list: async (...a) => (await transfer()).list(...a),
    read: async (...a) => (await transfer()).read(...a),
  };
}

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
