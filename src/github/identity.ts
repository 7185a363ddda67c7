/**
 * Who the token acts as, so that benchgate edits only what it wrote itself. A participant can post a
 * comment (or open an issue) that carries benchgate's marker; matching by marker alone would make
 * benchgate edit theirs (refused with the GITHUB_TOKEN, so no report is ever posted; or, with a token
 * that may edit others' comments, the report lands where they can rewrite it).
 *
 * GraphQL's `viewer { login }` answers for every kind of token: a personal access token or user token
 * (the user), an app installation token (the app's bot, `<slug>[bot]`), the GITHUB_TOKEN (the
 * `github-actions` app's bot). REST `GET /user` refuses installation tokens (403 "Resource not
 * accessible by integration") and `GET /app` needs the app's JWT, so neither is used. When the query
 * fails, the GITHUB_TOKEN's author `github-actions[bot]` is assumed: at worst a new comment is posted
 * where an old one of another identity exists; never someone else's is edited.
 */
import type { GitHubClient } from './client.js';

/** The author of everything the GITHUB_TOKEN writes. */
export const ACTIONS_BOT = 'github-actions[bot]';

const known = new WeakMap<GitHubClient, Promise<string>>();

/** The login the client's token acts as (asked once per client). */
export function tokenLogin(gh: GitHubClient): Promise<string> {
  let login = known.get(gh);
  if (!login) {
    login = gh
      .graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }')
      .then((r) => (typeof r.viewer?.login === 'string' && r.viewer.login ? r.viewer.login : ACTIONS_BOT))
      .catch(() => ACTIONS_BOT);
    known.set(gh, login);
  }
  return login;
}

/** Was this written by `login`? A bot's login may come back from GraphQL with or without "[bot]". */
export function authoredBy(
  user: { login?: string | null; type?: string | null } | null | undefined,
  login: string,
): boolean {
  if (!user?.login) return false;
  if (user.login === login) return true;
  return user.type === 'Bot' && user.login === `${login.replace(/\[bot\]$/, '')}[bot]`;
}
