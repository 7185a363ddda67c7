/**
 * `mode: collect`: parse the results and upload them, with what a later job needs to compare them (the
 * PR, the commits, the suite, the comparison inputs), as the artifact `benchgate-results-<suite>`. Used
 * by each job of a matrix (a `report` job merges them) and by a fork's PR workflow (a `workflow_run`
 * workflow with `mode: comment` reads them). No comparison, no token needed.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Config } from '../config/index.js';
import { INPUTS, OUTPUTS, type InputName } from '../config/inputs.js';
import type { RunContext } from '../model.js';
import { errorText } from '../errors.js';
import { parseRuns, type Deps, type RunResult } from './shared.js';
import { artifactName, PAYLOAD_FILE, type Collected, type CollectedInputs } from './payload.js';

/** Collected results are read within hours; a week is plenty unless `retention-days` says otherwise. */
const DEFAULT_RETENTION_DAYS = 7;

function collectedInputs(input: (n: InputName) => string): CollectedInputs {
  const out: CollectedInputs = {};
  const set = (key: keyof CollectedInputs, name: InputName): void => {
    const v = input(name).trim();
    if (v) out[key] = v.slice(0, 200);
  };
  set('warnThreshold', INPUTS.warnThreshold);
  set('failThreshold', INPUTS.failThreshold);
  set('failOn', INPUTS.failOn);
  set('baseBranch', INPUTS.baseBranch);
  set('config', INPUTS.config);
  return out;
}

export async function runCollect(
  deps: Deps,
  config: Config,
  ctx: RunContext,
  input: (n: InputName) => string,
): Promise<RunResult> {
  const { core } = deps;
  const { current, baselineRun } = parseRuns(deps, config, ctx);
  const pr = ctx.pullRequest;
  const payload: Collected = {
    benchgateCollected: 1,
    suite: config.suite,
    ...(ctx.repository ? { repository: `${ctx.repository.owner}/${ctx.repository.repo}` } : {}),
    event: ctx.eventName,
    sha: ctx.sha,
    ref: ctx.ref,
    ...(ctx.runId ? { runId: ctx.runId } : {}),
    ...(pr
      ? {
          pullRequest: {
            number: pr.number,
            baseRef: pr.baseRef,
            fork: pr.fork,
            ...(pr.headSha ? { headSha: pr.headSha } : {}),
            ...(pr.baseSha ? { baseSha: pr.baseSha } : {}),
          },
        }
      : {}),
    inputs: collectedInputs(input),
    current,
    ...(baselineRun ? { baseline: baselineRun } : {}),
  };
  const dir = fs.mkdtempSync(path.join(deps.env.RUNNER_TEMP || os.tmpdir(), `benchgate-collect-`));
  const file = path.join(dir, PAYLOAD_FILE);
  fs.writeFileSync(file, JSON.stringify(payload));
  const name = artifactName(config.suite);
  // Without the upload nothing downstream can report: this is the one failure collect does not soften.
  await deps.transfer().upload(name, [file], config.retentionDays ?? DEFAULT_RETENTION_DAYS);
  const line = `benchgate ▸ collected ${current.series.length} series of suite \`${config.suite}\` as artifact \`${name}\`${pr ? ` for pull request #${pr.number}` : ''}; a \`report\` job or a \`workflow_run\` workflow with \`mode: comment\` compares them.`;
  core.info(line.replace(/`/g, ''));
  if (config.summary) {
    try {
      await core.summary.addRaw(`${line}\n`, true).write();
    } catch (e) {
      core.warning(`benchgate: Job summary not written: ${errorText(e)}.`);
    }
  }
  core.setOutput(OUTPUTS.verdict, '');
  core.setOutput(OUTPUTS.regressions, 0);
  core.setOutput(OUTPUTS.improvements, 0);
  core.setOutput(OUTPUTS.reportJson, '');
  core.setOutput(OUTPUTS.commentUrl, '');
  return { exitCode: 0 };
}
