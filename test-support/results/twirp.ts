/** Twirp JSON plumbing shared by the CacheService and ArtifactService stand-ins. */
import type { Router, StandinResponse } from '../http.js';
import { readRuntimeToken, type RuntimeClaims } from './token.js';

export type Body = Record<string, unknown>;

export function twirpError(status: number, code: string, msg: string): StandinResponse {
  return { status, body: { code, msg } };
}

/** Requests come with proto (snake_case) field names; accept the JSON (camelCase) names too. */
export function field(b: Body, snake: string): unknown {
  if (snake in b) return b[snake];
  return b[snake.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase())];
}

export function str(b: Body, snake: string): string {
  const v = field(b, snake);
  if (v === undefined || v === null) return '';
  // Wrapper types (StringValue, Int64Value) may arrive as {value}.
  if (typeof v === 'object' && 'value' in v) return String((v as { value: unknown }).value);
  return String(v);
}

/**
 * Register `POST /twirp/<service>/<method>`: a runtime token is required (401 otherwise) and the body
 * must be a JSON object (400 otherwise).
 */
export function rpc(
  router: Router,
  service: string,
  method: string,
  handler: (claims: RuntimeClaims, body: Body) => StandinResponse,
): void {
  router.route('POST', new RegExp(`^/twirp/${service.replace(/\./g, '\\.')}/${method}$`), (req) => {
    const c = readRuntimeToken(req.headers.authorization);
    if ('error' in c) return twirpError(401, 'unauthenticated', c.error);
    let b: unknown;
    try {
      b = req.json<unknown>();
    } catch {
      b = undefined;
    }
    if (typeof b !== 'object' || b === null || Array.isArray(b))
      return twirpError(400, 'malformed', 'the request body is not a JSON object');
    return handler(c, b as Body);
  });
}
