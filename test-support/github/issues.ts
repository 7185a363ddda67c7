/** Issues (list with filters, create, update): the `issue-on-regression` input. */
import type { Router, StandinRequest } from '../http.js';
import type { GitHubState, StoredIssue } from './state.js';
import { authorize } from './auth.js';
import { BOT, user } from './fakes.js';
import { paginate } from './paging.js';

function view(s: GitHubState, i: StoredIssue, base: string): Record<string, unknown> {
  const url = `${base}/repos/${s.owner}/${s.repo}/issues/${i.number}`;
  return {
    id: i.id,
    node_id: `I_${i.id}`,
    url,
    repository_url: `${base}/repos/${s.owner}/${s.repo}`,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `https://github.com/${s.owner}/${s.repo}/issues/${i.number}`,
    number: i.number,
    state: i.state,
    title: i.title,
    body: i.body,
    user: i.user && i.user.login !== BOT.login ? user(i.user.login) : BOT,
    labels: i.labels.map((name, k) => ({
      id: 7000 + k,
      node_id: `LA_${k}`,
      url: `${base}/repos/${s.owner}/${s.repo}/labels/${encodeURIComponent(name)}`,
      name,
      color: 'd73a4a',
      default: false,
      description: null,
    })),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    comments: s.comments.filter((c) => c.issueNumber === i.number).length,
    closed_at: i.state === 'closed' ? i.updatedAt : null,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    author_association: 'NONE',
  };
}

interface IssueBody {
  title?: string;
  body?: string;
  state?: 'open' | 'closed';
  labels?: (string | { name?: string })[];
}

const names = (labels: IssueBody['labels']): string[] =>
  (labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean);

export function issueRoutes(router: Router, s: GitHubState, base: () => string): void {
  const repoPath = `/repos/${s.owner}/${s.repo}`;
  let nextNumber = 100;
  router.route('GET', new RegExp(`^${repoPath}/issues$`), (req: StandinRequest) => {
    const denied = authorize(s, req, 'read');
    if (denied) return denied;
    const state = req.url.searchParams.get('state') ?? 'open';
    const labels = (req.url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
    const direction = req.url.searchParams.get('direction') ?? 'desc';
    const matching = s.issues
      .filter((i) => state === 'all' || i.state === state)
      .filter((i) => labels.every((l) => i.labels.includes(l)))
      .sort((a, b) => (direction === 'asc' ? a.number - b.number : b.number - a.number));
    return paginate(req, matching, base(), (i) => view(s, i, base()));
  });
  router.route('POST', new RegExp(`^${repoPath}/issues$`), (req) => {
    const denied = authorize(s, req, 'write');
    if (denied) return denied;
    const b = req.json<IssueBody>();
    const i: StoredIssue = {
      id: s.id(),
      user: { login: s.loginOf(req.headers.authorization) },
      number: nextNumber++,
      title: String(b.title),
      body: b.body ?? '',
      state: 'open',
      labels: names(b.labels),
      createdAt: s.now(),
      updatedAt: s.now(),
    };
    s.issues.push(i);
    return { status: 201, body: view(s, i, base()) };
  });
  router.route('PATCH', new RegExp(`^${repoPath}/issues/(\\d+)$`), (req) => {
    const denied = authorize(s, req, 'write');
    if (denied) return denied;
    const i = s.issues.find((x) => x.number === Number(req.params[0]));
    if (!i) return { status: 404, body: { message: 'Not Found' } };
    const b = req.json<IssueBody>();
    if (b.title !== undefined) i.title = b.title;
    if (b.body !== undefined) i.body = b.body;
    if (b.state !== undefined) i.state = b.state;
    if (b.labels !== undefined) i.labels = names(b.labels);
    i.updatedAt = s.now();
    return { status: 200, body: view(s, i, base()) };
  });
}
