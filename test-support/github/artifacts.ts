/**
 * Artifact routes of the REST API: the repository's artifacts by name (newest first, paginated), a
 * run's artifacts, one artifact, and `/zip`, which answers 302 with a short-lived signed blob URL as
 * GitHub does. The artifacts come from a source — the results stand-in, where the real client
 * finalised them and where tests seed others (a fork's `main`, an expired one).
 */
import type { Router, StandinRequest, StandinResponse } from '../http.js';
import type { GitHubState } from './state.js';
import { authorize } from './auth.js';
import { paginate } from './paging.js';

/** A token that may read the repository but lacks `actions: read` (artifact routes answer 403). */
export const NO_ACTIONS_TOKEN = 'ghs_no_actions';

export interface SourceArtifact {
  id: number;
  name: string;
  size: number;
  digest?: string;
  createdAt: Date;
  expiresAt: Date;
  blobPath: string;
  run: {
    id: number;
    repositoryId: number;
    headRepositoryId: number;
    headBranch: string;
    headSha: string;
    /** The event that triggered the run (push when unset). */
    event?: string;
  };
}

/** What the routes need from wherever artifacts live (the results stand-in's state fits). */
export interface ArtifactSource {
  liveArtifacts(name?: string): SourceArtifact[];
  isExpired(a: SourceArtifact): boolean;
  signedUrl(blobPath: string, sp: string, ttlMs?: number): string;
}

function view(
  src: ArtifactSource,
  a: SourceArtifact,
  api: string,
  repoPath: string,
): Record<string, unknown> {
  return {
    id: a.id,
    node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
    name: a.name,
    size_in_bytes: a.size,
    url: `${api}${repoPath}/actions/artifacts/${a.id}`,
    archive_download_url: `${api}${repoPath}/actions/artifacts/${a.id}/zip`,
    expired: src.isExpired(a),
    digest: a.digest ?? null,
    created_at: a.createdAt.toISOString(),
    updated_at: a.createdAt.toISOString(),
    expires_at: a.expiresAt.toISOString(),
    workflow_run: {
      id: a.run.id,
      repository_id: a.run.repositoryId,
      head_repository_id: a.run.headRepositoryId,
      head_branch: a.run.headBranch,
      head_sha: a.run.headSha,
    },
  };
}

export function artifactRoutes(
  router: Router,
  s: GitHubState,
  base: () => string,
  source: () => ArtifactSource | undefined,
): void {
  s.tokens.set(NO_ACTIONS_TOKEN, 'read');
  const repoPath = `/repos/${s.owner}/${s.repo}`;
  const guard = (req: StandinRequest): StandinResponse | undefined => {
    const denied = authorize(s, req, 'read');
    if (denied) return denied;
    if (String(req.headers.authorization ?? '').endsWith(NO_ACTIONS_TOKEN))
      return {
        status: 403,
        body: {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest',
        },
      };
    return undefined;
  };
  /** Newest first, as GitHub lists them. */
  const all = (name: string | null): SourceArtifact[] =>
    [...(source()?.liveArtifacts(name ?? undefined) ?? [])].sort((a, b) => b.id - a.id);

  const page = (req: StandinRequest, items: SourceArtifact[]): StandinResponse => {
    const src = source();
    return paginate(
      req,
      src ? items : [],
      base(),
      (a) => view(src!, a, base(), repoPath),
      (artifacts, total) => ({ total_count: total, artifacts }),
    );
  };

  router.route('GET', new RegExp(`^${repoPath}/actions/artifacts$`), (req) => {
    const denied = guard(req);
    if (denied) return denied;
    return page(req, all(req.url.searchParams.get('name')));
  });

  router.route('GET', new RegExp(`^${repoPath}/actions/runs/(\\d+)/artifacts$`), (req) => {
    const denied = guard(req);
    if (denied) return denied;
    const runId = Number(req.params[0]);
    return page(
      req,
      all(req.url.searchParams.get('name')).filter((a) => a.run.id === runId),
    );
  });

  router.route('GET', new RegExp(`^${repoPath}/actions/artifacts/(\\d+)$`), (req) => {
    const denied = guard(req);
    if (denied) return denied;
    const src = source();
    const a = all(null).find((x) => x.id === Number(req.params[0]));
    if (!src || !a) return { status: 404, body: { message: 'Not Found' } };
    return { status: 200, body: view(src, a, base(), repoPath) };
  });

  router.route('GET', new RegExp(`^${repoPath}/actions/artifacts/(\\d+)/(zip)$`), (req) => {
    const denied = guard(req);
    if (denied) return denied;
    const src = source();
    const a = all(null).find((x) => x.id === Number(req.params[0]));
    if (!src || !a) return { status: 404, body: { message: 'Not Found' } };
    if (src.isExpired(a)) return { status: 410, body: { message: 'Artifact has expired' } };
    return { status: 302, headers: { location: src.signedUrl(a.blobPath, 'r', 60_000) } };
  });
}
