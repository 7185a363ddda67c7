/**
 * The PR comment's links to the dashboard (`dashboard-url`): one per regressed series, to its chart's
 * anchor. Pure; names go through the report's one escaping function.
 */
import type { SuiteVerdict } from '../analyze/types.js';
import { code } from '../report/markdown.js';
import { seriesAnchor } from './anchor.js';
import { dashboardBase } from '../config/values.js';

export { dashboardBase };

/** How many series get their own link; the rest are counted. */
const MAX_LINKS = 10;

/** The link to one series' chart. */
export function chartUrl(base: string, suite: string, name: string, metric: string): string {
  return `${base}#${seriesAnchor(suite, name, metric)}`;
}

/**
 * "dashboard: [`Sort/1000` · time](…#s-…), …" for the series that regressed (warn or fail), or a link to
 * the dashboard when none did; empty without a valid `dashboard-url`.
 */
export function dashboardLinks(v: SuiteVerdict, url: string | undefined): string {
  const base = dashboardBase(url);
  if (!base) return '';
  const regressed = v.series.filter((s) => s.status === 'regression' || s.verdict !== 'pass');
  if (regressed.length === 0) return `[dashboard](${base})`;
  const links = regressed
    .slice(0, MAX_LINKS)
    .map(
      (s) =>
        `[${code(s.name, { max: 60, table: false })} · ${code(s.metric, { max: 30, table: false })}](${chartUrl(base, v.suite, s.name, s.metric)})`,
    );
  const more =
    regressed.length > MAX_LINKS
      ? ` and ${regressed.length - MAX_LINKS} more on the [dashboard](${base})`
      : '';
  return `dashboard: ${links.join(', ')}${more}`;
}
