/** The action's entry point: run, then exit explicitly (pending HTTP keep-alives must not hold the job). */
import * as core from '@actions/core';
import { run } from './main.js';

const result = await run({ core, env: process.env, cwd: process.cwd(), now: () => new Date() });
process.exit(result.exitCode);
