/** The state of the GitHub REST stand-in: one repository, tokens with permissions, and what was written. */
export type Permission = 'read' | 'write';

export interface StoredComment {
  id: number;
  issueNumber: number;
  body: string;
  user: { login: string };
  createdAt: string;
  updatedAt: string;
}

export interface StoredCheckRun {
  id: number;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  output: { title?: string; summary?: string; text?: string };
  detailsUrl?: string;
  externalId?: string;
}

export interface StoredStatus {
  id: number;
  sha: string;
  state: string;
  context: string;
  description: string | null;
  targetUrl: string | null;
}

export interface StoredIssue {
  id: number;
  /** Who opened it (benchgate's token unless a test seeds someone else's). */
  user?: { login: string };
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  createdAt: string;
  updatedAt: string;
}

/** A workflow run other runs may look at (workflow_run comment mode, artifact history). */
export interface StoredWorkflowRun {
  id: number;
  event: string;
  headBranch: string;
  headSha: string;
  /** "owner/repo" the head commit lives in: another repository for a fork's pull request. */
  headRepository: string;
  status: string;
  conclusion: string | null;
  /** PR numbers GitHub attaches to the run (empty for a fork's PR, as on github.com). */
  pullRequests: number[];
  workflowId: number;
  createdAt: string;
}

export interface StoredPull {
  number: number;
  state: 'open' | 'closed';
  headSha: string;
  headRef: string;
  headRepository: string;
  baseRef: string;
  baseSha: string;
}

export class GitHubState {
  readonly owner = 'octo-org';
  readonly repo = 'octo-repo';
  /** token → permission; an unknown token is 401. */
  readonly tokens = new Map<string, Permission>([
    ['ghs_write', 'write'],
    ['ghs_read', 'read'],
  ]);
  /** token → the login it acts as (what GraphQL's `viewer` answers, and the author of what it writes). */
  readonly logins = new Map<string, string>([
    ['ghs_write', 'github-actions[bot]'],
    ['ghs_read', 'github-actions[bot]'],
  ]);
  readonly comments: StoredComment[] = [];
  readonly checkRuns: StoredCheckRun[] = [];
  readonly statuses: StoredStatus[] = [];
  readonly issues: StoredIssue[] = [];
  readonly workflowRuns: StoredWorkflowRun[] = [];
  readonly pulls: StoredPull[] = [];
  /** Requests or answers that do not match GitHub's OpenAPI description (tests expect none). */
  readonly violations: { method: string; path: string; problems: string[] }[] = [];
  private nextId = 1000;

  /** The login of the token a request carries. */
  loginOf(authorization: string | undefined): string {
    const token = String(authorization ?? '').replace(/^(token|bearer)\s+/i, '');
    return this.logins.get(token) ?? 'github-actions[bot]';
  }

  id(): number {
    return this.nextId++;
  }

  /** A fixed clock: the stand-in's answers are deterministic. */
  now(): string {
    return '2026-11-21T12:00:00Z';
  }
}
