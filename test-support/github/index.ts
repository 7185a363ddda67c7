/**
 * A stateful GitHub REST stand-in on 127.0.0.1. Route groups live in their own files and register on
 * one router; tests read `state` and `router.log` to assert what the action did.
 *
 * Every request is checked against the committed subset of GitHub's OpenAPI description
 * (openapi-subset.json): an invalid one is answered 422 as GitHub would, and recorded in
 * `state.violations`, as is any answer of the stand-in itself that does not match the description.
 * Tests assert that `state.violations` stays empty.
 */
import { Router, listen, type Listening } from '../http.js';
import { GitHubState } from './state.js';
import { commentRoutes } from './comments.js';
import { checkRoutes } from './checks.js';
import { issueRoutes } from './issues.js';
import { runRoutes } from './runs.js';
import { artifactRoutes, type ArtifactSource } from './artifacts.js';
import { OpenApiValidator } from './openapi.js';
import { GRAPHQL_PATH, graphqlRoutes } from './graphql.js';

export interface GitHubStandin extends Listening {
  state: GitHubState;
  router: Router;
  /** Serve the artifact routes from this source (the results stand-in's `state`). */
  useArtifacts(source: ArtifactSource): void;
}

export interface GitHubOptions {
  /** Where the artifact routes find artifacts: the results stand-in's `state` (test-support/results). */
  artifacts?: ArtifactSource;
}

let shared: OpenApiValidator | undefined;

/** One validator per process: compiling GitHub's schemas is the slow part. */
export function validator(): OpenApiValidator {
  shared ??= new OpenApiValidator();
  return shared;
}

export async function startGitHub(opts: GitHubOptions = {}): Promise<GitHubStandin> {
  const router = new Router();
  const state = new GitHubState();
  let base = '';
  commentRoutes(router, state, () => base);
  checkRoutes(router, state, () => base);
  graphqlRoutes(router, state);
  issueRoutes(router, state, () => base);
  let artifacts = opts.artifacts;
  runRoutes(
    router,
    state,
    () => base,
    () => artifacts,
  );
  artifactRoutes(
    router,
    state,
    () => base,
    () => artifacts,
  );
  const v = validator();
  router.inspector = {
    request(req) {
      if (req.url.pathname === GRAPHQL_PATH) return undefined;
      const problems = v.validateRequest(
        req.method,
        req.url,
        req.body,
        String(req.headers['content-type'] ?? ''),
      );
      if (problems.length === 0) return undefined;
      state.violations.push({ method: req.method, path: req.url.pathname + req.url.search, problems });
      return {
        status: 422,
        body: {
          message: 'Invalid request.',
          errors: problems,
          documentation_url: 'https://docs.github.com/rest',
        },
      };
    },
    response(req, res) {
      const problems = v.validateResponse(req.method, req.url, res.status, res.body);
      if (problems.length)
        state.violations.push({
          method: req.method,
          path: `${req.url.pathname} (answer)`,
          problems,
        });
    },
  };
  const l = await listen(router);
  base = l.url;
  return { ...l, state, router, useArtifacts: (src) => (artifacts = src) };
}
