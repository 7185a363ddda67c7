/**
 * An internal error (one the user did not cause) keeps its stack in the debug log, and the stack points
 * into src/ through the source maps shipped in dist/: the action's under ACTIONS_STEP_DEBUG, the CLI's
 * under BENCHGATE_DEBUG=1. Both bundles run as users run them (`node dist/…`, no flags) under Node 24.
 * The errors are real ones: a file command or an output file that is a folder.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { node24, pushEvent, runAction, ROOT } from '../../test-support/action.js';
import { GO_OUTPUT } from '../../test-support/go-output.js';

/** The 1-based line of the first line of src/`file` that contains `text`. */
function lineOf(file: string, text: string): number {
  const i = fs
    .readFileSync(path.join(ROOT, 'src', file), 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(text));
  if (i < 0) throw new Error(`src/${file} has no line with ${text}`);
  return i + 1;
}

let workspace: string;
beforeEach(() => {
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'benchgate-maps-'));
  fs.writeFileSync(path.join(workspace, 'bench.txt'), GO_OUTPUT);
});
afterEach(() => fs.rmSync(workspace, { recursive: true, force: true }));

async function actionWithOutputsInAFolder(env: Record<string, string>) {
  return runAction({
    workspace,
    inputs: { 'output-file': 'bench.txt', store: 'none', suite: 'go' },
    eventName: 'push',
    event: pushEvent('main'),
    // GITHUB_OUTPUT names a folder: @actions/core's setOutput throws EISDIR.
    env: { GITHUB_OUTPUT: workspace, ...env },
  });
}

test('the action: an internal error shows its stack at src/ lines under ACTIONS_STEP_DEBUG', async () => {
  const r = await actionWithOutputsInAFolder({ ACTIONS_STEP_DEBUG: 'true' });
  expect(r.exitCode).toBe(1);
  const debug = r.stdout.split('\n').find((l) => l.startsWith('::debug::Error: EISDIR'));
  expect(debug).toBeDefined();
  const stack = debug!.replace(/%0A/g, '\n');
  const deliver = lineOf('modes/deliver.ts', 'core.setOutput(OUTPUTS.verdict');
  expect(stack).toContain(`${path.join(ROOT, 'src', 'modes', 'deliver.ts')}:${deliver}:`);
  expect(stack).toMatch(new RegExp(`src/main\\.ts:\\d+:`));
  expect(r.annotations).toContainEqual({ level: 'error', message: expect.stringContaining('EISDIR') });
});

test('the action: without step debugging the source maps stay off (they cost start-up)', async () => {
  const r = await actionWithOutputsInAFolder({});
  expect(r.exitCode).toBe(1);
  // The runner shows ::debug:: lines only with step debugging; the stack then names the bundle.
  const debug = r.stdout.split('\n').find((l) => l.startsWith('::debug::Error: EISDIR'));
  expect(debug).toContain(path.join(ROOT, 'dist'));
  expect(debug).not.toMatch(/src\/[\w/-]+\.ts:\d+/);
  expect(r.annotations).toContainEqual({ level: 'error', message: expect.stringContaining('EISDIR') });
});

function cli(args: string[], env: Record<string, string>): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      node24(),
      [path.join(ROOT, 'dist', 'cli.js'), ...args],
      { cwd: workspace, env: { PATH: process.env.PATH, ...env } },
      (e, _stdout, stderr) => resolve({ code: e ? Number(e.code) : 0, stderr }),
    );
  });
}

test('the CLI: an internal error shows its stack at src/ lines with BENCHGATE_DEBUG=1', async () => {
  // --metrics names a folder: writing the metrics file throws EISDIR.
  const args = ['record', '--history', 'h.json', 'bench.txt', '--commit', 'abc1234', '--metrics', '.'];
  const r = await cli(args, { BENCHGATE_DEBUG: '1' });
  expect(r.code).toBe(2);
  const metrics = lineOf('cli/metrics.ts', 'fs.writeFileSync(abs');
  expect(r.stderr).toContain(`${path.join(ROOT, 'src', 'cli', 'metrics.ts')}:${metrics}:`);
  expect(r.stderr).toMatch(/src\/cli\/record\.ts:\d+:/);
  const plain = await cli(args, {});
  expect(plain.code).toBe(2);
  expect(plain.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^benchgate: .*EISDIR/)]);
});
