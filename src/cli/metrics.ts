/**
 * The OpenMetrics text file GitLab's merge-request metrics widget reads (`artifacts:reports:metrics`,
 * default `metrics.txt`): one gauge sample per series, the benchmark and metric as labels. GitLab
 * compares each sample with the target branch's, so the base branch writes the same file from
 * `record` and merge requests from `compare`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CliIO } from './command.js';

export interface MetricRow {
  name: string;
  metric: string;
  unit: string;
  current: number | null;
  /** compare only: the relative change, positive is worse. */
  change?: number | null;
}

/** A label value as OpenMetrics escapes it: backslash, double quote and line feed. */
function label(v: string): string {
  return v
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\r?\n|\r/g, '\\n');
}

function sample(metric: string, suite: string, r: MetricRow, value: number): string {
  return `${metric}{suite="${label(suite)}",benchmark="${label(r.name)}",metric="${label(r.metric)}",unit="${label(r.unit)}"} ${value}`;
}

/** The file's text; series without a finite value are left out. Pure. */
export function renderMetrics(
  suite: string,
  rows: MetricRow[],
  counts?: { regressions: number; improvements: number },
): string {
  const lines = [
    '# TYPE benchgate_value gauge',
    '# HELP benchgate_value The series headline value, in its canonical unit.',
  ];
  for (const r of rows)
    if (r.current !== null && Number.isFinite(r.current))
      lines.push(sample('benchgate_value', suite, r, r.current));
  if (rows.some((r) => r.change !== undefined)) {
    lines.push(
      '# TYPE benchgate_change gauge',
      '# HELP benchgate_change Relative change from the baseline; positive is worse.',
    );
    for (const r of rows)
      if (r.change !== undefined && r.change !== null && Number.isFinite(r.change))
        lines.push(sample('benchgate_change', suite, r, Number(r.change.toPrecision(4))));
  }
  if (counts) {
    lines.push(
      '# TYPE benchgate_regressions gauge',
      `benchgate_regressions{suite="${label(suite)}"} ${counts.regressions}`,
    );
    lines.push(
      '# TYPE benchgate_improvements gauge',
      `benchgate_improvements{suite="${label(suite)}"} ${counts.improvements}`,
    );
  }
  lines.push('# EOF');
  return `${lines.join('\n')}\n`;
}

export function writeMetrics(
  file: string,
  suite: string,
  rows: MetricRow[],
  io: CliIO,
  counts?: { regressions: number; improvements: number },
): void {
  const abs = path.resolve(io.cwd, file);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, renderMetrics(suite, rows, counts));
}
