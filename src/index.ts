/**
 * The action's entry point: run, then exit explicitly (pending HTTP keep-alives must not hold the job).
 * Everything else is loaded by the dynamic import below, so that with step debugging on
 * (ACTIONS_STEP_DEBUG, which shows internal errors' stacks) the source maps shipped in dist/ are
 * enabled before any of it is compiled and stacks point into src/. Off by default: reading the maps
 * costs startup time, and stacks are only shown in the debug log.
 */
if (process.env.ACTIONS_STEP_DEBUG === 'true' || process.env.RUNNER_DEBUG === '1')
  process.setSourceMapsEnabled(true);
const { runAction } = await import('./action.js');
process.exit(await runAction());
