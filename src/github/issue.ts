/**
 * `issue-on-regression`: when a base-branch run fails, one open issue per suite says so. It is found by
 * its marker and updated on later failures, never duplicated; when the suite passes again it gets a
 * closing comment and is closed, so the next regression opens a fresh issue. Only an issue opened by
 * the token's own identity with the marker at the start of its body is ours (see identity.ts).
 */
import type { GitHubClient } from './client.js';
import { apiError } from './client.js';
import { authoredBy, tokenLogin } from './identity.js';
import { markerKey } from '../report/markdown.js';

/** Issues searched at most (100 per page): enough for any repository's open issues. */
const MAX_PAGES = 50;

export function issueMarker(key: string): string {
  return `<!-- benchgate-issue:${markerKey(key)} -->`;
}

export interface IssueInput {
  owner: string;
  repo: string;
  key: string;
  failing: boolean;
  title: string;
  /** Markdown of the report (without the comment marker). */
  body: string;
  /** Commit and link for the closing comment. */
  sha: string;
  runUrl?: string;
}

export type IssueResult =
  | { kind: 'created' | 'updated' | 'closed'; url: string; number: number }
  | { kind: 'none' }
  | { kind: 'failed'; reason: string };

async function findOpen(
  gh: GitHubClient,
  i: IssueInput,
): Promise<{ number: number; url: string } | undefined> {
  const marker = issueMarker(i.key);
  const login = await tokenLogin(gh);
  let pages = 0;
  for await (const page of gh.paginate.iterator(gh.rest.issues.listForRepo, {
    owner: i.owner,
    repo: i.repo,
    state: 'open',
    sort: 'created',
    direction: 'desc',
    per_page: 100,
  })) {
    for (const issue of page.data)
      // Ours only: opened by this token's identity, the marker first (as syncIssue writes it).
      if (!issue.pull_request && issue.body?.startsWith(marker) && authoredBy(issue.user, login))
        return { number: issue.number, url: issue.html_url };
    if (++pages >= MAX_PAGES) break;
  }
  return undefined;
}

export async function syncIssue(gh: GitHubClient, i: IssueInput): Promise<IssueResult> {
  try {
    const open = await findOpen(gh, i);
    const body = `${issueMarker(i.key)}\n${i.body}`;
    if (i.failing) {
      if (open) {
        await gh.rest.issues.update({
          owner: i.owner,
          repo: i.repo,
          issue_number: open.number,
          title: i.title,
          body,
        });
        return { kind: 'updated', ...open };
      }
      const r = await gh.rest.issues.create({
        owner: i.owner,
        repo: i.repo,
        title: i.title,
        body,
        labels: ['benchgate'],
      });
      return { kind: 'created', number: r.data.number, url: r.data.html_url };
    }
    if (!open) return { kind: 'none' };
    const run = i.runUrl ? ` ([run](${i.runUrl}))` : '';
    await gh.rest.issues.createComment({
      owner: i.owner,
      repo: i.repo,
      issue_number: open.number,
      body: `Passing again at ${i.sha}${run}; closing.`,
    });
    await gh.rest.issues.update({
      owner: i.owner,
      repo: i.repo,
      issue_number: open.number,
      state: 'closed',
      state_reason: 'completed',
    });
    return { kind: 'closed', ...open };
  } catch (e) {
    return {
      kind: 'failed',
      reason: `regression issue not updated (${apiError(e)}); it needs \`issues: write\``,
    };
  }
}
