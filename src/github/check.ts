/**
 * The optional check run (`check: true`), named `benchgate (<suite>)` and concluded from the verdict;
 * when the token may not create checks (no `checks: write`, or a fork), a commit status instead.
 */
import type { GitHubClient } from './client.js';
import { apiError, statusOf } from './client.js';

/** GitHub's limit for a check run's output.summary. */
export const CHECK_SUMMARY_LIMIT = 65535;
/** GitHub's limit for a commit status description. */
const STATUS_DESCRIPTION_LIMIT = 140;

export type Conclusion = 'success' | 'neutral' | 'failure';

export interface CheckInput {
  owner: string;
  repo: string;
  headSha: string;
  name: string;
  conclusion: Conclusion;
  title: string;
  summary: string;
  detailsUrl?: string;
}

export type CheckResult =
  { kind: 'check'; url: string } | { kind: 'status'; reason: string } | { kind: 'failed'; reason: string };

/** Cut to a limit in characters, on a line boundary where possible, saying that it was cut. */
export function fitText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const note = '\n\n…(cut to fit; the job summary has the full report)';
  const room = limit - note.length;
  const cut = text.lastIndexOf('\n', room);
  return `${text.slice(0, cut > room / 2 ? cut : room)}${note}`;
}

export async function publishCheck(gh: GitHubClient, c: CheckInput): Promise<CheckResult> {
  try {
    const r = await gh.rest.checks.create({
      owner: c.owner,
      repo: c.repo,
      name: c.name,
      head_sha: c.headSha,
      status: 'completed',
      conclusion: c.conclusion,
      ...(c.detailsUrl ? { details_url: c.detailsUrl } : {}),
      output: { title: fitText(c.title, 1000), summary: fitText(c.summary, CHECK_SUMMARY_LIMIT) },
    });
    return { kind: 'check', url: r.data.html_url ?? '' };
  } catch (e) {
    const status = statusOf(e);
    if (status !== 403 && status !== 404)
      return { kind: 'failed', reason: `check run not created (${apiError(e)})` };
    // Checks refused: a commit status carries the same verdict, with less room.
    try {
      await gh.rest.repos.createCommitStatus({
        owner: c.owner,
        repo: c.repo,
        sha: c.headSha,
        state: c.conclusion === 'failure' ? 'failure' : 'success',
        context: c.name,
        description: fitStatus(c.title),
        ...(c.detailsUrl ? { target_url: c.detailsUrl } : {}),
      });
      return { kind: 'status', reason: `check runs refused (${apiError(e)}); set a commit status instead` };
    } catch (e2) {
      return {
        kind: 'failed',
        reason: `neither a check run (${apiError(e)}) nor a commit status (${apiError(e2)}) could be set; grant \`checks: write\` or \`statuses: write\``,
      };
    }
  }
}

function fitStatus(text: string): string {
  return text.length <= STATUS_DESCRIPTION_LIMIT ? text : `${text.slice(0, STATUS_DESCRIPTION_LIMIT - 1)}…`;
}
