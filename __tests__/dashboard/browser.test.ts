/**
 * The dashboard in a real browser (Debian's Chromium through playwright-core), from file:// and from a
 * web server on 127.0.0.1: what a user sees, and that the page asks for nothing but its own files.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildDashboard, seriesAnchor } from '../../src/dashboard/index.js';
import type { History } from '../../src/model.js';
import { scaleOf } from '../../src/units.js';
import { launch, open, serve, writeSite, type Served } from './browser.js';
import { realisticHistory } from './histories.js';

// The page's globals, for the functions that run in it (the project's types have no DOM library).
declare const window: { innerHeight: number };
declare const document: { querySelectorAll(selector: string): { length: number } };

const HOSTILE = '<img src=x onerror="window.pwned=1"></script>';
const REPO = 'https://github.com/octo/bench';

function histories(): History[] {
  const go = realisticHistory(60, 'go');
  go.runs.forEach((r, i) =>
    r.series.push({ name: HOSTILE, metric: 'time', unit: 'ns', direction: 'smaller', value: 900 + (i % 5) }),
  );
  return [go, realisticHistory(30, 'rust')];
}

let browser: Browser;
let server: Served;
let dir: string;
const data = histories();

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'benchgate-dashboard-'));
  writeSite(dir, buildDashboard(data, { repoUrl: REPO }));
  browser = await launch();
  server = await serve(dir);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const SITES = [
  ['file://', () => `file://${dir}/index.html`, () => `file://${dir}/`],
  ['http://127.0.0.1', () => server.url, () => server.url],
] as const;

async function page(): Promise<Page> {
  return browser.newPage({ viewport: { width: 1280, height: 900 } });
}

const SORT = 'BenchmarkSort/size=1000/kind=random-4';

function commitAt(suite: number, run: number): string {
  return data[suite].runs[run].commit;
}

describe.each(SITES)('the dashboard served from %s', (_label, url, root) => {
  let p: Page;
  let opened: { requests: string[]; errors: string[] };

  beforeAll(async () => {
    p = await page();
    opened = await open(p, url());
  });
  afterAll(async () => {
    await p.close();
  });

  test('draws a chart for every series in view and asks for nothing but its own files', async () => {
    const inView = await p.$$eval('.card', (cards) =>
      cards
        .filter((c) => {
          const r = c.getBoundingClientRect();
          return r.bottom > 0 && r.top < window.innerHeight;
        })
        .map((c) => c.querySelector('.plot canvas') !== null),
    );
    expect(inView.length).toBeGreaterThanOrEqual(2);
    expect(inView.every(Boolean)).toBe(true);
    // Below the fold, charts wait until they scroll into view.
    const drawn = await p.locator('.card .uplot').count();
    expect(drawn).toBeLessThan(await p.locator('.card').count());
    expect(opened.requests.length).toBeGreaterThan(0);
    expect(opened.requests.filter((r) => !r.startsWith(root()))).toEqual([]);
    expect(opened.errors).toEqual([]);
  });

  test('names from the history are text, never markup', async () => {
    await expect(p.locator('.card h2 a').first().textContent()).resolves.toBe(HOSTILE);
    expect(await p.locator('#list img').count()).toBe(0);
    expect(await p.evaluate('window.pwned')).toBeUndefined();
  });

  test('hovering a point shows its commit, date and value', async () => {
    const card = p.locator(`#${seriesAnchor('go', SORT, 'time')}`);
    await card.scrollIntoViewIfNeeded();
    await card.locator('canvas').waitFor();
    const box = (await card.locator('.u-over').boundingBox())!;
    const run = 33;
    await p.mouse.move(box.x + (box.width * run) / 59, box.y + box.height / 2);
    const tip = card.locator('.tip');
    await tip.waitFor({ state: 'visible' });
    expect(await tip.getAttribute('data-commit')).toBe(commitAt(0, run));
    const text = await tip.textContent();
    expect(text).toContain(`commit ${commitAt(0, run).slice(0, 7)}`);
    expect(text).toContain(data[0].runs[run].timestamp.slice(0, 10));
    expect(text).toMatch(/µs/);
  });

  test('dragging across a chart zooms in; a double-click zooms out', async () => {
    const card = p.locator(`#${seriesAnchor('go', SORT, 'time')}`);
    await card.scrollIntoViewIfNeeded();
    const box = (await card.locator('.u-over').boundingBox())!;
    const tip = card.locator('.tip');
    const runAtMiddle = async (): Promise<number> => {
      await p.mouse.move(box.x + box.width / 2 + 1, box.y + box.height / 2);
      await tip.waitFor({ state: 'visible' });
      return Number(await tip.getAttribute('data-run'));
    };
    const before = await runAtMiddle();
    expect(Math.abs(before - 29.5)).toBeLessThanOrEqual(1);
    await p.mouse.move(box.x + 2, box.y + box.height / 2);
    await p.mouse.down();
    await p.mouse.move(box.x + box.width / 4, box.y + box.height / 2, { steps: 5 });
    await p.mouse.up();
    expect(await runAtMiddle()).toBeLessThan(before / 2);
    await p.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
    expect(await runAtMiddle()).toBe(before);
  });

  test('the search, metric and suite filters narrow the list', async () => {
    const count = (): Promise<number> => p.locator('.card').count();
    const cards = (n: number): Promise<unknown> =>
      p.waitForFunction((k) => document.querySelectorAll('.card').length === k, n, { timeout: 5000 });
    expect(await count()).toBe(19);
    await p.getByLabel('Search by name').fill('sort size=1000/');
    await cards(2);
    await p.getByLabel('Search by name').fill('join');
    await cards(6);
    await p.getByLabel('Metric').selectOption('B/op');
    await cards(2);
    await p.getByLabel('Suite').selectOption('rust');
    await cards(1);
    await expect(p.locator('#count').textContent()).resolves.toBe('1 of 19 series match');
    await p.getByLabel('Suite').selectOption('');
    await p.getByLabel('Metric').selectOption('');
    await p.getByLabel('Search by name').fill('');
    await cards(19);
  });

  test('the table view shows the history’s numbers, with commit links', async () => {
    await p.getByLabel('Tables', { exact: true }).check();
    const card = p.locator(`#${seriesAnchor('go', SORT, 'time')}`);
    await card.scrollIntoViewIfNeeded();
    const table = card.locator('table');
    await table.waitFor();
    await expect(table.locator('caption').textContent()).resolves.toContain(SORT);
    await expect(table.locator('thead th').allTextContents()).resolves.toEqual([
      'Run',
      'Date',
      'Commit',
      'Value (µs)',
      'Segment',
      'Runner',
    ]);
    const values = data[0].runs.map((r) => r.series.find((s) => s.name === SORT)!.value);
    const { divisor } = scaleOf('ns', values);
    const cells = (await table.locator('td.value').allTextContents()).map((t) => Number(t.replace(/,/g, '')));
    const expected = [...values].reverse().map((v) => v / divisor);
    expect(cells).toHaveLength(expected.length);
    cells.forEach((c, i) => expect(Math.abs(c - expected[i]) / expected[i]).toBeLessThan(5e-4));
    const newest = table.locator('tbody tr').first().locator('a');
    expect(await newest.getAttribute('href')).toBe(`${REPO}/commit/${commitAt(0, 59)}`);
    await p.getByLabel('Charts', { exact: true }).check();
    await card.locator('canvas').waitFor();
  });

  test('the log scale redraws the charts', async () => {
    await p.getByLabel('Log scale').check();
    await p.locator('.card canvas').first().waitFor();
    await p.getByLabel('Log scale').uncheck();
    expect(opened.errors).toEqual([]);
  });

  test('a link to a series’ anchor opens its chart', async () => {
    const id = seriesAnchor('rust', 'BenchmarkJoin/parts=16-4', 'allocs/op');
    const q = await page();
    const o = await open(q, `${url()}#${id}`);
    const card = q.locator(`#${id}`);
    await expect(card.getAttribute('class')).resolves.toContain('target');
    const box = (await card.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(900);
    await card.locator('canvas').waitFor();
    expect(o.errors).toEqual([]);
    await q.close();
  });
});
