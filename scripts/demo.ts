/**
 * `npm run demo`: the action's main job, end to end, on this machine — the same scenario the README's
 * screenshots show (scripts/scenario.ts). Eight pushes to main record a noisy history in the Actions
 * cache through the real @actions/cache client; a pull request then slows one benchmark by 38%,
 * allocates more in another and speeds a third up. Prints the PR comment once, the parts of the job
 * summary the comment does not have, the verdict and outputs, and keeps the JSON report.
 */
import * as path from 'node:path';
import { ROOT } from '../test-support/action.js';
import { PR_NUMBER, runScenario } from './scenario.js';

const REPORT = path.join(ROOT, '.tmp', 'demo', 'report.json');

function section(title: string, body: string): void {
  const bar = '─'.repeat(Math.max(8, 78 - title.length));
  process.stdout.write(`\n── ${title} ${bar}\n${body.trimEnd()}\n`);
}

/** The summary's lines that the comment does not already show (charts, the full table). */
function summaryExtras(summary: string, comment: string): string {
  const inComment = new Set(comment.split('\n'));
  const extra = summary.split('\n').filter((l) => l.trim() !== '' && !inComment.has(l));
  return extra.join('\n');
}

async function main(): Promise<number> {
  const s = await runScenario(REPORT);
  section(
    `${s.pushes.length} pushes to main`,
    s.pushes
      .map(
        (p, i) =>
          `push #${i + 1} (${p.sha.slice(0, 7)}): exit ${p.result.exitCode}, verdict ${p.result.outputs.verdict}`,
      )
      .join('\n'),
  );
  section('Actions cache after the pushes (results stand-in)', s.cache.join('\n'));
  section(
    `pull request #${PR_NUMBER}: the PR comment (${s.comments.length} on the PR)`,
    s.comments.join('\n\n') || '(none)',
  );
  section(
    `pull request #${PR_NUMBER}: what the job summary adds to the comment`,
    summaryExtras(s.pr.summary, s.comments[0] ?? '') || '(nothing)',
  );
  section(
    `pull request #${PR_NUMBER}: verdict`,
    [
      `exit code: ${s.pr.exitCode}`,
      ...Object.entries(s.pr.outputs).map(([k, v]) => `output ${k}: ${v}`),
      ...s.pr.annotations.map((a) => `annotation ${a.level}: ${a.message}`),
      `cache entries written by the pull request: ${s.cacheWrittenByPr}`,
      `JSON report kept at ${path.relative(ROOT, REPORT)}${s.reportJson ? '' : ' (missing!)'}`,
    ].join('\n'),
  );
  const ok =
    s.pr.outputs.verdict === 'fail' &&
    s.pr.exitCode === 1 &&
    s.comments.length === 1 &&
    s.cacheWrittenByPr === 0 &&
    s.reportJson !== undefined;
  process.stdout.write(
    ok
      ? `\ndemonstrated: ${s.pushes.length} pushes built a cached history; the PR's 38% slowdown and extra allocation failed the check with one comment, a summary, annotations and a JSON report, and the PR wrote nothing to the cache.\n`
      : '\ndemo FAILED: the action did not behave as described above.\n',
  );
  return ok ? 0 : 1;
}

process.exitCode = await main();
