/** Check runs (create, update) and commit statuses: the `check: true` input and its fallback. */
import type { Router, StandinRequest } from '../http.js';
import type { GitHubState, StoredCheckRun } from './state.js';
import { authorize } from './auth.js';
import { ACTIONS_APP, BOT, FIXED_TIME } from './fakes.js';

interface CheckRunBody {
  name?: string;
  head_sha?: string;
  status?: string;
  conclusion?: string;
  details_url?: string;
  external_id?: string;
  output?: { title?: string; summary?: string; text?: string };
}

function view(s: GitHubState, c: StoredCheckRun, base: string): Record<string, unknown> {
  const url = `${base}/repos/${s.owner}/${s.repo}/check-runs/${c.id}`;
  return {
    id: c.id,
    node_id: `CR_${c.id}`,
    head_sha: c.headSha,
    external_id: c.externalId ?? '',
    url,
    html_url: `https://github.com/${s.owner}/${s.repo}/runs/${c.id}`,
    details_url: c.detailsUrl ?? null,
    status: c.status,
    conclusion: c.conclusion,
    started_at: FIXED_TIME,
    completed_at: c.status === 'completed' ? FIXED_TIME : null,
    output: {
      title: c.output.title ?? null,
      summary: c.output.summary ?? null,
      text: c.output.text ?? null,
      annotations_count: 0,
      annotations_url: `${url}/annotations`,
    },
    name: c.name,
    check_suite: { id: 5000 },
    app: ACTIONS_APP,
    pull_requests: [],
  };
}

export function checkRoutes(router: Router, s: GitHubState, base: () => string): void {
  const repoPath = `/repos/${s.owner}/${s.repo}`;
  router.route('POST', new RegExp(`^${repoPath}/check-runs$`), (req: StandinRequest) => {
    const denied = authorize(s, req, 'write');
    if (denied) return denied;
    const b = req.json<CheckRunBody>();
    const c: StoredCheckRun = {
      id: s.id(),
      name: String(b.name),
      headSha: String(b.head_sha),
      status: b.conclusion ? 'completed' : (b.status ?? 'queued'),
      conclusion: b.conclusion ?? null,
      output: b.output ?? {},
      detailsUrl: b.details_url,
      externalId: b.external_id,
    };
    s.checkRuns.push(c);
    return { status: 201, body: view(s, c, base()) };
  });
  router.route('PATCH', new RegExp(`^${repoPath}/check-runs/(\\d+)$`), (req) => {
    const denied = authorize(s, req, 'write');
    if (denied) return denied;
    const c = s.checkRuns.find((x) => x.id === Number(req.params[0]));
    if (!c) return { status: 404, body: { message: 'Not Found' } };
    const b = req.json<CheckRunBody>();
    if (b.name) c.name = b.name;
    if (b.conclusion) {
      c.conclusion = b.conclusion;
      c.status = 'completed';
    } else if (b.status) c.status = b.status;
    if (b.output) c.output = b.output;
    return { status: 200, body: view(s, c, base()) };
  });
  router.route('POST', new RegExp(`^${repoPath}/statuses/([0-9a-f]{40})$`), (req) => {
    const denied = authorize(s, req, 'write');
    if (denied) return denied;
    const b = req.json<{ state: string; context?: string; description?: string; target_url?: string }>();
    const st = {
      id: s.id(),
      sha: req.params[0],
      state: b.state,
      context: b.context ?? 'default',
      description: b.description ?? null,
      targetUrl: b.target_url ?? null,
    };
    s.statuses.push(st);
    return {
      status: 201,
      body: {
        url: `${base()}/repos/${s.owner}/${s.repo}/statuses/${st.sha}`,
        avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
        id: st.id,
        node_id: `SC_${st.id}`,
        state: st.state,
        description: st.description,
        target_url: st.targetUrl,
        context: st.context,
        created_at: FIXED_TIME,
        updated_at: FIXED_TIME,
        creator: BOT,
      },
    };
  });
}
