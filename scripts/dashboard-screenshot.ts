/**
 * `npm run screenshots:dashboard`: docs/screenshots/dashboard.png, the dashboard as users see it, made
 * with the same code as the browser tests (Debian's Chromium through playwright-core) from a realistic
 * history: a noisy base branch of 60 pushes where BenchmarkSort/size=1000 gets 30% slower and recovers,
 * BenchmarkJoin starts allocating more, and the runner type changes. The page is filtered to the Sort
 * benchmarks and the mouse rests on a point of the slowed-down stretch, so the tooltip shows.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildDashboard, seriesAnchor } from '../src/dashboard/index.js';
import { launch, open, writeSite } from '../__tests__/dashboard/browser.js';
import { realisticHistory } from '../__tests__/dashboard/histories.js';
import { ROOT } from './dashboard-assets.js';

const OUT = path.join(ROOT, 'docs', 'screenshots', 'dashboard.png');

async function main(): Promise<void> {
  const history = realisticHistory(60, 'go');
  const dir = path.join(ROOT, '.tmp', 'dashboard-screenshot');
  writeSite(dir, buildDashboard([history], { repoUrl: 'https://github.com/octo-org/octo-repo' }));
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 1040 }, deviceScaleFactor: 1 });
    const opened = await open(page, `file://${dir}/index.html`);
    await page.getByLabel('Search by name').fill('sort');
    // The search waits a moment for typing to stop; the page's CSP rules out waitForFunction's eval.
    while ((await page.locator('.card').count()) !== 4) await page.waitForTimeout(50);
    const card = page.locator(`#${seriesAnchor('go', 'BenchmarkSort/size=1000/kind=random-4', 'time')}`);
    await card.locator('canvas').waitFor();
    const box = (await card.locator('.u-over').boundingBox())!;
    await page.mouse.move(box.x + (box.width * 33) / 59, box.y + box.height / 2);
    await card.locator('.tip').waitFor({ state: 'visible' });
    if (opened.errors.length) throw new Error(`the page logged errors: ${opened.errors.join('; ')}`);
    fs.mkdirSync(path.dirname(OUT), { recursive: true });
    await page.screenshot({ path: OUT });
    console.log(`wrote ${path.relative(ROOT, OUT)} (${Math.round(fs.statSync(OUT).size / 1024)} KiB)`);
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
