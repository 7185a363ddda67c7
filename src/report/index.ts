/**
 * Verdicts → what users read: the PR comment, the job summary and the JSON report. Pure and
 * deterministic: the same verdict renders to the same bytes.
 */
import type { SuiteVerdict } from '../analyze/types.js';
import { renderComment, type ReportContext, type SuiteReport } from './render.js';

export {
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  countsText,
  headline,
  marker,
  measure,
  renderComment,
  renderDocument,
  renderSummary,
  utf8Length,
  type DocumentKind,
  type Rendered,
  type ReportContext,
  type SuiteReport,
} from './render.js';
export { renderJson, type JsonReport, type JsonSeries } from './json.js';
export { REPORT_SCHEMA } from './schema.js';

/** The comment's Markdown (what the CLI prints). */
export function renderMarkdown(
  v: SuiteVerdict | SuiteReport | SuiteReport[],
  ctx: ReportContext = {},
): string {
  return renderComment(v, ctx);
}
