/**
 * The one GraphQL query benchgate sends: `viewer { login }`, who the token acts as. GraphQL is not part
 * of the REST OpenAPI description, so the inspector lets this one route through unchecked.
 */
import type { Router } from '../http.js';
import type { GitHubState } from './state.js';
import { authorize } from './auth.js';

export const GRAPHQL_PATH = '/graphql';

export function graphqlRoutes(router: Router, s: GitHubState): void {
  router.route('POST', new RegExp(`^${GRAPHQL_PATH}$`), (req) => {
    const denied = authorize(s, req, 'read');
    if (denied) return denied;
    const { query } = req.json<{ query?: unknown }>();
    if (typeof query !== 'string' || !/\bviewer\s*\{\s*login\s*\}/.test(query))
      return { status: 200, body: { errors: [{ message: 'the stand-in answers only viewer { login }' }] } };
    return { status: 200, body: { data: { viewer: { login: s.loginOf(req.headers.authorization) } } } };
  });
}
