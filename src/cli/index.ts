#!/usr/bin/env node
/**
 * The bin (dist/cli.js): always runs the CLI, however it is reached (npm's bin symlink, npx, a global
 * install, `node dist/cli.js`), and sets the exit code. No "am I the main module?" check: that is
 * what made the installed CLI do nothing.
 */
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
