/**
 * The job summary's history chart of the top regressions: a Mermaid xychart per series (GitHub renders
 * Mermaid in summaries; `xychart-beta` needs Mermaid 10.5+), always followed by the same numbers as a
 * plain table, which renders everywhere.
 */
import type { SeriesVerdict } from '../analyze/types.js';
import { scaleOf } from '../units.js';
import { cell, code, table } from './markdown.js';
import type { TrendPoint } from './sparkline.js';

export interface Charted {
  series: SeriesVerdict;
  points: TrendPoint[];
}

/** Mermaid titles are quoted strings: only characters that cannot end the string or the fence. */
function mermaidText(text: string, max = 60): string {
  const t = Array.from(text.replace(/[^\p{L}\p{N} _.,/=:+()[\]·-]/gu, '_'));
  return t.length > max ? `${t.slice(0, max - 1).join('')}…` : t.join('');
}

function label(p: TrendPoint): string {
  return p.commit === undefined
    ? 'this run'
    : p.commit.replace(/[^0-9A-Za-z]/g, '').slice(0, 7) || `run ${p.run}`;
}

function num(x: number): string {
  return String(Number(x.toPrecision(4)));
}

function chart(c: Charted): string {
  const { divisor, label: unitLabel } = scaleOf(
    c.series.unit,
    c.points.map((p) => p.value),
  );
  return [
    '```mermaid',
    // A visible line color and a compact size, for GitHub's renderer as for any other.
    '%%{init: {"xyChart": {"width": 640, "height": 260}, "themeVariables": {"xyChart": {"plotColorPalette": "#cf222e"}}}}%%',
    'xychart-beta',
    `  title "${mermaidText(`${c.series.name} · ${c.series.metric}`)}"`,
    `  x-axis [${c.points.map((p) => `"${label(p)}"`).join(', ')}]`,
    `  y-axis "${mermaidText(unitLabel || c.series.metric, 20)}"`,
    `  line [${c.points.map((p) => num(p.value / divisor)).join(', ')}]`,
    '```',
  ].join('\n');
}

/** The values behind the charts, one column per series, one row per base-branch run and this run. */
function valuesTable(charted: Charted[]): string {
  const runs = new Map<string, { order: number; label: string }>();
  for (const c of charted)
    for (const p of c.points) {
      const key = p.run === undefined ? 'current' : String(p.run);
      runs.set(key, { order: p.run ?? Number.MAX_SAFE_INTEGER, label: label(p) });
    }
  const keys = [...runs.entries()].sort((a, b) => a[1].order - b[1].order);
  const scales = charted.map((c) =>
    scaleOf(
      c.series.unit,
      c.points.map((p) => p.value),
    ),
  );
  const header = [
    'Run',
    ...charted.map(
      (c, i) => `${code(c.series.name, { max: 60 })} (${cell(scales[i].label || c.series.metric)})`,
    ),
  ];
  const rows = keys.map(([key, r]) => [
    r.order === Number.MAX_SAFE_INTEGER ? '**this run**' : `\`${r.label}\``,
    ...charted.map((c, i) => {
      const p = c.points.find((x) => (x.run === undefined ? 'current' : String(x.run)) === key);
      return p ? num(p.value / scales[i].divisor) : '—';
    }),
  ]);
  return table(header, ['l', ...charted.map(() => 'r' as const)], rows);
}

/** Charts for the series that have at least two points, then their values as a table. */
export function historyCharts(charted: Charted[]): string {
  const drawn = charted.filter((c) => c.points.length >= 2);
  if (drawn.length === 0) return '';
  return [...drawn.map(chart), valuesTable(drawn)].join('\n\n');
}
