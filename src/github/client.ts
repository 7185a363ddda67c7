/**
 * The Octokit client: GHES through GITHUB_API_URL, retries for 5xx, and the throttling plugin so a
 * rate-limit answer is waited out (a bounded number of times) instead of failing the step.
 *
 * Octokit and its plugins are loaded when the first client is made, not at startup: a run without a
 * token (a fork, the job summary only) never pays for them. The base URL is always passed explicitly
 * (@actions/github's default is read from the environment at import time), so in-process tests point
 * the client at a stand-in through the `apiUrl` they pass.
 */
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
}

export async function createClient({
  token,
  apiUrl,
  log = () => {},
  retries = 3,
  maxWaitSeconds = 60,
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
      `GitHub ${kind} on ${options.method} ${options.url}; ${retry ? `retrying in ${retryAfter}s` : 'giving up'}`,
    );
    return retry;
  };
  return getOctokit(
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
}

/** The HTTP status of an Octokit error, if it has one. */
export function statusOf(e: unknown): number | undefined {
  const s = (e as { status?: unknown })?.status;
  return typeof s === 'number' ? s : undefined;
}

/** A short message for a failed API call, never containing the token. */
export function apiError(e: unknown): string {
  const status = statusOf(e);
  const msg = e instanceof Error ? e.message : String(e);
  return status ? `HTTP ${status}: ${msg.split('\n')[0]}` : msg.split('\n')[0];
}
