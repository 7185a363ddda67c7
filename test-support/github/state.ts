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

export class GitHubState {
  readonly owner = 'octo-org';
  readonly repo = 'octo-repo';
  /** token → permission; an unknown token is 401. */
  readonly tokens = new Map<string, Permission>([
    ['ghs_write', 'write'],
    ['ghs_read', 'read'],
  ]);
  readonly comments: StoredComment[] = [];
  private nextId = 1000;

  id(): number {
    return this.nextId++;
  }

  /** A fixed clock: the stand-in's answers are deterministic. */
  now(): string {
    return '2026-11-21T12:00:00Z';
  }
}
