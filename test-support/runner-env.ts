/**
 * The environment a runner gives one step of the action — event payload, file commands, RUNNER_TEMP,
 * INPUT_* variables, nothing of this machine's — and reading the step's results back (outputs,
 * summary, annotations). Shared by runAction (dist/ in a child process) and runInProcess (src/).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface ActionRunOptions {
  /** The workspace (cwd of the action). */
  workspace: string;
  inputs: Record<string, string>;
  eventName: string;
  event: Record<string, unknown>;
  /** Extra or overriding environment variables (GITHUB_API_URL, ACTIONS_RESULTS_URL, …). */
  env?: Record<string, string | undefined>;
  entry?: string;
  timeoutMs?: number;
}

export interface ActionRunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Annotation lines (::error::, ::warning::) from stdout. */
  annotations: { level: string; message: string }[];
}

/** Parse the GITHUB_OUTPUT file format written by @actions/core (heredoc with a random delimiter). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (m) {
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== m[2]) value.push(lines[i++]);
      out[m[1]] = value.join('\n');
    } else if (lines[i].includes('=')) {
      const k = lines[i].indexOf('=');
      out[lines[i].slice(0, k)] = lines[i].slice(k + 1);
    }
  }
  return out;
}

function unescapeCommand(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/** A runner's environment for one step: event file, file commands, RUNNER_TEMP, INPUT_* variables. */
export interface PreparedRun {
  env: Record<string, string>;
  /** Reads the file commands back into a result and removes the step's temporary folder. */
  finish(exitCode: number, stdout: string, stderr: string): ActionRunResult;
}

export function prepareRun(o: ActionRunOptions): PreparedRun {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'benchgate-run-'));
  const files = {
    GITHUB_OUTPUT: path.join(tmp, 'output'),
    GITHUB_STEP_SUMMARY: path.join(tmp, 'summary'),
    GITHUB_STATE: path.join(tmp, 'state'),
    GITHUB_ENV: path.join(tmp, 'env'),
    GITHUB_PATH: path.join(tmp, 'path'),
  };
  for (const f of Object.values(files)) fs.writeFileSync(f, '');
  const eventPath = path.join(tmp, 'event.json');
  fs.writeFileSync(eventPath, JSON.stringify(o.event));
  const runnerTemp = path.join(tmp, 'runner-temp');
  fs.mkdirSync(runnerTemp);

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? tmp,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: o.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_REPOSITORY_OWNER: 'octo-org',
    GITHUB_SHA: 'ffffffffffffffffffffffffffffffffffffffff',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '1000',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'bench',
    GITHUB_WORKFLOW: 'bench',
    GITHUB_ACTION: 'benchgate',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: runnerTemp,
    ...files,
  };
  for (const [k, v] of Object.entries(o.inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  for (const [k, v] of Object.entries(o.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return {
    env,
    finish(exitCode, stdout, stderr) {
      const annotations = stdout
        .split('\n')
        .map((l) => /^::(error|warning|notice)(?: [^:]*)?::(.*)$/.exec(l))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => ({ level: m[1], message: unescapeCommand(m[2]) }));
      const result: ActionRunResult = {
        exitCode,
        stdout,
        stderr,
        outputs: parseOutputFile(fs.readFileSync(files.GITHUB_OUTPUT, 'utf8')),
        summary: fs.readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
        annotations,
      };
      fs.rmSync(tmp, { recursive: true, force: true });
      return result;
    },
  };
}

/** A pull_request event payload for octo-org/octo-repo. */
export function pullRequestEvent(
  number: number,
  opts: { baseRef?: string; headRepo?: string; headSha?: string; baseSha?: string } = {},
): Record<string, unknown> {
  const baseRepo = {
    full_name: 'octo-org/octo-repo',
    id: 1,
    name: 'octo-repo',
    owner: { login: 'octo-org' },
  };
  const headFull = opts.headRepo ?? 'octo-org/octo-repo';
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      base: { ref: opts.baseRef ?? 'main', sha: opts.baseSha ?? 'b'.repeat(40), repo: baseRepo },
      head: {
        ref: 'feature',
        sha: opts.headSha ?? 'c'.repeat(40),
        repo: { full_name: headFull, id: headFull === baseRepo.full_name ? 1 : 2 },
      },
    },
    repository: { ...baseRepo, default_branch: 'main' },
  };
}

/** A push event payload to `branch` of octo-org/octo-repo. */
export function pushEvent(branch = 'main', sha = 'a'.repeat(40)): Record<string, unknown> {
  return {
    ref: `refs/heads/${branch}`,
    after: sha,
    repository: {
      full_name: 'octo-org/octo-repo',
      id: 1,
      name: 'octo-repo',
      owner: { login: 'octo-org' },
      default_branch: 'main',
    },
  };
}
