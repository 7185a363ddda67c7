import * as fs from 'node:fs';
import { buildDashboard, dashboardData, embedJson, seriesAnchor } from '../../src/dashboard/index.js';
import type { History } from '../../src/model.js';
import { generateAssets, GENERATED } from '../../scripts/dashboard-assets.js';
import { realisticHistory, syntheticHistory } from './histories.js';

const HOSTILE = '</script><img src=x onerror="window.pwned=1">&amp;\u2028';

function hostile(): History {
  const h = realisticHistory(12, 'evil</script>');
  for (const r of h.runs)
    r.series.push({ name: HOSTILE, metric: '<b>m</b>', unit: 'ns', direction: 'smaller', value: 5 });
  return h;
}

function embedded(html: string): string {
  const m = /<script type="application\/json" id="benchgate-data">([\s\S]*?)<\/script>/.exec(html);
  if (!m) throw new Error('no data element');
  return m[1];
}

describe('the dashboard site', () => {
  test('is the page, its script and styles, uPlot and its license, and nothing else', () => {
    const files = buildDashboard([realisticHistory()]);
    expect(Object.keys(files)).toEqual([
      'LICENSES.txt',
      'app.js',
      'index.html',
      'style.css',
      'uPlot.iife.min.js',
      'uPlot.min.css',
    ]);
    expect(files['LICENSES.txt']).toContain('Copyright (c) 2022 Leon Sorokin');
    expect(files['index.html']).toContain("default-src 'none'; script-src 'self'; style-src 'self'");
    expect(files['index.html']).toContain("connect-src 'none'");
    // Nothing points outside the folder.
    expect(files['index.html']).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  test('the same histories give the same files, byte for byte, whatever their order', () => {
    const a = realisticHistory(40, 'go');
    const b = realisticHistory(30, 'rust');
    const one = buildDashboard([a, b], { repoUrl: 'https://github.com/o/r' });
    const two = buildDashboard([structuredClone(b), structuredClone(a)], {
      repoUrl: 'https://github.com/o/r',
    });
    expect(two).toEqual(one);
  });

  test('strings from the history cannot close the data element or open a tag', () => {
    const html = buildDashboard([hostile()])['index.html'];
    const data = embedded(html);
    expect(data).not.toMatch(/[<>&\u2028]/);
    const parsed = JSON.parse(data);
    expect(parsed.suites[0].name).toBe('evil</script>');
    expect(parsed.suites[0].series.some((s: { n: string }) => s.n === HOSTILE)).toBe(true);
    expect(JSON.parse(embedJson({ x: HOSTILE })).x).toBe(HOSTILE);
  });

  test('the data is columnar: commits and runners once, values in display units, change points marked', () => {
    const h = realisticHistory();
    const d = dashboardData([h, realisticHistory(60, 'other')], { repoUrl: 'https://github.com/o/r/' });
    expect(d.repo).toBe('https://github.com/o/r');
    expect(d.runners).toHaveLength(2);
    expect(d.commits).toHaveLength(120);
    const go = d.suites.find((s) => s.name === 'go')!;
    expect(go.runs.c).toHaveLength(60);
    expect(go.runs.rc).toEqual([20]);
    const sort = go.series.find((s) => s.n === 'BenchmarkSort/size=1000/kind=random-4')!;
    expect(sort.u).toBe('µs');
    expect(sort.id).toBe(seriesAnchor('go', sort.n, 'time'));
    // The step change at run 28 and the recovery at 44 are found (within a run).
    expect(sort.cp.some((i) => Math.abs(i - 28) <= 1)).toBe(true);
    expect(sort.cp.some((i) => Math.abs(i - 44) <= 1)).toBe(true);
    const raw = h.runs[7].series.find((s) => s.name === sort.n)!.value / 1000;
    expect(Math.abs(sort.v[7]! - raw) / raw).toBeLessThan(5e-4);
  });

  test('only http(s) repository addresses become links', () => {
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'https://u:p@github.com/o/r', 'nope'])
      expect(dashboardData([realisticHistory(5)], { repoUrl: bad }).repo).toBeNull();
  });

  test('anchors are stable and differ by suite, name and metric', () => {
    const a = seriesAnchor('go', 'BenchmarkX', 'time');
    expect(a).toMatch(/^s-[0-9a-f]{12}$/);
    expect(seriesAnchor('go', 'BenchmarkX', 'time')).toBe(a);
    expect(
      new Set([a, seriesAnchor('rs', 'BenchmarkX', 'time'), seriesAnchor('go', 'BenchmarkX', 'B/op')]).size,
    ).toBe(3);
  });

  test('1,000 series × 100 runs stay under 1 MB of data', () => {
    const html = buildDashboard([syntheticHistory(1000, 100)])['index.html'];
    expect(Buffer.byteLength(embedded(html))).toBeLessThan(1_000_000);
  });

  test('the committed assets file is current (npm run dashboard:assets)', async () => {
    const fresh = await generateAssets();
    const stale = fs.readFileSync(GENERATED, 'utf8') !== fresh;
    if (stale) throw new Error(`${GENERATED} is stale: run \`npm run dashboard:assets\` and commit it`);
    expect(stale).toBe(false);
  });
});
