/**
 * The environment A/B commands run with: the job's environment minus every credential benchgate can see.
 *
 * Removed (docs/ab-mode.md lists the same rule):
 * - every name matching /TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|PRIVATE|_KEY$|_AUTH$/i
 *   (GITHUB_TOKEN, GH_TOKEN, ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_TOKEN, AWS_SECRET_ACCESS_KEY, …);
 * - every ACTIONS_* variable (ACTIONS_RESULTS_URL, ACTIONS_CACHE_URL, ACTIONS_RUNTIME_URL,
 *   ACTIONS_ID_TOKEN_REQUEST_URL: they address services the runtime token opens);
 * - every INPUT_* variable (the action's own inputs, `github-token` among them);
 * - the runner's file commands (GITHUB_ENV, GITHUB_OUTPUT, GITHUB_STATE, GITHUB_PATH,
 *   GITHUB_STEP_SUMMARY), so benchmark code cannot set the action's outputs or later steps' environment;
 * - any variable whose value equals a removed credential's value (a token copied under another name).
 */
const CREDENTIAL_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|PRIVATE|_KEY$|_AUTH$/i;
const RUNNER_FILES = new Set([
  'GITHUB_ENV',
  'GITHUB_OUTPUT',
  'GITHUB_STATE',
  'GITHUB_PATH',
  'GITHUB_STEP_SUMMARY',
]);

export function isCredentialName(name: string): boolean {
  return (
    CREDENTIAL_NAME.test(name) ||
    /^ACTIONS_/i.test(name) ||
    /^INPUT_/i.test(name) ||
    RUNNER_FILES.has(name.toUpperCase())
  );
}

/** A copy of `env` without credentials; `removed` names what was taken out (names only, never values). */
export function scrubEnv(env: NodeJS.ProcessEnv): { env: Record<string, string>; removed: string[] } {
  const out: Record<string, string> = {};
  const removed: string[] = [];
  const secretValues = new Set<string>();
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) continue;
    if (isCredentialName(k)) {
      removed.push(k);
      if (v.length >= 8 && CREDENTIAL_NAME.test(k)) secretValues.add(v);
    } else out[k] = v;
  }
  for (const [k, v] of Object.entries(out))
    if (secretValues.has(v)) {
      delete out[k];
      removed.push(k);
    }
  return { env: out, removed: removed.sort() };
}
