/**
 * Everything the action shows outside the log: job summary, PR comment, annotations. The outside world
 * fails soft: a refused comment is a warning, and never changes the verdict.
 */
import type { Config } from '../config/index.js';
import type { SuiteVerdict, Warning } from '../analyze/types.js';
import { marker } from '../report/index.js';
import type { RunContext } from './context.js';
import { createClient } from './client.js';
import { upsertComment } from './comment.js';
import type { ActionCore } from '../main.js';

export interface Rendered {
  comment: string;
  summary: string;
}

export interface Published {
  commentUrl: string;
  warnings: Warning[];
}

export async function publish(
  core: ActionCore,
  config: Config,
  ctx: RunContext,
  verdict: SuiteVerdict,
  rendered: Rendered,
): Promise<Published> {
  const warnings: Warning[] = [];
  if (config.summary) {
    try {
      await core.summary.addRaw(rendered.summary, true).write();
    } catch (e) {
      warnings.push({ kind: 'publish', message: `Job summary not written: ${(e as Error).message}.` });
    }
  }

  let commentUrl = '';
  if (ctx.pullRequest && ctx.repository && config.comment !== 'never') {
    if (!config.token)
      warnings.push({
        kind: 'publish',
        message: 'No github-token, so no PR comment; the job summary has the report.',
      });
    else {
      const gh = createClient({ token: config.token, apiUrl: ctx.apiUrl, log: (m) => core.info(m) });
      const changed = verdict.counts.regressions + verdict.counts.improvements > 0;
      const r = await upsertComment(
        gh,
        { ...ctx.repository, issueNumber: ctx.pullRequest.number },
        marker(config.suite),
        rendered.comment,
        {
          createIfAbsent: config.comment === 'always' || changed,
        },
      );
      if (r.kind === 'created' || r.kind === 'updated') commentUrl = r.url;
      else if (r.kind === 'skipped') core.info(`benchgate: ${r.reason}`);
      else warnings.push({ kind: 'publish', message: `PR comment not posted: ${r.reason}.` });
    }
  }

  for (const s of verdict.series) {
    if (s.verdict === 'fail')
      core.error(`${s.name} (${s.metric}): ${s.reason}`, { title: `benchgate: ${s.name} regressed` });
    else if (s.verdict === 'warn')
      core.warning(`${s.name} (${s.metric}): ${s.reason}`, {
        title: `benchgate: ${s.name} may have regressed`,
      });
  }
  return { commentUrl, warnings };
}
