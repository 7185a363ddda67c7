/**
 * Everything the action shows outside the log: job summary, PR comment, annotations, check run (or
 * commit status) and the regression issue. The outside world fails soft: every failed call becomes a
 * warning, and none of them changes the verdict or the exit status.
 */
import type { Config } from '../config/index.js';
import type { SuiteVerdict } from '../analyze/types.js';
import type { ActionCore, RunContext, Warning } from '../model.js';
import { errorText } from '../errors.js';
import { formatPercent } from '../units.js';
import { headline, marker } from '../report/index.js';
import { code } from '../report/markdown.js';
import type { GitHubClient } from './client.js';
import { upsertComment } from './comment.js';
import { fitText, publishCheck, type Conclusion } from './check.js';
import { syncIssue } from './issue.js';

/** GitHub shows at most 10 annotations of each level per step; more would only be dropped. */
const MAX_ANNOTATIONS = 10;

export interface Rendered {
  comment: string;
  summary: string;
}

export interface PublishRequest {
  core: ActionCore;
  config: Config;
  ctx: RunContext;
  verdicts: SuiteVerdict[];
  /** Marker and check name key: the suite, or the report job's suite for a combined report. */
  key: string;
  rendered: Rendered;
  /** The pull request to comment on; by default this run's. */
  pull?: { number: number; headSha?: string };
  /** A push (or schedule) on the base branch: where issue-on-regression applies. */
  onBaseBranch: boolean;
  /** The verdict fails the step (fail-on). */
  failing: boolean;
  runUrl?: string;
  /** Makes the client (called only when a comment, check or issue is wanted and a token is set). */
  client: () => Promise<GitHubClient>;
}

export interface Published {
  commentUrl: string;
  checkUrl: string;
  issueUrl: string;
  warnings: Warning[];
}

function publishWarning(message: string): Warning {
  return { kind: 'publish', message };
}

export function annotate(core: ActionCore, verdicts: SuiteVerdict[]): void {
  const failing = verdicts.flatMap((v) => v.series.filter((s) => s.verdict === 'fail'));
  const warning = verdicts.flatMap((v) => v.series.filter((s) => s.verdict === 'warn'));
  const text = (s: SuiteVerdict['series'][number]): string =>
    `${s.name} (${s.metric}): ${s.change !== undefined && Number.isFinite(s.change) ? `${formatPercent(s.change)}, ` : ''}${s.reason}`;
  for (const s of failing.slice(0, MAX_ANNOTATIONS))
    core.error(text(s), { title: `benchgate: ${s.name} regressed` });
  for (const s of warning.slice(0, MAX_ANNOTATIONS))
    core.warning(text(s), { title: `benchgate: ${s.name} may have regressed` });
  const more = Math.max(0, failing.length - MAX_ANNOTATIONS) + Math.max(0, warning.length - MAX_ANNOTATIONS);
  if (more) core.info(`benchgate: ${more} more regressed series are in the job summary and the JSON report`);
}

function conclusionOf(verdicts: SuiteVerdict[], failing: boolean): Conclusion {
  if (failing) return 'failure';
  return verdicts.some((v) => v.verdict !== 'pass') ? 'neutral' : 'success';
}

export async function publish(p: PublishRequest): Promise<Published> {
  const { core, config, ctx } = p;
  const out: Published = { commentUrl: '', checkUrl: '', issueUrl: '', warnings: [] };

  // The summary needs no token and works on forks and first runs: always first.
  if (config.summary) {
    try {
      await core.summary.addRaw(p.rendered.summary, true).write();
    } catch (e) {
      out.warnings.push(publishWarning(`Job summary not written: ${errorText(e)}.`));
    }
  }

  annotate(core, p.verdicts);

  const repo = ctx.repository;
  const pullNumber = p.pull?.number ?? ctx.pullRequest?.number;
  const headSha = p.pull?.headSha ?? ctx.pullRequest?.headSha ?? ctx.sha;
  const wantsComment = pullNumber !== undefined && config.comment !== 'never';
  const wantsIssue = config.issueOnRegression && p.onBaseBranch;
  if (!repo || !(wantsComment || config.check || wantsIssue)) return out;
  if (!config.token) {
    out.warnings.push(
      publishWarning('No github-token: no PR comment, check or issue; the job summary has the report.'),
    );
    return out;
  }
  let gh: GitHubClient;
  try {
    gh = await p.client();
  } catch (e) {
    out.warnings.push(publishWarning(`GitHub client not created: ${errorText(e)}.`));
    return out;
  }

  if (wantsComment && pullNumber !== undefined) {
    const changed = p.verdicts.some((v) => v.counts.regressions + v.counts.improvements > 0);
    const r = await upsertComment(
      gh,
      { ...repo, issueNumber: pullNumber },
      marker(p.key),
      p.rendered.comment,
      {
        createIfAbsent: config.comment === 'always' || changed,
      },
    );
    if (r.kind === 'created' || r.kind === 'updated') {
      out.commentUrl = r.url;
      core.info(`benchgate: PR comment ${r.kind}: ${r.url}`);
    } else if (r.kind === 'skipped') core.info(`benchgate: ${r.reason}`);
    else out.warnings.push(publishWarning(`PR comment not posted: ${r.reason}.`));
  }

  if (config.check && headSha) {
    const r = await publishCheck(gh, {
      ...repo,
      headSha,
      name: `benchgate (${p.key})`,
      conclusion: conclusionOf(p.verdicts, p.failing),
      title: headline(p.verdicts),
      summary: p.rendered.comment,
      detailsUrl: p.runUrl,
    });
    if (r.kind === 'check') out.checkUrl = r.url;
    else if (r.kind === 'status') core.info(`benchgate: ${r.reason}`);
    else out.warnings.push(publishWarning(`Check not set: ${r.reason}.`));
  }

  if (wantsIssue) {
    const failing = p.verdicts.some((v) => v.verdict === 'fail');
    const base = ctx.branch ?? 'the base branch';
    const r = await syncIssue(gh, {
      ...repo,
      key: p.key,
      failing,
      title: `benchgate: ${p.key} regressed on ${base}`,
      body: fitText(
        [
          `Benchmarks of suite ${code(p.key, { table: false })} regressed on ${code(base, { table: false })} at ${code(ctx.sha, { table: false })}${p.runUrl ? ` ([run](${p.runUrl}))` : ''}. This issue is updated by later runs and closed when they pass.`,
          '',
          p.rendered.comment.replace(marker(p.key), '').trim(),
        ].join('\n'),
        // An issue body has the same 65,536-character limit as a comment; the marker goes in front.
        65000,
      ),
      sha: ctx.sha,
      runUrl: p.runUrl,
    });
    if (r.kind === 'created' || r.kind === 'updated' || r.kind === 'closed') {
      out.issueUrl = r.url;
      core.info(`benchgate: regression issue ${r.kind}: ${r.url}`);
    } else if (r.kind === 'failed') out.warnings.push(publishWarning(`${r.reason}.`));
  }
  return out;
}
