/**
 * Twirp ArtifactService (artifacts v4): CreateArtifact, FinalizeArtifact, ListArtifacts,
 * GetSignedArtifactURL, DeleteArtifact. A run sees and writes only its own artifacts (the backend ids
 * in the request must be those of the runtime token); artifacts of other runs are reached through the
 * REST API (test-support/github/artifacts.ts). Names are unique per run: a second upload under the
 * same name is a 409 until the first is deleted, as on GitHub.
 */
import type { Router, StandinResponse } from '../http.js';
import type { Artifact, ResultsState } from './state.js';
import type { RuntimeClaims } from './token.js';
import { rpc, str, twirpError, type Body } from './twirp.js';

const SERVICE = 'github.actions.results.api.v1.ArtifactService';
const DEFAULT_RETENTION_DAYS = 90;

/**
 * The run's own artifacts only. Creating and finalising also need this job's id; listing, signing and
 * deleting take any job of the run (a re-run attempt deletes what its first attempt uploaded).
 */
function ownRun(c: RuntimeClaims, b: Body, sameJob = false): StandinResponse | undefined {
  if (
    str(b, 'workflow_run_backend_id') !== c.runBackendId ||
    (sameJob && str(b, 'workflow_job_run_backend_id') !== c.jobBackendId)
  )
    return twirpError(403, 'permission_denied', 'the backend ids do not belong to the runtime token');
  return undefined;
}

function view(a: Artifact): Record<string, unknown> {
  return {
    workflow_run_backend_id: a.run.backendId,
    workflow_job_run_backend_id: a.jobBackendId,
    database_id: String(a.id),
    name: a.name,
    size: String(a.size),
    created_at: a.createdAt.toISOString(),
    ...(a.digest ? { digest: a.digest } : {}),
  };
}

export function artifactRoutes(router: Router, s: ResultsState): void {
  const live = (c: RuntimeClaims): Artifact[] =>
    s.liveArtifacts().filter((a) => a.run.backendId === c.runBackendId && !s.isExpired(a));

  rpc(router, SERVICE, 'CreateArtifact', (c, b) => {
    const denied = ownRun(c, b, true);
    if (denied) return denied;
    const name = str(b, 'name');
    if (!name) return twirpError(400, 'invalid_argument', 'name is required');
    if (live(c).some((a) => a.name === name))
      return twirpError(
        409,
        'already_exists',
        'an artifact with this name already exists on the workflow run',
      );
    // An unfinished upload under the same name is abandoned.
    for (const a of s.artifacts)
      if (a.run.backendId === c.runBackendId && a.name === name && !a.finalized) a.deleted = true;
    const expires = str(b, 'expires_at');
    const id = s.id();
    const blobPath = `/devstoreaccount1/actions-results/artifact-${id}`;
    s.artifacts.push({
      id,
      name,
      run: s.runFor(c.runBackendId),
      jobBackendId: c.jobBackendId,
      blobPath,
      size: 0,
      createdAt: s.now(),
      expiresAt: expires
        ? new Date(expires)
        : new Date(s.now().getTime() + DEFAULT_RETENTION_DAYS * 86_400_000),
      finalized: false,
      deleted: false,
    });
    return { status: 200, body: { ok: true, signed_upload_url: s.signedUrl(blobPath, 'cw') } };
  });

  rpc(router, SERVICE, 'FinalizeArtifact', (c, b) => {
    const denied = ownRun(c, b, true);
    if (denied) return denied;
    const name = str(b, 'name');
    const a = s.artifacts.find(
      (x) => x.run.backendId === c.runBackendId && x.name === name && !x.finalized && !x.deleted,
    );
    if (!a) return twirpError(404, 'not_found', `no artifact upload named ${name} in progress`);
    const blob = s.blobs.get(a.blobPath);
    if (!blob) return twirpError(400, 'invalid_argument', 'nothing was uploaded');
    a.size = blob.data.length;
    a.digest = str(b, 'hash') || undefined;
    a.finalized = true;
    return { status: 200, body: { ok: true, artifact_id: String(a.id) } };
  });

  rpc(router, SERVICE, 'ListArtifacts', (c, b) => {
    const denied = ownRun(c, b);
    if (denied) return denied;
    const name = str(b, 'name_filter');
    const id = str(b, 'id_filter');
    const found = live(c).filter((a) => (!name || a.name === name) && (!id || String(a.id) === id));
    return { status: 200, body: { artifacts: found.map(view) } };
  });

  rpc(router, SERVICE, 'GetSignedArtifactURL', (c, b) => {
    const denied = ownRun(c, b);
    if (denied) return denied;
    const a = live(c).find((x) => x.name === str(b, 'name'));
    if (!a) return twirpError(404, 'not_found', `no artifact named ${str(b, 'name')}`);
    return { status: 200, body: { signed_url: s.signedUrl(a.blobPath, 'r') } };
  });

  rpc(router, SERVICE, 'DeleteArtifact', (c, b) => {
    const denied = ownRun(c, b);
    if (denied) return denied;
    const a = live(c).find((x) => x.name === str(b, 'name'));
    if (!a) return twirpError(404, 'not_found', `no artifact named ${str(b, 'name')}`);
    a.deleted = true;
    return { status: 200, body: { ok: true, artifact_id: String(a.id) } };
  });
}
