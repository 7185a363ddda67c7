/**
 * The dashboard on disk and as an artifact: the action's `dashboard` input and the CLI write the site
 * that `buildDashboard` returns into a folder; on GitHub the action also uploads that folder as the
 * artifact `benchgate-dashboard-<suite>` (`mode: report`: one site of every suite, see below) (through @actions/artifact, as the history's artifact store
 * does). Failures here are warnings: a dashboard never decides a verdict.
 */
import * as path from 'node:path';
import type { Warning } from '../analyze/types.js';
import type { Config } from '../config/index.js';
import type { RunContext } from '../github/context.js';
import { callToolkit, errorText, storeTimeoutMs } from '../history/toolkit.js';
import type { History } from '../model.js';
import { buildDashboard } from './index.js';
import { writeDashboard } from './folder.js';

export { writeDashboard };

export function dashboardArtifactName(suite: string): string {
  return `benchgate-dashboard-${suite}`;
}

/** The repository's web address from the run's context, for commit links. */
export function repoUrlOf(ctx: Pick<RunContext, 'serverUrl' | 'repository'>): string | undefined {
  return ctx.repository ? `${ctx.serverUrl}/${ctx.repository.owner}/${ctx.repository.repo}` : undefined;
}

export interface DashboardDeps {
  config: Config;
  ctx: RunContext;
  env: NodeJS.ProcessEnv;
  cwd: string;
  log: (message: string) => void;
}

async function upload(d: DashboardDeps, name: string, files: string[], dir: string): Promise<Warning[]> {
  if (!d.env.ACTIONS_RUNTIME_TOKEN || !d.env.ACTIONS_RESULTS_URL) {
    d.log(`benchgate: not on GitHub Actions, so the dashboard was not uploaded as ${name}`);
    return [];
  }
  const timeoutMs = storeTimeoutMs(d.env);
  // Loaded only by the runs that write a dashboard (and so never at startup).
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  const send = (): Promise<{ id?: number }> =>
    client.uploadArtifact(name, files, dir, { retentionDays: d.config.retentionDays });
  let call = await callToolkit(send, timeoutMs);
  // A re-run attempt finds its first attempt's artifact under the same name: replace it.
  if (!call.value && /already exists|\(409\)/i.test(call.error ?? '')) {
    await callToolkit(() => client.deleteArtifact(name), timeoutMs);
    call = await callToolkit(send, timeoutMs);
  }
  if (call.value?.id !== undefined) {
    d.log(`benchgate: dashboard uploaded as artifact ${name} (id ${call.value.id})`);
    return [];
  }
  const problem = call.timedOut
    ? `no answer within ${Math.round(timeoutMs / 1000)} s`
    : (call.error ?? call.problems[0] ?? 'unknown error');
  return [
    { kind: 'store', message: `The dashboard was not uploaded as ${name}: ${problem.split('\n')[0]}.` },
  ];
}

/** Write the site of `histories` into `dir` and upload it as `name`; failures are warnings. */
async function publish(
  d: DashboardDeps,
  dir: string,
  histories: History[],
  name: string,
): Promise<Warning[]> {
  try {
    const files = writeDashboard(dir, buildDashboard(histories, { repoUrl: repoUrlOf(d.ctx) }));
    const runs = histories.reduce((n, h) => n + h.runs.length, 0);
    const of = histories.length > 1 ? ` (${histories.length} suites)` : '';
    d.log(`benchgate: dashboard of ${runs} run(s)${of} written to ${dir}`);
    return await upload(d, name, files, dir);
  } catch (e) {
    return [{ kind: 'store', message: `The dashboard was not written to ${dir}: ${errorText(e)}.` }];
  }
}

/**
 * After a base-branch run saved its history: write the dashboard of that history (with the new run)
 * into the `dashboard` folder and upload it as `benchgate-dashboard-<suite>`.
 */
export async function publishDashboard(d: DashboardDeps, history: History): Promise<Warning[]> {
  if (!d.config.dashboard) return [];
  return publish(d, path.resolve(d.cwd, d.config.dashboard), [history], dashboardArtifactName(history.suite));
}

/**
 * `mode: report`: one site for every suite the report job saved, with the dashboard's suite filter, in
 * the `dashboard` folder, uploaded as `benchgate-dashboard-<key>` (the report job's `suite`). One site
 * means one `dashboard-url` serves every suite's links, since anchors include the suite.
 */
export async function publishCombinedDashboard(
  d: DashboardDeps,
  histories: History[],
  key: string,
): Promise<Warning[]> {
  if (!d.config.dashboard || histories.length === 0) return [];
  // The order artifacts were listed in is not the suites' order: sort by name, for the same site.
  const sorted = [...histories].sort((a, b) => (a.suite < b.suite ? -1 : a.suite > b.suite ? 1 : 0));
  return publish(d, path.resolve(d.cwd, d.config.dashboard), sorted, dashboardArtifactName(key));
}
