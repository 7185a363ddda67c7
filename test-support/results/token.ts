/**
 * The runtime token a runner hands to actions (ACTIONS_RUNTIME_TOKEN): a JWT whose `scp` claim names
 * the run and job backend ids (`Actions.Results:<run>:<job>`) and whose `ac` claim lists the cache
 * scopes with their permissions. The toolkit decodes it without verifying, so an unsigned token works.
 */

/** Permission bits of an `ac` scope, as the cache service reads them. */
export const READ = 1;
export const WRITE = 2;

export interface CacheScope {
  /** A ref: `refs/heads/main`, `refs/pull/7/merge`. */
  scope: string;
  permission: number;
}

export interface RuntimeClaims {
  runBackendId: string;
  jobBackendId: string;
  scopes: CacheScope[];
}

const b64url = (s: string): string => Buffer.from(s).toString('base64url');

export function makeRuntimeToken(c: RuntimeClaims): string {
  const payload = {
    scp: `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${c.runBackendId}:${c.jobBackendId}`,
    ac: JSON.stringify(c.scopes.map((s) => ({ Scope: s.scope, Permission: s.permission }))),
    iss: 'benchgate-standin',
  };
  return `${b64url(JSON.stringify({ typ: 'JWT', alg: 'none' }))}.${b64url(JSON.stringify(payload))}.unsigned`;
}

/** The claims of a `Bearer` header, or a reason it is not a usable runtime token. */
export function readRuntimeToken(authorization: string | undefined): RuntimeClaims | { error: string } {
  const m = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  if (!m) return { error: 'no bearer token' };
  const parts = m[1].split('.');
  if (parts.length !== 3) return { error: 'the runtime token is not a JWT' };
  let payload: { scp?: unknown; ac?: unknown };
  try {
    payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as typeof payload;
  } catch {
    return { error: 'the runtime token payload is not JSON' };
  }
  const results = String(payload.scp ?? '')
    .split(' ')
    .map((s) => s.split(':'))
    .find((p) => p[0] === 'Actions.Results' && p.length === 3);
  if (!results) return { error: 'the runtime token has no Actions.Results scope' };
  let scopes: CacheScope[] = [];
  try {
    const ac = JSON.parse(String(payload.ac ?? '[]')) as { Scope: string; Permission: number }[];
    scopes = ac.map((a) => ({ scope: a.Scope, permission: a.Permission }));
  } catch {
    return { error: 'the runtime token has an unreadable ac claim' };
  }
  return { runBackendId: results[1], jobBackendId: results[2], scopes };
}
