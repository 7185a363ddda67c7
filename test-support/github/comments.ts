/** Issue comment routes: list (paginated with Link headers), create, update; the 65,536-character limit. */
import type { Router, StandinRequest, StandinResponse } from '../http.js';
import type { GitHubState, StoredComment } from './state.js';
import { authorize } from './auth.js';
import { BOT, user } from './fakes.js';
import { paginate } from './paging.js';

const BODY_LIMIT = 65536;

function view(s: GitHubState, c: StoredComment, base: string): Record<string, unknown> {
  return {
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${base}/repos/${s.owner}/${s.repo}/issues/comments/${c.id}`,
    html_url: `https://github.com/${s.owner}/${s.repo}/pull/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${base}/repos/${s.owner}/${s.repo}/issues/${c.issueNumber}`,
    body: c.body,
    user: c.user.login === BOT.login ? BOT : user(c.user.login),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association: 'NONE',
  };
}

function tooLong(): StandinResponse {
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [
        {
          resource: 'IssueComment',
          code: 'custom',
          field: 'body',
          message: 'Body is too long (maximum is 65536 characters)',
        },
      ],
    },
  };
}

export function commentRoutes(router: Router, s: GitHubState, base: () => string): void {
  const repoPath = `/repos/${s.owner}/${s.repo}`;
  router.route('GET', new RegExp(`^${repoPath}/issues/(\\d+)/comments$`), (req: StandinRequest) => {
    const denied = authorize(s, req, 'read');
    if (denied) return denied;
    const issue = Number(req.params[0]);
    const all = s.comments.filter((c) => c.issueNumber === issue);
    return paginate(req, all, base(), (c) => view(s, c, base()));
  });
  router.route('POST', new RegExp(`^${repoPath}/issues/(\\d+)/comments$`), (req) => {
    const denied = authorize(s, req, 'write');
    if (denied) return denied;
    const { body } = req.json<{ body?: unknown }>();
    if (typeof body !== 'string')
      return { status: 422, body: { message: 'Invalid request.\n\n"body" wasn\'t supplied.' } };
    if (body.length > BODY_LIMIT) return tooLong();
    const c: StoredComment = {
      id: s.id(),
      issueNumber: Number(req.params[0]),
      body,
      user: { login: s.loginOf(req.headers.authorization) },
      createdAt: s.now(),
      updatedAt: s.now(),
    };
    s.comments.push(c);
    return { status: 201, body: view(s, c, base()) };
  });
  router.route('PATCH', new RegExp(`^${repoPath}/issues/comments/(\\d+)$`), (req) => {
    const denied = authorize(s, req, 'write');
    if (denied) return denied;
    const c = s.comments.find((x) => x.id === Number(req.params[0]));
    if (!c) return { status: 404, body: { message: 'Not Found' } };
    const { body } = req.json<{ body?: unknown }>();
    if (typeof body !== 'string') return { status: 422, body: { message: 'Invalid request.' } };
    if (body.length > BODY_LIMIT) return tooLong();
    c.body = body;
    c.updatedAt = s.now();
    return { status: 200, body: view(s, c, base()) };
  });
}
