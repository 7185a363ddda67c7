/**
 * Complete GitHub objects (users, repositories, apps) as the REST API returns them. The stand-in's answers
 * are validated against GitHub's OpenAPI schemas, which require every one of these fields; building them
 * in one place keeps the route files short.
 */
const API = 'https://api.github.com';
const WEB = 'https://github.com';
export const FIXED_TIME = '2026-11-21T12:00:00Z';

export type Json = Record<string, unknown>;

export function user(login: string, id = 41898282): Json {
  // GitHub percent-encodes the brackets of bot logins in URLs ("github-actions%5Bbot%5D").
  const path = encodeURIComponent(login);
  const u = `${API}/users/${path}`;
  return {
    login,
    id,
    node_id: `U_${id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: u,
    html_url: `${WEB}/${path}`,
    followers_url: `${u}/followers`,
    following_url: `${u}/following{/other_user}`,
    gists_url: `${u}/gists{/gist_id}`,
    starred_url: `${u}/starred{/owner}{/repo}`,
    subscriptions_url: `${u}/subscriptions`,
    organizations_url: `${u}/orgs`,
    repos_url: `${u}/repos`,
    events_url: `${u}/events{/privacy}`,
    received_events_url: `${u}/received_events`,
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
    site_admin: false,
  };
}

export const BOT = user('github-actions[bot]');

/** The fields `minimal-repository` requires. */
export function minimalRepository(fullName: string, id: number): Json {
  const [owner, name] = fullName.split('/');
  const r = `${API}/repos/${fullName}`;
  const urls: Record<string, string> = {};
  for (const [k, suffix] of Object.entries({
    archive_url: '/{archive_format}{/ref}',
    assignees_url: '/assignees{/user}',
    blobs_url: '/git/blobs{/sha}',
    branches_url: '/branches{/branch}',
    collaborators_url: '/collaborators{/collaborator}',
    comments_url: '/comments{/number}',
    commits_url: '/commits{/sha}',
    compare_url: '/compare/{base}...{head}',
    contents_url: '/contents/{+path}',
    contributors_url: '/contributors',
    deployments_url: '/deployments',
    downloads_url: '/downloads',
    events_url: '/events',
    forks_url: '/forks',
    git_commits_url: '/git/commits{/sha}',
    git_refs_url: '/git/refs{/sha}',
    git_tags_url: '/git/tags{/sha}',
    hooks_url: '/hooks',
    issue_comment_url: '/issues/comments{/number}',
    issue_events_url: '/issues/events{/number}',
    issues_url: '/issues{/number}',
    keys_url: '/keys{/key_id}',
    labels_url: '/labels{/name}',
    languages_url: '/languages',
    merges_url: '/merges',
    milestones_url: '/milestones{/number}',
    notifications_url: '/notifications{?since,all,participating}',
    pulls_url: '/pulls{/number}',
    releases_url: '/releases{/id}',
    stargazers_url: '/stargazers',
    statuses_url: '/statuses/{sha}',
    subscribers_url: '/subscribers',
    subscription_url: '/subscription',
    tags_url: '/tags',
    teams_url: '/teams',
    trees_url: '/git/trees{/sha}',
  }))
    urls[k] = `${r}${suffix}`;
  return {
    id,
    node_id: `R_${id}`,
    name,
    full_name: fullName,
    owner: user(owner, 1000 + id),
    private: false,
    html_url: `${WEB}/${fullName}`,
    description: null,
    fork: id !== 1,
    url: r,
    ...urls,
  };
}

/** The fields the full `repository` schema requires (pull requests' head and base carry one). */
export function repository(fullName: string, id: number): Json {
  return {
    ...minimalRepository(fullName, id),
    clone_url: `${WEB}/${fullName}.git`,
    git_url: `git://github.com/${fullName}.git`,
    ssh_url: `git@github.com:${fullName}.git`,
    svn_url: `${WEB}/${fullName}`,
    mirror_url: null,
    homepage: null,
    language: 'Go',
    default_branch: 'main',
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    open_issues: 0,
    open_issues_count: 0,
    size: 100,
    has_downloads: true,
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    archived: false,
    disabled: false,
    license: null,
    pushed_at: FIXED_TIME,
    created_at: FIXED_TIME,
    updated_at: FIXED_TIME,
  };
}

/** The GitHub Actions app, as check runs report it. */
export const ACTIONS_APP: Json = {
  id: 15368,
  slug: 'github-actions',
  node_id: 'MDM6QXBwMTUzNjg=',
  client_id: 'Iv1.05c79e9ad1f6bdfa',
  owner: user('github', 9919),
  name: 'GitHub Actions',
  description: 'Automate your workflow from idea to production',
  external_url: 'https://help.github.com/en/actions',
  html_url: 'https://github.com/apps/github-actions',
  created_at: '2018-07-30T09:30:17Z',
  updated_at: '2024-04-10T20:33:16Z',
  permissions: {
    checks: 'write',
    issues: 'write',
    metadata: 'read',
    pull_requests: 'write',
    statuses: 'write',
  },
  events: ['check_run', 'pull_request', 'push'],
};
