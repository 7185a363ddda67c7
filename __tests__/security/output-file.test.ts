/**
 * `output-file` names whatever the workflow says: only regular files are read, under a size cap, and
 * anything else — a FIFO nobody writes to, /dev/zero, a folder of no folder format — is a clear
 * one-line error at once, never a hang or an out-of-memory crash.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readOutputs, readRegularFile } from '../../src/results.js';
import { errorMessage } from '../../src/errors.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'benchgate-output-file-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function failure(patterns: string[]): string {
  try {
    readOutputs(patterns, 'auto', dir);
  } catch (e) {
    return errorMessage(e);
  }
  throw new Error('expected an error');
}

test('a FIFO is refused at once, without waiting for a writer', () => {
  execFileSync('mkfifo', [path.join(dir, 'bench.fifo')]);
  const t0 = Date.now();
  expect(failure(['bench.fifo'])).toBe(
    'benchgate: bench.fifo: expected a regular file with benchmark output, got a named pipe (FIFO)',
  );
  expect(Date.now() - t0).toBeLessThan(1000);
});

test('a FIFO under a glob is never opened: the glob matches only what can be read', () => {
  execFileSync('mkfifo', [path.join(dir, 'out.txt')]);
  expect(failure(['*.txt'])).toMatch(/^benchgate: [^\n]*: expected /);
});

test('/dev/zero is refused instead of read until memory runs out', () => {
  expect(failure(['/dev/zero'])).toBe(
    'benchgate: /dev/zero: expected a regular file with benchmark output, got a character device',
  );
});

test('a symlink to /dev/zero is refused the same way', () => {
  fs.symlinkSync('/dev/zero', path.join(dir, 'results.json'));
  expect(failure(['results.json'])).toMatch(/character device/);
});

test('a folder of no folder format says so in one line', () => {
  fs.mkdirSync(path.join(dir, 'out'));
  fs.writeFileSync(path.join(dir, 'out', 'x.txt'), 'hello');
  const message = failure(['out']);
  expect(message).toMatch(/^benchgate: out: expected a /);
  expect(message).not.toMatch(/\n/);
});

test('a file over the size cap is refused before it is read', () => {
  const file = path.join(dir, 'big.txt');
  fs.writeFileSync(file, 'x'.repeat(2048));
  expect(() => readRegularFile(file, 'big.txt', 1024)).toThrow(/under 0\.0009765625 MiB|under .* MiB/);
});

test('a regular file is read as before', () => {
  fs.copyFileSync('fixtures/go/bench-count5.txt', path.join(dir, 'bench.txt'));
  expect(readOutputs(['bench.txt'], 'auto', dir).series.length).toBeGreaterThan(0);
});
