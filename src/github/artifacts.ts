/**
 * The artifact store's REST calls (listing a repository's artifacts by name), made with the injected
 * GitHub client so that src/history/ needs nothing from src/github/.
 */
import type { ArtifactListing, ListedArtifact } from '../history/artifact.js';
import { apiError, statusOf, type ClientFactory } from './client.js';

export function artifactListing(
  github: ClientFactory,
  o: { apiUrl: string; log: (message: string) => void },
): ArtifactListing {
  return {
    async *pages({ owner, repo, name, token }) {
      const gh = await github({ token, apiUrl: o.apiUrl, log: o.log });
      for await (const page of gh.paginate.iterator(gh.rest.actions.listArtifactsForRepo, {
        owner,
        repo,
        name,
        per_page: 100,
      }))
        yield page.data as ListedArtifact[];
    },
    async runEvent({ owner, repo, runId, token }) {
      const gh = await github({ token, apiUrl: o.apiUrl, log: o.log });
      const r = await gh.rest.actions.getWorkflowRun({ owner, repo, run_id: runId });
      return String(r.data.event);
    },
    explain: (e) => ({ status: statusOf(e), message: apiError(e) }),
  };
}
