/** The action's entry point: run, then exit explicitly (pending HTTP keep-alives must not hold the job). */
import * as core from '@actions/core';
import { run } from './main.js';
import { world } from './world.js';

// Stacks of internal errors (shown with ACTIONS_STEP_DEBUG) point into src/ through dist/*.map.
process.setSourceMapsEnabled(true);
const result = await run(world(core, process.env, process.cwd()));
process.exit(result.exitCode);
