import type { StandinRequest, StandinResponse } from '../http.js';
import type { GitHubState, Permission } from './state.js';

/** 401 for a missing or unknown token; 403 for a read-only token asked to write (a fork's token). */
export function authorize(
  s: GitHubState,
  req: StandinRequest,
  need: Permission,
): StandinResponse | undefined {
  const auth = String(req.headers.authorization ?? '');
  const token = auth.replace(/^(token|bearer)\s+/i, '');
  const perm = s.tokens.get(token);
  if (!perm)
    return {
      status: 401,
      body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' },
    };
  if (need === 'write' && perm !== 'write') {
    return {
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
      },
    };
  }
  return undefined;
}
