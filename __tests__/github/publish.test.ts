/**
 * Every publisher in-process — src/github/comment.ts, check.ts (and the commit-status fallback),
 * issue.ts, the summary and the annotations of publish.ts — through run(deps) with the real Octokit
 * and @actions/core against the GitHub stand-in. The cases are in test-support/cases/publish.ts; the
 * same cases run on dist/ in __tests__/e2e/report-publish.test.ts.
 */
import { runInProcess } from '../../test-support/inprocess.js';
import { publishCases } from '../../test-support/cases/publish.js';

publishCases(runInProcess);
