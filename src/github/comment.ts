/**
 * One PR comment per suite, found by its marker and edited in place; created only when absent.
 * Every page of comments is searched, so a long PR thread never produces a duplicate. Only a comment
 * written by the token's own identity (identity.ts) whose body starts with the marker is ours: a
 * participant's comment carrying the marker, or a benchmark name quoting another suite's marker
 * inside a report, is never taken for it.
 */
import type { GitHubClient } from './client.js';
import { apiError, statusOf } from './client.js';
import { authoredBy, tokenLogin } from './identity.js';

export type CommentResult =
  | { kind: 'created'; url: string; id: number }
  | { kind: 'updated'; url: string; id: number }
  | { kind: 'skipped'; reason: string }
  | { kind: 'refused'; reason: string }
  | { kind: 'failed'; reason: string };

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export async function findComment(
  gh: GitHubClient,
  t: CommentTarget,
  marker: string,
): Promise<{ id: number; body: string; url: string } | undefined> {
  const iterator = gh.paginate.iterator(gh.rest.issues.listComments, {
    owner: t.owner,
    repo: t.repo,
    issue_number: t.issueNumber,
    per_page: 100,
  });
  const login = await tokenLogin(gh);
  for await (const page of iterator) {
    for (const c of page.data) {
      if (c.body?.startsWith(marker) && authoredBy(c.user, login))
        return { id: c.id, body: c.body, url: c.html_url };
    }
  }
  return undefined;
}

/**
 * Create or update the suite's comment. `onlyIfExistsOrChanged` implements `comment: on-change`: no new
 * comment when nothing changed, but an existing one is kept current.
 */
export async function upsertComment(
  gh: GitHubClient,
  t: CommentTarget,
  marker: string,
  body: string,
  opts: { createIfAbsent: boolean },
): Promise<CommentResult> {
  try {
    const existing = await findComment(gh, t, marker);
    if (existing) {
      if (existing.body === body) return { kind: 'updated', url: existing.url, id: existing.id };
      const r = await gh.rest.issues.updateComment({
        owner: t.owner,
        repo: t.repo,
        comment_id: existing.id,
        body,
      });
      return { kind: 'updated', url: r.data.html_url, id: r.data.id };
    }
    if (!opts.createIfAbsent)
      return { kind: 'skipped', reason: 'no change worth a new comment (comment: on-change)' };
    const r = await gh.rest.issues.createComment({
      owner: t.owner,
      repo: t.repo,
      issue_number: t.issueNumber,
      body,
    });
    return { kind: 'created', url: r.data.html_url, id: r.data.id };
  } catch (e) {
    const status = statusOf(e);
    if (status === 403 || status === 404) {
      return {
        kind: 'refused',
        reason: `the token may not comment on this pull request (${apiError(e)}); a fork's token is read-only — see the workflow_run recipe in the README`,
      };
    }
    return { kind: 'failed', reason: `could not post the PR comment (${apiError(e)})` };
  }
}
