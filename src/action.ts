/** The action with the real world (src/world.ts); src/index.ts loads it once source maps are decided. */
import * as core from '@actions/core';
import { run } from './main.js';
import { world } from './world.js';

export async function runAction(): Promise<number> {
  return (await run(world(core, process.env, process.cwd()))).exitCode;
}
