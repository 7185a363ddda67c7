/**
 * The Octokit client: GHES through GITHUB_API_URL, retries for 5xx, and the throttling plugin so a
 * rate-limit answer is waited out (a bounded number of times) instead of failing the step.
 *
 * Every call has a deadline (BENCHGATE_API_TIMEOUT_SECONDS, default 30 s) that covers its retries and
 * rate-limit waits: an API that accepts the connection and never answers cannot hold the job. Failed
 * calls are described by status, route and a short message scrubbed of anything token-like; the body
 * of an error answer is never printed as it came.
 *
 * Octokit and its plugins are loaded when the first client is made, not at startup: a run without a
 * token (a fork, the job summary only) never pays for them. The base URL is always passed explicitly
 * (@actions/github's default is read from the environment at import time), so in-process tests point
 * the client at a stand-in through the `apiUrl` they pass.
 */
import { logSafe } from '../log-safe.js';

/** The deadline of one API call: BENCHGATE_API_TIMEOUT_SECONDS, default 30 s. */
export function apiTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const s = Number(env.BENCHGATE_API_TIMEOUT_SECONDS);
  return Number.isFinite(s) && s > 0 ? s * 1000 : 30_000;
}

/** An API call that got no answer before its deadline. */
export class DeadlineError extends Error {
  constructor(what: string, ms: number) {
    super(`no answer from ${what} within ${+(ms / 1000).toFixed(1)} s (BENCHGATE_API_TIMEOUT_SECONDS)`);
    this.name = 'DeadlineError';
  }
}

/**
 * `fn` or a DeadlineError after `ms`: the caller goes on even when the call never settles. `abort` is
 * signalled at the deadline, so the request behind it is cancelled too.
 */
export async function withDeadline<T>(
  what: string,
  ms: number,
  fn: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const e = new DeadlineError(what, ms);
      controller.abort(e);
      reject(e);
    }, ms);
    timer.unref();
  });
  try {
    return await Promise.race([fn(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

export type GitHubClient = ReturnType<typeof import('@actions/github').getOctokit>;

/** Makes a client; `run(deps)` receives one (src/world.ts passes `createClient`). */
export type ClientFactory = (options: ClientOptions) => Promise<GitHubClient>;

export interface ClientOptions {
  token: string;
  apiUrl: string;
  log?: (message: string) => void;
  /** Retry budget for 5xx and rate limits. */
  retries?: number;
  /** The longest rate-limit wait worth it (seconds): a report is not worth an hour's wait. */
  maxWaitSeconds?: number;
  /** Deadline of one call, retries included (default: apiTimeoutMs()). */
  timeoutMs?: number;
}

export async function createClient({
  token,
  apiUrl,
  log = () => {},
  retries = 3,
  maxWaitSeconds = 60,
  timeoutMs = apiTimeoutMs(),
}: ClientOptions): Promise<GitHubClient> {
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
    import('@actions/github'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling'),
  ]);
  const decide = (
    kind: string,
    retryAfter: number,
    options: { method: string; url: string },
    retryCount: number,
  ) => {
    const retry = retryCount < retries && retryAfter <= maxWaitSeconds;
    log(
      `GitHub ${kind} on ${options.method} ${route(options.url)}; ${retry ? `retrying in ${retryAfter}s` : 'giving up'}`,
    );
    return retry;
  };
  const gh = getOctokit(
    token,
    {
      baseUrl: apiUrl.replace(/\/$/, ''),
      // Only the retry plugin's own budget: `request.retries` would make it retry every error, 403s too.
      retry: { retries },
      throttle: {
        onRateLimit: (
          retryAfter: number,
          options: { method: string; url: string },
          _o: unknown,
          retryCount: number,
        ) => decide('rate limit', retryAfter, options, retryCount),
        onSecondaryRateLimit: (
          retryAfter: number,
          options: { method: string; url: string },
          _o: unknown,
          retryCount: number,
        ) => decide('secondary rate limit', retryAfter, options, retryCount),
      },
    },
    retry,
    throttling,
  );
  // Registered after the plugins, so it wraps them: one deadline for the call, its retries and waits.
  gh.hook.wrap('request', (request, options) =>
    withDeadline(`the GitHub API (${options.method} ${route(options.url)})`, timeoutMs, async (signal) =>
      request({ ...options, request: { ...options.request, signal } }),
    ),
  );
  return gh;
}

/** The path of a request without its query or host: what a log line may say about it. */
function route(url: string | undefined): string {
  if (!url) return '?';
  const path = url.replace(/^[a-z]+:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
  return logSafe(path, 200);
}

/** The longest API error message benchgate prints. */
const MAX_ERROR_MESSAGE = 200;

/**
 * Text with anything token-like replaced by "***": GitHub tokens (ghp_, gho_, ghu_, ghs_, ghr_,
 * github_pat_), JWTs, and whatever follows "Bearer", "token", "Basic" or an Authorization header.
 */
export function scrubSecrets(text: string): string {
  return text
    .replace(/\b(?:gh[opsur]_[A-Za-z0-9_]{4,}|github_pat_[A-Za-z0-9_]{4,})/g, '***')
    .replace(/\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*)?/g, '***')
    .replace(
      /(authorization|x-access-token|access_token|private-token)(["']?\s*[:=]\s*)[^\s,;}]+(?:\s+[^\s,;}"']+)?/gi,
      '$1$2***',
    )
    .replace(/\b(bearer|token|basic)\s+(?!\*\*\*)[^\s,;}"']+/gi, '$1 ***')
    .replace(/\/\/[^/@\s]*:[^/@\s]*@/g, '//***@');
}

/** The HTTP status of an Octokit error, if it has one. */
export function statusOf(e: unknown): number | undefined {
  const s = (e as { status?: unknown })?.status;
  return typeof s === 'number' ? s : undefined;
}

/**
 * A short message for a failed API call: status, route and at most 200 characters of the message,
 * scrubbed of anything token-like and made safe for a log line. Never the raw answer body.
 */
export function apiError(e: unknown): string {
  const status = statusOf(e);
  const req = (e as { request?: { method?: unknown; url?: unknown } } | undefined)?.request;
  const on =
    req && typeof req.method === 'string' && typeof req.url === 'string'
      ? ` on ${req.method} ${route(req.url)}`
      : '';
  const raw = e instanceof Error ? e.message : String(e);
  const msg = logSafe(scrubSecrets(raw.split('\n')[0]), MAX_ERROR_MESSAGE);
  return status ? `HTTP ${status}${on}: ${msg}` : `${msg}${on && !msg.includes(on.trim()) ? on : ''}`;
}
