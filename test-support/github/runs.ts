/**
 * Workflow runs and pull requests, as the `workflow_run` comment mode checks them: the triggering run's
 * head commit and repository come from here (trusted), never from the artifact it uploaded.
 */
import type { Router, StandinRequest } from '../http.js';
import type { GitHubState, StoredPull, StoredWorkflowRun } from './state.js';
import { authorize } from './auth.js';
import { FIXED_TIME, minimalRepository, repository, user } from './fakes.js';
import { paginate } from './paging.js';
import type { ArtifactSource, SourceArtifact } from './artifacts.js';

/** Repository ids: 1 for the base repository, 2 and up for forks (stable per name). */
function repoId(s: GitHubState, fullName: string): number {
  if (fullName === `${s.owner}/${s.repo}`) return 1;
  let h = 0;
  for (const ch of fullName) h = (h * 31 + ch.charCodeAt(0)) % 100000;
  return 2 + h;
}

export function workflowRunView(s: GitHubState, r: StoredWorkflowRun, base: string): Record<string, unknown> {
  const repoFull = `${s.owner}/${s.repo}`;
  const api = `${base}/repos/${repoFull}/actions/runs/${r.id}`;
  const prs = r.pullRequests
    .map((n) => s.pulls.find((p) => p.number === n))
    .filter((p): p is StoredPull => p !== undefined)
    .map((p) => ({
      id: 9000 + p.number,
      number: p.number,
      url: `${base}/repos/${repoFull}/pulls/${p.number}`,
      head: {
        ref: p.headRef,
        sha: p.headSha,
        repo: { id: repoId(s, p.headRepository), url: '', name: p.headRepository.split('/')[1] },
      },
      base: { ref: p.baseRef, sha: p.baseSha, repo: { id: 1, url: '', name: s.repo } },
    }));
  return {
    id: r.id,
    name: 'bench',
    node_id: `WFR_${r.id}`,
    check_suite_id: 5000 + r.id,
    check_suite_node_id: `CS_${r.id}`,
    head_branch: r.headBranch,
    head_sha: r.headSha,
    path: '.github/workflows/bench.yml',
    run_number: r.id,
    run_attempt: 1,
    event: r.event,
    status: r.status,
    conclusion: r.conclusion,
    workflow_id: r.workflowId,
    url: api,
    html_url: `https://github.com/${repoFull}/actions/runs/${r.id}`,
    pull_requests: prs,
    created_at: r.createdAt,
    updated_at: r.createdAt,
    actor: user('octocat', 583231),
    triggering_actor: user('octocat', 583231),
    run_started_at: r.createdAt,
    jobs_url: `${api}/jobs`,
    logs_url: `${api}/logs`,
    check_suite_url: `${base}/repos/${repoFull}/check-suites/${5000 + r.id}`,
    artifacts_url: `${api}/artifacts`,
    cancel_url: `${api}/cancel`,
    rerun_url: `${api}/rerun`,
    previous_attempt_url: null,
    workflow_url: `${base}/repos/${repoFull}/actions/workflows/${r.workflowId}`,
    head_commit: {
      id: r.headSha,
      tree_id: r.headSha,
      message: 'benchmark change',
      timestamp: FIXED_TIME,
      author: { name: 'Octo Cat', email: 'octocat@example.com' },
      committer: { name: 'Octo Cat', email: 'octocat@example.com' },
    },
    repository: minimalRepository(repoFull, 1),
    head_repository: minimalRepository(r.headRepository, repoId(s, r.headRepository)),
    head_repository_id: repoId(s, r.headRepository),
    display_title: 'benchmark change',
  };
}

