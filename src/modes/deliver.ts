/**
 * The tail every comparing mode shares: render the report, write the JSON report, publish (summary,
 * comment, annotations, check, issue), record the run, then outputs and the exit status. Publishing
 * fails soft; the exit status follows the verdict and `fail-on` only.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Config } from '../config/index.js';
import { OUTPUTS } from '../config/inputs.js';
import type { SuiteVerdict } from '../analyze/types.js';
import { baseBranchOf, type RunContext, type Warning } from '../model.js';
import { errorText } from '../errors.js';
import {
  headline,
  renderDocument,
  renderJson,
  type ReportContext,
  type SuiteReport,
} from '../report/index.js';
import { publish } from '../github/publish.js';
import { failsStep, type Deps, type RunResult } from './shared.js';

export interface Delivery {
  /** Marker and check-name key. */
  key: string;
  suites: SuiteReport[];
  /** The pull request to comment on, when it is not this run's (comment mode). */
  pull?: { number: number; headSha?: string };
  onBaseBranch: boolean;
  /** Runs after publishing (recording the history); returns warnings. */
  afterPublish?: () => Promise<Warning[]>;
}

function worst(verdicts: SuiteVerdict[]): SuiteVerdict['verdict'] {
  const v = verdicts.map((x) => x.verdict);
  return v.includes('fail') ? 'fail' : v.includes('warn') ? 'warn' : 'pass';
}

export function runUrlOf(ctx: RunContext): string | undefined {
  if (!ctx.repository || !ctx.runId) return undefined;
  return `${ctx.serverUrl}/${ctx.repository.owner}/${ctx.repository.repo}/actions/runs/${ctx.runId}`;
}

function reportContext(ctx: RunContext, config: Config, key: string): ReportContext {
  const repoUrl = ctx.repository
    ? `${ctx.serverUrl}/${ctx.repository.owner}/${ctx.repository.repo}`
    : undefined;
  return {
    key,
    commitUrl: repoUrl ? (sha) => `${repoUrl}/commit/${sha}` : undefined,
    runUrl: runUrlOf(ctx),
    baseBranch: baseBranchOf(ctx, config.baseBranch),
    dashboardUrl: config.dashboardUrl,
  };
}

/** Upload the JSON reports as an artifact; only done when the summary had to leave rows out. */
async function uploadReports(deps: Deps, name: string, files: string[]): Promise<boolean> {
  if (!deps.env.ACTIONS_RUNTIME_TOKEN || !deps.env.ACTIONS_RESULTS_URL) return false;
  try {
    await deps.transfer().upload(name, files);
    return true;
  } catch (e) {
    deps.core.info(`benchgate: the JSON report was not uploaded as ${name}: ${errorText(e)}`);
    return false;
  }
}

export async function deliver(deps: Deps, config: Config, ctx: RunContext, d: Delivery): Promise<RunResult> {
  const { core, env } = deps;
  const verdicts = d.suites.map((s) => s.verdict);
  const rctx = reportContext(ctx, config, d.key);

  const reportDir = env.RUNNER_TEMP || os.tmpdir();
  const jsonFiles = verdicts.map((v) => {
    const file = path.join(reportDir, `benchgate-${v.suite}.json`);
    fs.writeFileSync(file, `${JSON.stringify(renderJson(v), null, 2)}\n`);
    return file;
  });

  const verdict = worst(verdicts);
  const failing = failsStep(verdict, config.failOn);
  // Outputs first: whatever publishing meets (a slow or unanswering API), later steps get the verdict.
  core.setOutput(OUTPUTS.verdict, verdict);
  core.setOutput(
    OUTPUTS.regressions,
    verdicts.reduce((n, v) => n + v.counts.regressions, 0),
  );
  core.setOutput(
    OUTPUTS.improvements,
    verdicts.reduce((n, v) => n + v.counts.improvements, 0),
  );
  core.setOutput(OUTPUTS.reportJson, jsonFiles.join('\n'));
  // A summary that had to leave rows out points to the JSON report, uploaded for that purpose.
  const artifact = `benchgate-report-${d.key}`;
  let summary = renderDocument(d.suites, 'summary', { ...rctx, artifact });
  let uploaded = false;
  if (summary.leftOut > 0) {
    uploaded = await uploadReports(deps, artifact, jsonFiles);
    if (!uploaded) summary = renderDocument(d.suites, 'summary', rctx);
  }
  const comment = renderDocument(d.suites, 'comment', {
    ...rctx,
    artifact: uploaded ? artifact : undefined,
  }).text;

  const published = await publish({
    core,
    config,
    ctx,
    verdicts,
    key: d.key,
    rendered: { comment, summary: summary.text },
    pull: d.pull,
    onBaseBranch: d.onBaseBranch,
    failing,
    runUrl: rctx.runUrl,
    client: () => deps.github({ token: config.token, apiUrl: ctx.apiUrl, log: (m) => core.info(m) }),
  });
  const recordWarnings = d.afterPublish ? await d.afterPublish() : [];
  const seen = new Set<string>();
  for (const w of [...verdicts.flatMap((v) => v.warnings), ...published.warnings, ...recordWarnings]) {
    const text = `benchgate: ${w.message}${w.hint ? ` ${w.hint}` : ''}`;
    if (seen.has(text)) continue;
    seen.add(text);
    core.warning(text);
  }

  core.setOutput(OUTPUTS.commentUrl, published.commentUrl);
  const line = headline(verdicts);
  core.info(line);

  if (failing) {
    core.setFailed(`${line} (fail-on: ${config.failOn})`);
    return { verdict: verdicts[0], verdicts, exitCode: 1 };
  }
  return { verdict: verdicts[0], verdicts, exitCode: 0 };
}
