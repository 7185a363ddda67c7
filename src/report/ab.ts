/**
 * A/B mode's additions to the report (src/report/render.ts calls these): the mode line, and per regressed
 * series its per-round changes as a sparkline. Pure.
 */
import type { SeriesVerdict, SuiteVerdict } from '../analyze/types.js';
import { change, plural } from './format.js';
import { code } from './markdown.js';
import { sparkline } from './sparkline.js';

/** Regressions whose rounds are drawn (the table above lists them all). */
const MAX_SPARKLINES = 10;

function minutes(ms: number): string {
  const s = ms / 1000;
  return s < 90 ? `${s.toFixed(s < 10 ? 1 : 0)} s` : `${(s / 60).toFixed(1)} min`;
}

/** "A/B, same runner, 20 interleaved rounds (confirmed with 10 more); base 1.2 min, head 1.3 min". */
export function abModeText(v: SuiteVerdict): string {
  const ab = v.ab;
  if (!ab) return `A/B, same runner, ${plural(v.baselineRuns, 'paired round')}`;
  const confirmed = ab.confirmRounds ? ` (confirmed with ${ab.confirmRounds} more)` : '';
  const budget = ab.stoppedByBudget ? ', stopped early by the time budget' : '';
  return `A/B, same runner, ${plural(ab.rounds, 'interleaved round')}${confirmed}${budget}; time base ${minutes(ab.ms.base)}, head ${minutes(ab.ms.head)}`;
}

/** "#### Per-round changes" with one sparkline per regressed series, or nothing. */
export function abRoundsSection(v: SuiteVerdict, level: string): string[] {
  const regressed = v.series.filter(
    (s): s is SeriesVerdict & { rounds: number[] } => s.status === 'regression' && !!s.rounds?.length,
  );
  if (!regressed.length) return [];
  const out = [`${level} Per-round changes (head vs base, each round back to back)`, ''];
  for (const s of regressed.slice(0, MAX_SPARKLINES)) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const r of s.rounds) {
      lo = Math.min(lo, r);
      hi = Math.max(hi, r);
    }
    out.push(
      `- ${code(s.name, { table: false })} ${code(sparkline(s.rounds), { table: false })} ${change(lo)} … ${change(hi)}`,
    );
  }
  if (regressed.length > MAX_SPARKLINES)
    out.push(`- …and ${plural(regressed.length - MAX_SPARKLINES, 'more regression')}, in the JSON report.`);
  out.push('');
  return out;
}
