import { renderComment } from '../../src/report/index.js';
import { dashboardBase, dashboardLinks, seriesAnchor } from '../../src/dashboard/index.js';
import { improvement, regression, suite, sv } from '../report/builders.js';
import { inspect, RENDERERS } from '../report/gfm.js';

const URL = 'https://octo.github.io/bench/';

describe("the PR comment's links to the dashboard", () => {
  test("the footer links each regressed series' chart by its stable anchor", () => {
    const v = suite([
      regression('BenchmarkSort', 0.3),
      improvement('BenchmarkHash', -0.2),
      sv('BenchmarkJoin'),
    ]);
    const md = renderComment(v, { dashboardUrl: URL });
    for (const r of RENDERERS) {
      const { links } = inspect(r.render(md));
      expect(links).toContain(`${URL}#${seriesAnchor(v.suite, 'BenchmarkSort', 'time')}`);
      expect(links.filter((l) => l.startsWith(URL))).toHaveLength(1);
    }
  });

  test('without regressions the footer links the dashboard itself; without dashboard-url nothing', () => {
    const v = suite([sv('BenchmarkJoin')]);
    expect(renderComment(v, { dashboardUrl: URL })).toContain(`[dashboard](${URL})`);
    expect(renderComment(v)).not.toContain('dashboard');
  });

  test('hostile names stay inert inside the links', () => {
    const name = '`](javascript:alert(1)) @admin <img src=x> #12 |';
    const v = suite([regression(name, 0.5)]);
    const md = renderComment(v, { dashboardUrl: URL });
    for (const r of RENDERERS) {
      const seen = inspect(r.render(md));
      expect(seen.links.every((l) => l.startsWith('https://'))).toBe(true);
      expect(seen.links).toContain(`${URL}#${seriesAnchor(v.suite, name, 'time')}`);
    }
  });

  test('only http(s) addresses are links; parentheses cannot end one early', () => {
    expect(dashboardBase('javascript:alert(1)')).toBeUndefined();
    expect(dashboardBase('https://a.b/x (y)/')).toBe('https://a.b/x%20%28y%29/');
    expect(dashboardLinks(suite([regression('X', 0.3)]), 'ftp://x')).toBe('');
    const many = suite(Array.from({ length: 14 }, (_, i) => regression(`B${i}`, 0.3)));
    expect(dashboardLinks(many, URL)).toContain(`and 4 more on the [dashboard](${URL})`);
  });
});
