/**
 * `npx tsx bench/render-speed.ts`: how long the PR comment and the job summary take for a huge suite
 * (200,000 series, the scale test's shape), where most rows must be left out to fit GitHub's limits.
 * Fitting must stay linear in the number of series: measure every row once, render once.
 * `--series N` changes the size; the time of each document is the median of a few renders.
 */
import { renderDocument, type DocumentKind } from '../src/report/render.js';
import { hugeSuite } from '../__tests__/report/builders.js';
import type { Measurement } from './stats-speed.js';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export function renderSpeed(n = 200_000, repeats = 3): Measurement[] {
  const input = hugeSuite(n);
  const out: Measurement[] = [];
  for (const kind of ['comment', 'summary'] as DocumentKind[]) {
    const times: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const t0 = performance.now();
      renderDocument(input, kind, {
        runUrl: 'https://github.com/o/r/actions/runs/1',
        artifact: 'benchgate-report',
      });
      times.push(performance.now() - t0);
    }
    out.push({
      name: `render ${kind}: ${n.toLocaleString('en')} series`,
      value: Math.round(median(times)),
      unit: 'ms',
    });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--series');
  const n = i >= 0 ? Number(process.argv[i + 1]) : 200_000;
  for (const m of renderSpeed(n)) console.log(`${m.name}  ${m.value} ${m.unit}`);
}
