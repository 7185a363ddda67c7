/**
 * The dashboard: a self-contained static site from one or more suites' base-branch histories (DESIGN.md
 * §6). `buildDashboard` is pure and deterministic — the same histories give the same files, byte for
 * byte — and returns the site as file name → contents; `writeDashboard` (./write.ts) puts it on disk.
 *
 * The data sits in index.html as a `<script type="application/json">`, so the page works from file://
 * (where a page may not fetch its own files) as from any web server; `<`, `>` and `&` in it are escaped,
 * so no string from a history can close that element. The page's Content-Security-Policy allows scripts
 * and styles from the site's own folder only and no connection at all.
 */
import type { History } from '../model.js';
import { ASSETS } from './assets.generated.js';
import { dashboardData, type DashboardOptions } from './data.js';

export { seriesAnchor } from '../report/anchor.js';
export { dashboardData, roundValue, safeRepoUrl, type DashboardData, type DashboardOptions } from './data.js';
export { chartUrl, dashboardBase, dashboardLinks } from '../report/dashboard-links.js';

const PLACEHOLDER = '@@BENCHGATE_DATA@@';

/** JSON that is inert inside an HTML <script> element. */
export function embedJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The site's files, by name, in name order. */
export function buildDashboard(histories: History[], options: DashboardOptions = {}): Record<string, string> {
  const data = embedJson(dashboardData(histories, options));
  const files: Record<string, string> = {};
  for (const name of Object.keys(ASSETS).sort()) {
    const text = ASSETS[name];
    files[name] = name === 'index.html' ? text.split(PLACEHOLDER).join(data) : text;
  }
  return files;
}
