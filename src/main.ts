/**
 * The action: wires the stages in order and maps the verdict to outputs and the exit status. The only
 * module that knows the order; the one top-level catch. Every I/O dependency comes in through `deps`.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Run, RunnerFingerprint, Series } from './model.js';
import { errorMessage } from './errors.js';
import { analysisSettings, applyOverrides, loadConfig, ruleFor, type Config } from './config/index.js';
import { INPUTS, OUTPUTS, type InputName } from './config/inputs.js';
import { readOutputs } from './results.js';
import { analyze, type SuiteVerdict, type Warning } from './analyze/index.js';
import { renderJson, renderMarkdown, headline } from './report/index.js';
import { readContext, baseBranchOf, type RunContext } from './github/context.js';
import { publish } from './github/publish.js';
import { loadBaseline, openStore, recordRun } from './history/index.js';

/** The subset of @actions/core the action uses, so tests and the CLI can pass their own. */
export interface ActionCore {
  getInput(name: string): string;
  setOutput(name: string, value: string | number): void;
  setFailed(message: string): void;
  info(message: string): void;
  warning(message: string, props?: { title?: string }): void;
  error(message: string, props?: { title?: string }): void;
  setSecret(secret: string): void;
  summary: { addRaw(text: string, addEOL?: boolean): { write(): Promise<unknown> } };
}

export interface Deps {
  core: ActionCore;
  env: NodeJS.ProcessEnv;
  cwd: string;
  now: () => Date;
}

export interface RunResult {
  verdict?: SuiteVerdict;
  exitCode: 0 | 1;
}

export function runnerFingerprint(): RunnerFingerprint {
  const cpus = os.cpus();
  return {
    os: os.platform(),
    arch: os.arch(),
    cpu: cpus[0]?.model?.trim() || undefined,
    cores: cpus.length || undefined,
  };
}

function readFileOrUndefined(cwd: string): (p: string) => string | undefined {
  return (p) => {
    try {
      return fs.readFileSync(path.resolve(cwd, p), 'utf8');
    } catch {
      return undefined;
    }
  };
}

function toRun(
  config: Config,
  ctx: RunContext,
  series: Series[],
  tool: string,
  now: Date,
  commit = ctx.sha,
): Run {
  return {
    suite: config.suite,
    tool,
    commit,
    ref: ctx.ref,
    runId: ctx.runId,
    timestamp: now.toISOString(),
    runner: runnerFingerprint(),
    series,
  };
}

/** Does this verdict fail the step under `fail-on`? */
export function failsStep(verdict: SuiteVerdict['verdict'], failOn: Config['failOn']): boolean {
  if (failOn === 'never') return false;
  if (failOn === 'warn') return verdict !== 'pass';
  return verdict === 'fail';
}

export async function run(deps: Deps): Promise<RunResult> {
  const { core, env, cwd } = deps;
  try {
    const input = (n: InputName): string => core.getInput(n);
    const token = input(INPUTS.githubToken);
    if (token) core.setSecret(token);
    const config = loadConfig({ input, readFile: readFileOrUndefined(cwd) });
    const ctx = readContext(env);
    const baseBranch = baseBranchOf(ctx, config.baseBranch);
    const warnings: Warning[] = [];

    const parsed = readOutputs(config.outputFiles, config.format, cwd);
    core.info(
      `benchgate: read ${parsed.series.length} series (${parsed.format}) from ${parsed.files.join(', ')}`,
    );
    const current = toRun(
      config,
      ctx,
      applyOverrides(config.analysis, parsed.series),
      parsed.format,
      deps.now(),
    );

    const storeEnv = { config, ctx, env, baseBranch, log: (m: string) => core.info(m) };
    const store = openStore(storeEnv);
    let baselineRun: Run | undefined;
    if (config.baselineOutput.length > 0) {
      const base = readOutputs(config.baselineOutput, config.format, cwd);
      baselineRun = toRun(
        config,
        ctx,
        applyOverrides(config.analysis, base.series),
        base.format,
        deps.now(),
        ctx.pullRequest?.baseSha ?? 'base',
      );
    }
    const { history, warnings: loadWarnings } = await loadBaseline(store, storeEnv);
    warnings.push(...loadWarnings);

    const verdict = analyze({
      suite: config.suite,
      current,
      baselineRun,
      history,
      ruleFor: (s) =>
        ruleFor(config.analysis, {
          ...s,
          unit: current.series.find((x) => x.name === s.name && x.metric === s.metric)?.unit ?? '',
        }),
      settings: analysisSettings(config),
      seed: `${config.suite}:${baselineRun?.commit ?? history?.runs.at(-1)?.commit ?? ''}:${current.commit}`,
      severity: config.analysis.severity,
    });
    verdict.warnings.push(...warnings);

    const repoUrl = ctx.repository
      ? `${ctx.serverUrl}/${ctx.repository.owner}/${ctx.repository.repo}`
      : undefined;
    const markdown = renderMarkdown(verdict, {
      commitUrl: repoUrl ? (sha) => `${repoUrl}/commit/${sha}` : undefined,
    });
    const reportDir = env.RUNNER_TEMP || os.tmpdir();
    const reportPath = path.join(reportDir, `benchgate-${config.suite}.json`);
    fs.writeFileSync(reportPath, `${JSON.stringify(renderJson(verdict), null, 2)}\n`);

    const published = await publish(core, config, ctx, verdict, { comment: markdown, summary: markdown });
    const recordWarnings = await recordRun(store, storeEnv, history, current);
    for (const w of [...verdict.warnings, ...published.warnings, ...recordWarnings])
      core.warning(`benchgate: ${w.message}${w.hint ? ` ${w.hint}` : ''}`);
    const commentUrl = published.commentUrl;

    core.setOutput(OUTPUTS.verdict, verdict.verdict);
    core.setOutput(OUTPUTS.regressions, verdict.counts.regressions);
    core.setOutput(OUTPUTS.improvements, verdict.counts.improvements);
    core.setOutput(OUTPUTS.reportJson, reportPath);
    core.setOutput(OUTPUTS.commentUrl, commentUrl);
    core.info(headline(verdict));

    if (failsStep(verdict.verdict, config.failOn)) {
      core.setFailed(`${headline(verdict)} (fail-on: ${config.failOn})`);
      return { verdict, exitCode: 1 };
    }
    return { verdict, exitCode: 0 };
  } catch (e) {
    core.setFailed(errorMessage(e));
    return { exitCode: 1 };
  }
}
