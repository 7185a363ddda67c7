/**
 * The `workflow_run` comment mode reads a PR number from an artifact a fork's workflow uploaded: data
 * anyone can forge. Before commenting, the number is checked against GitHub itself: the triggering run
 * must be a pull_request run, and the PR's head commit and repository must be that run's.
 */
import type { GitHubClient } from './client.js';
import { apiError } from './client.js';

export interface VerifiedPull {
  number: number;
  headSha: string;
  baseRef: string;
  baseSha: string;
  fork: boolean;
}

export type Verification = { ok: true; pull: VerifiedPull } | { ok: false; reason: string };

export async function verifyPullRequest(
  gh: GitHubClient,
  t: { owner: string; repo: string; runId: number; claimed: number },
): Promise<Verification> {
  try {
    const run = (await gh.rest.actions.getWorkflowRun({ owner: t.owner, repo: t.repo, run_id: t.runId }))
      .data;
    if (run.event !== 'pull_request')
      return {
        ok: false,
        reason: `workflow run ${t.runId} was triggered by "${run.event}", not by a pull request`,
      };
    const pr = (await gh.rest.pulls.get({ owner: t.owner, repo: t.repo, pull_number: t.claimed })).data;
    const runRepo = run.head_repository?.full_name;
    const prRepo = pr.head.repo?.full_name;
    if (pr.head.sha !== run.head_sha || !runRepo || prRepo !== runRepo) {
      return {
        ok: false,
        reason: `pull request #${t.claimed} is not the one workflow run ${t.runId} ran for (its head is ${prRepo ?? 'a deleted repository'}@${pr.head.sha.slice(0, 7)}, the run's ${runRepo ?? '?'}@${run.head_sha.slice(0, 7)}); a newer push may have superseded it`,
      };
    }
    return {
      ok: true,
      pull: {
        number: pr.number,
        headSha: pr.head.sha,
        baseRef: pr.base.ref,
        baseSha: pr.base.sha,
        fork: runRepo !== `${t.owner}/${t.repo}`,
      },
    };
  } catch (e) {
    return {
      ok: false,
      reason: `could not check pull request #${t.claimed} against workflow run ${t.runId} (${apiError(e)})`,
    };
  }
}
