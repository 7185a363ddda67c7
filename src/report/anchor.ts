/**
 * Stable anchors for a series' chart on the dashboard: `#s-<12 hex digits>`, from the suite, the name and
 * the metric. The PR comment links to them (`dashboard-url`), so they never depend on the order of series
 * or on anything but the identity. Pure.
 */
import { createHash } from 'node:crypto';

export function seriesAnchor(suite: string, name: string, metric: string): string {
  const h = createHash('sha256').update(`${suite}\u0000${name}\u0000${metric}`, 'utf8').digest('hex');
  return `s-${h.slice(0, 12)}`;
}