function pullView(s: GitHubState, p: StoredPull, base: string): Record<string, unknown> {
  const repoFull = `${s.owner}/${s.repo}`;
  const url = `${base}/repos/${repoFull}/pulls/${p.number}`;
  const web = `https://github.com/${repoFull}/pull/${p.number}`;
  const issue = `${base}/repos/${repoFull}/issues/${p.number}`;
  const headOwner = p.headRepository.split('/')[0];
  return {
    url,
    id: 9000 + p.number,
    node_id: `PR_${p.number}`,
    html_url: web,
    diff_url: `${web}.diff`,
    patch_url: `${web}.patch`,
    issue_url: issue,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${base}/repos/${repoFull}/pulls/comments{/number}`,
    comments_url: `${issue}/comments`,
    statuses_url: `${base}/repos/${repoFull}/statuses/${p.headSha}`,
    number: p.number,
    state: p.state,
    locked: false,
    title: 'benchmark change',
    user: user(headOwner, 583231),
    body: null,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: FIXED_TIME,
    updated_at: FIXED_TIME,
    closed_at: null,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: {
      label: `${headOwner}:${p.headRef}`,
      ref: p.headRef,
      sha: p.headSha,
      user: user(headOwner, 583231),
      repo: repository(p.headRepository, repoId(s, p.headRepository)),
    },
    base: {
      label: `${s.owner}:${p.baseRef}`,
      ref: p.baseRef,
      sha: p.baseSha,
      user: user(s.owner, 1001),
      repo: repository(repoFull, 1),
    },
    _links: {
      self: { href: url },
      html: { href: web },
      issue: { href: issue },
      comments: { href: `${issue}/comments` },
      review_comments: { href: `${url}/comments` },
      review_comment: { href: `${base}/repos/${repoFull}/pulls/comments{/number}` },
      commits: { href: `${url}/commits` },
      statuses: { href: `${base}/repos/${repoFull}/statuses/${p.headSha}` },
    },
    author_association: 'CONTRIBUTOR',
    auto_merge: null,
    draft: false,
    merged: false,
    mergeable: true,
    rebaseable: true,
    mergeable_state: 'clean',
    merged_by: null,
    comments: s.comments.filter((c) => c.issueNumber === p.number).length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 1,
    deletions: 1,
    changed_files: 1,
  };
}

function filterRuns(req: StandinRequest, runs: StoredWorkflowRun[]): StoredWorkflowRun[] {
  const q = req.url.searchParams;
  return runs
    .filter((r) => !q.get('branch') || r.headBranch === q.get('branch'))
    .filter((r) => !q.get('event') || r.event === q.get('event'))
    .filter((r) => !q.get('head_sha') || r.headSha === q.get('head_sha'))
    .filter((r) => !q.get('status') || r.status === q.get('status') || r.conclusion === q.get('status'))
    .sort((a, b) => b.id - a.id);
}

/** A run known only from the artifacts it uploaded (the results stand-in's runs), as a stored run. */
function runOfArtifact(s: GitHubState, a: SourceArtifact): StoredWorkflowRun {
  return {
    id: a.run.id,
    event: a.run.event ?? 'push',
    headBranch: a.run.headBranch,
    headSha: a.run.headSha,
    headRepository:
      a.run.headRepositoryId === a.run.repositoryId ? `${s.owner}/${s.repo}` : `someone/${s.repo}`,
    status: 'completed',
    conclusion: 'success',
    pullRequests: [],
    workflowId: 1,
    createdAt: FIXED_TIME,
  };
}

export function runRoutes(
  router: Router,
  s: GitHubState,
  base: () => string,
  artifacts: () => ArtifactSource | undefined = () => undefined,
): void {
  const repoPath = `/repos/${s.owner}/${s.repo}`;
  const list = (req: StandinRequest, runs: StoredWorkflowRun[]) =>
    paginate(
      req,
      filterRuns(req, runs),
      base(),
      (r) => workflowRunView(s, r, base()),
      (page, total) => ({ total_count: total, workflow_runs: page }),
    );
  router.route('GET', new RegExp(`^${repoPath}/actions/runs/(\\d+)$`), (req) => {
    const denied = authorize(s, req, 'read');
    if (denied) return denied;
    const id = Number(req.params[0]);
    const uploaded = artifacts()
      ?.liveArtifacts()
      .find((a) => a.run.id === id);
    const r = s.workflowRuns.find((x) => x.id === id) ?? (uploaded ? runOfArtifact(s, uploaded) : undefined);
    if (!r) return { status: 404, body: { message: 'Not Found' } };
    return { status: 200, body: workflowRunView(s, r, base()) };
  });
  router.route('GET', new RegExp(`^${repoPath}/actions/runs$`), (req) => {
    const denied = authorize(s, req, 'read');
    return denied ?? list(req, s.workflowRuns);
  });
  router.route('GET', new RegExp(`^${repoPath}/actions/workflows/([^/]+)/runs$`), (req) => {
    const denied = authorize(s, req, 'read');
    if (denied) return denied;
    const id = req.params[0];
    return list(
      req,
      s.workflowRuns.filter((r) => String(r.workflowId) === id || id.endsWith('.yml')),
    );
  });
  router.route('GET', new RegExp(`^${repoPath}/pulls/(\\d+)$`), (req) => {
    const denied = authorize(s, req, 'read');
    if (denied) return denied;
    const p = s.pulls.find((x) => x.number === Number(req.params[0]));
    if (!p) return { status: 404, body: { message: 'Not Found' } };
    return { status: 200, body: pullView(s, p, base()) };
  });
  router.route('GET', new RegExp(`^${repoPath}/commits/([0-9a-f]{40})/pulls$`), (req) => {
    const denied = authorize(s, req, 'read');
    if (denied) return denied;
    return paginate(
      req,
      s.pulls.filter((p) => p.headSha === req.params[0]),
      base(),
      (p) => pullView(s, p, base()),
    );
  });
}
