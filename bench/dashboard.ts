/**
 * The dashboard's speed target (issue 13): 1,000 series × 100 runs load and draw the first screen
 * within 1 s in headless Chromium, and the data stays compact. Builds the site from a synthetic history,
 * serves it on 127.0.0.1, and reads the page's own `benchgate:first-screen` mark (set once the charts in
 * view are drawn and a frame has passed), counted from navigation start: fetching, parsing the page and
 * its data, and drawing included. Median of several fresh page loads.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildDashboard } from '../src/dashboard/index.js';
import { launch, serve, writeSite } from '../__tests__/dashboard/browser.js';
import { syntheticHistory } from '../__tests__/dashboard/histories.js';
import type { Measurement } from './stats-speed.js';

const SERIES = 1000;
const RUNS = 100;
const LOADS = 7;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function dashboardSpeed(): Promise<Measurement[]> {
  const history = syntheticHistory(SERIES, RUNS);
  const t0 = performance.now();
  const files = buildDashboard([history], { repoUrl: 'https://github.com/octo/bench' });
  const buildMs = performance.now() - t0;
  const dir = path.resolve('.tmp', 'bench-dashboard');
  writeSite(dir, files);
  const html = files['index.html'];
  const data = /<script type="application\/json" id="benchgate-data">([\s\S]*?)<\/script>/.exec(html)![1];
  const siteBytes = Object.values(files).reduce((n, t) => n + Buffer.byteLength(t), 0);

  const browser = await launch();
  const server = await serve(dir);
  const firstScreen: number[] = [];
  try {
    for (let i = 0; i < LOADS; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(server.url);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
      // An expression, not a function: tsx compiles functions with helpers the page does not have.
      const ms = (await page.evaluate(
        "performance.getEntriesByName('benchgate:first-screen')[0].startTime",
      )) as number;
      const charts = (await page.evaluate("document.querySelectorAll('.card canvas').length")) as number;
      if (charts === 0) throw new Error('the dashboard drew no chart');
      firstScreen.push(ms);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const label = `${SERIES.toLocaleString('en')} series × ${RUNS} runs`;
  return [
    {
      name: `dashboard ${label}: first screen drawn (median of ${LOADS} loads)`,
      value: Math.round(median(firstScreen)),
      unit: 'ms',
    },
    { name: `dashboard ${label}: build (change points included)`, value: Math.round(buildMs), unit: 'ms' },
    { name: `dashboard ${label}: data size`, value: Math.round(Buffer.byteLength(data) / 1024), unit: 'KiB' },
    {
      name: `dashboard ${label}: data size gzipped`,
      value: Math.round(gzipSync(data).length / 1024),
      unit: 'KiB',
    },
    { name: `dashboard ${label}: site size`, value: Math.round(siteBytes / 1024), unit: 'KiB' },
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve('bench/dashboard.ts')) {
  for (const m of await dashboardSpeed()) console.log(`${m.name}: ${m.value} ${m.unit}`);
}
