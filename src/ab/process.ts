/**
 * One command run: `bash -e -o pipefail -c CMD` as a fresh process (arguments as an array, so nothing is
 * interpolated into a shell string but the user's own command), in its own process group so that a
 * cancellation can stop everything it started.
 */
import { spawn, type ChildProcess } from 'node:child_process';

export interface CommandResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Output beyond this is dropped from memory (the head of stdout is kept for parsing, the tail of stderr). */
const MAX_STDOUT = 64 * 1024 * 1024;
const MAX_STDERR = 256 * 1024;

/** The children running now, so a signal handler can stop them. */
export const running = new Set<ChildProcess>();

export function killAll(signal: NodeJS.Signals = 'SIGTERM'): void {
  for (const child of running) {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  }
}

export function runCommand(
  command: string,
  cwd: string,
  env: Record<string, string>,
  now: () => number = Date.now,
): Promise<CommandResult> {
  const start = now();
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-e', '-o', 'pipefail', '-c', command], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    running.add(child);
    const out: Buffer[] = [];
    let outBytes = 0;
    let err = '';
    child.stdout!.on('data', (d: Buffer) => {
      if (outBytes < MAX_STDOUT) out.push(d);
      outBytes += d.length;
    });
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      if (err.length > 2 * MAX_STDERR) err = err.slice(-MAX_STDERR);
    });
    child.on('error', (e) => {
      running.delete(child);
      reject(e);
    });
    child.on('close', (code, signal) => {
      running.delete(child);
      resolve({
        code,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: err.slice(-MAX_STDERR),
        ms: now() - start,
      });
    });
  });
}

/**
 * The last `n` lines of a command's stderr, safe for one log line and for Markdown prose: control
 * characters removed, workflow-command prefixes (`::`) broken, each line cut at 300 characters.
 */
export function stderrTail(stderr: string, n = 5): string {
  const lines = stderr
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) =>
      l
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f\u009b]/g, '')
        .replace(/::/g, ': :')
        .trimEnd(),
    )
    .filter((l) => l.trim() !== '');
  const tail = lines.slice(-n).map((l) => (l.length > 300 ? `${l.slice(0, 300)}…` : l));
  return tail.length ? tail.join(' ⏎ ') : '(no output on stderr)';
}
