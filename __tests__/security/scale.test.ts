/**
 * 200,000 series — more than a collected artifact may hold — still make a report within GitHub's
 * limits (DESIGN.md §6): no argument spread of a long array overflows the stack ("Maximum call stack
 * size exceeded" at ~120,000 elements), and rows are left out, least important first, with a note.
 */
import { renderDocument, COMMENT_LIMIT, SUMMARY_LIMIT, utf8Length } from '../../src/report/render.js';
import { renderJson } from '../../src/report/index.js';
import { sparkline } from '../../src/report/sparkline.js';
import { formatValue, scaleFor } from '../../src/units.js';
import { hugeSuite } from '../report/builders.js';

const N = 200_000;

test(`${N.toLocaleString('en')} series report within the comment and summary limits`, () => {
  const { verdict: v, history: h } = hugeSuite(N);
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
