/**
 * A stateful GitHub REST stand-in on 127.0.0.1. Route groups live in their own files and register on
 * one router; tests read `state` and `router.log` to assert what the action did.
 */
import { Router, listen, type Listening } from '../http.js';
import { GitHubState } from './state.js';
import { commentRoutes } from './comments.js';

export interface GitHubStandin extends Listening {
  state: GitHubState;
  router: Router;
}

export async function startGitHub(): Promise<GitHubStandin> {
  const router = new Router();
  const state = new GitHubState();
  let base = '';
  commentRoutes(router, state, () => base);
  const l = await listen(router);
  base = l.url;
  return { ...l, state, router };
}
