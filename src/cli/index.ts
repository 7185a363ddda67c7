#!/usr/bin/env node
/**
 * The bin (dist/cli.js): always runs the CLI, however it is reached (npm's bin symlink, npx, a global
 * install, `node dist/cli.js`), and sets the exit code. No "am I the main module?" check: that is
 * what made the installed CLI do nothing.
 */
// With BENCHGATE_DEBUG=1 an internal error's stack is printed; the source maps shipped in dist/ are
// enabled before the rest is loaded, so that it points into src/. Off by default: they cost startup.
if (process.env.BENCHGATE_DEBUG === '1') process.setSourceMapsEnabled(true);
const { main } = await import('./main.js');

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
