/**
 * The action: reads the config and the run's context, hands them to the mode, and holds the one
 * top-level catch. Every I/O dependency comes in through `deps` (src/world.ts builds the real ones).
 *
 *   run:      config → parse → history.load → analyze → report → publish → history.save → exit
 *   collect:  config → parse → upload (src/modes/collect.ts)
 *   report:   config → download this run's collected results → per suite: history.load → analyze → one
 *             report → publish → history.save (src/modes/report.ts)
 *   comment:  config → download the triggering run's results → check the PR → per suite: history.load →
 *             analyze → one report → publish (src/modes/comment.ts)
 */
import { BenchgateError, errorMessage, unreachable } from './errors.js';
import { loadConfig, readFileIn } from './config/index.js';
import { INPUTS, type InputName } from './config/inputs.js';
import { readContext } from './github/context.js';
import type { Deps, RunResult } from './modes/shared.js';
import { safeCore } from './log-safe.js';

export type { Deps, RunResult } from './modes/shared.js';

export async function run(given: Deps): Promise<RunResult> {
  // Every log line and annotation passes through logSafe(): results and history are untrusted text.
  const deps: Deps = { ...given, core: safeCore(given.core) };
  const { core, env, cwd } = deps;
  try {
    const input = (n: InputName): string => core.getInput(n);
    const token = input(INPUTS.githubToken);
    if (token) core.setSecret(token);
    const config = loadConfig({ input, readFile: readFileIn(cwd), log: (m) => core.info(m) });
    await core.ready?.();
    const ctx = readContext(env);
    // Each mode is loaded when chosen: the config (and its log line) comes first, and no run pays for
    // the modules of the modes it does not run.
    switch (config.mode) {
      case 'run':
        // With `run` set, benchgate measures base and head itself (A/B mode).
        return config.ab
          ? await (await import('./ab/action.js')).runAbMode(deps, config, ctx)
          : await (await import('./modes/run.js')).runRun(deps, config, ctx);
      case 'collect':
        return await (await import('./modes/collect.js')).runCollect(deps, config, ctx, input);
      case 'report':
        return await (await import('./modes/report.js')).runReport(deps, config, ctx, input);
      case 'comment':
        return await (await import('./modes/comment.js')).runComment(deps, config, ctx);
      default:
        return unreachable(config.mode, 'mode');
    }
  } catch (e) {
    await core.ready?.();
    // A bug (not something the user caused) keeps its stack, mapped to src/, in the debug log.
    if (!(e instanceof BenchgateError) && e instanceof Error && e.stack) core.debug(e.stack);
    core.setFailed(errorMessage(e));
    return { exitCode: 1 };
  }
}
