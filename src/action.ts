/**
 * The action with the real world (src/world.ts); src/index.ts loads it once source maps are decided.
 *
 * @actions/core is loaded after the config's log line, not before: it imports its HTTP client (undici,
 * for OIDC tokens benchgate never asks for) at load, which alone took about half of the time to the
 * first log line. Until then the three calls the config step makes are answered here exactly as
 * @actions/core answers them (__tests__/main/action-core.test.ts compares the two); `ready()` loads the
 * toolkit, and every other call goes to it.
 */
import * as os from 'node:os';
import type { ActionCore } from './model.js';
import { run } from './main.js';
import { world } from './world.js';

/** A workflow command's message, escaped as @actions/core's issueCommand escapes it. */
function commandData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The part of @actions/core the config step uses, as @actions/core does it. */
export function bootCore(
  env: NodeJS.ProcessEnv,
  write: (text: string) => void,
): Pick<ActionCore, 'getInput' | 'info' | 'setSecret'> {
  return {
    getInput: (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim(),
    info: (message) => write(message + os.EOL),
    setSecret: (secret) => write(`::add-mask::${commandData(secret)}${os.EOL}`),
  };
}

/** @actions/core, loaded by `ready()`; before it, only the boot calls work. */
export function deferredCore(
  boot: Pick<ActionCore, 'getInput' | 'info' | 'setSecret'>,
  load: () => Promise<ActionCore>,
): ActionCore {
  let toolkit: ActionCore | undefined;
  let loading: Promise<void> | undefined;
  const loaded = (): ActionCore => {
    if (!toolkit) throw new Error('@actions/core used before ready()');
    return toolkit;
  };
  return {
    ready: () => (loading ??= load().then((c) => void (toolkit = c))),
    getInput: (name) => (toolkit ?? boot).getInput(name),
    info: (message) => (toolkit ?? boot).info(message),
    setSecret: (secret) => (toolkit ?? boot).setSecret(secret),
    setOutput: (name, value) => loaded().setOutput(name, value),
    setFailed: (message) => loaded().setFailed(message),
    debug: (message) => loaded().debug(message),
    isDebug: () => loaded().isDebug(),
    warning: (message, props) => loaded().warning(message, props),
    error: (message, props) => loaded().error(message, props),
    summary: { addRaw: (text, addEOL) => loaded().summary.addRaw(text, addEOL) },
  };
}

export async function runAction(): Promise<number> {
  const core = deferredCore(
    bootCore(process.env, (text) => process.stdout.write(text)),
    () => import('@actions/core'),
  );
  return (await run(world(core, process.env, process.cwd()))).exitCode;
}
