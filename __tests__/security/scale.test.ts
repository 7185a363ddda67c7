/**
 * 200,000 series — more than a collected artifact may hold — still make a report within GitHub's
 * limits (DESIGN.md §6): no argument spread of a long array overflows the stack ("Maximum call stack
 * size exceeded" at ~120,000 elements), and rows are left out, least important first, with a note.
 */
import { renderDocument, COMMENT_LIMIT, SUMMARY_LIMIT, utf8Length } from '../../src/report/render.js';
import { renderJson } from '../../src/report/index.js';
import { sparkline } from '../../src/report/sparkline.js';
import { formatValue, scaleFor } from '../../src/units.js';
import { history, regression, improvement, suite, sv } from '../report/builders.js';

const N = 200_000;

function big() {
  const series = Array.from({ length: N }, (_, i) =>
    i % 1000 === 0
      ? regression(`BenchmarkR${i}`, 0.3, { warnings: [{ kind: 'too-few-samples', message: `few ${i}` }] })
      : i % 1000 === 1
        ? improvement(`BenchmarkI${i}`, -0.2)
        : sv(`Benchmark${i}`, { n: { baseline: 1 + (i % 50), current: 1 + (i % 30) }, resolvable: 0.2 }),
  );
  return suite(series);
}

test(`${N.toLocaleString('en')} series report within the comment and summary limits`, () => {
  const v = big();
  const h = history(
    v.series.filter((_, i) => i % 1000 < 2).map((s) => s.name),
    5,
  );
  const comment = renderDocument({ verdict: v, history: h }, 'comment');
  expect(comment.text.length).toBeLessThanOrEqual(COMMENT_LIMIT);
  expect(comment.leftOut).toBeGreaterThan(0);
  expect(comment.text).toMatch(/rows are left out/);
  const summary = renderDocument({ verdict: v, history: h }, 'summary');
  expect(utf8Length(summary.text)).toBeLessThanOrEqual(SUMMARY_LIMIT);
  expect(summary.text).toMatch(/rows are left out/);
  // Every regression is kept before anything unchanged.
  expect(comment.text).toContain('BenchmarkR0');
  expect(renderJson(v).series).toHaveLength(N);
}, 180_000);

test('helpers over long lists do not spread them into arguments', () => {
  const values = Array.from({ length: 500_000 }, (_, i) => 1 + (i % 97));
  expect(sparkline(values)).toHaveLength(values.length);
  expect(scaleFor('ns', values)(1500)).toBe(formatValue(1500, 'ns').replace('1.5 µs', '1500 ns'));
});
