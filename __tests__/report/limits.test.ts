/**
 * GitHub refuses a comment over 65,536 characters and drops a step summary over 1 MiB. Big suites must
 * still get a comment and a summary: the least important rows are left out first, and the report says how
 * many and where to find them.
 */
import type { SeriesVerdict } from '../../src/analyze/types.js';
import {
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  renderComment,
  renderSummary,
  utf8Length,
} from '../../src/report/index.js';
import { RENDERERS, inspect } from './gfm.js';
import { improvement, regression, suite, sv } from './builders.js';

/** 10,000 series: 40 regressions, 200 improvements, the rest unchanged, with long-ish names. */
function bigSuite() {
  const series: SeriesVerdict[] = [];
  for (let i = 0; i < 10000; i++) {
    const name = `BenchmarkPackage${i % 37}/Subsystem${i % 11}/Case=${i}/payload=${(i * 7919) % 100000}-8`;
    if (i < 40) series.push(regression(name, 0.1 + i / 100));
    else if (i < 240) series.push(improvement(name, -0.06 - i / 10000));
    else series.push(sv(name, { change: ((i % 13) - 6) / 1000 }));
  }
  return suite(series);
}

const ctx = {
  runUrl: 'https://github.com/octo-org/octo-repo/actions/runs/42',
  artifact: 'benchgate-report-go',
};

test('a 10,000-series comment stays within 65,536 characters and says what was left out and where', () => {
  const md = renderComment(bigSuite(), ctx);
  expect(md.length).toBeLessThanOrEqual(COMMENT_LIMIT);
  const rows = md.split('\n').filter((l) => /^\| \S+ \| `/.test(l));
  const note =
    /> (\S+) of 10,000 rows are left out to stay within GitHub's 65,536-character limit for comments: ([^.]+)\. Every series is in the \[job summary\]\(https:\/\/github\.com\/octo-org\/octo-repo\/actions\/runs\/42\) and in the JSON report \(artifact `benchgate-report-go`/.exec(
      md,
    );
  expect(note).not.toBeNull();
  expect(Number(note![1].replace(/,/g, ''))).toBe(10000 - rows.length);
  // Every regression and improvement is still there; only unchanged rows went.
  expect(md.match(/^\| ❌ \|/gm)).toHaveLength(40);
  expect(md.match(/^\| 🚀 \|/gm)).toHaveLength(200);
  expect(note![2]).toMatch(/^[\d,]+ unchanged or without a verdict$/);
});

test('a 10,000-series summary stays within 1 MiB (in bytes) and keeps the regressions', () => {
  const md = renderSummary(bigSuite(), ctx);
  expect(utf8Length(md)).toBeLessThanOrEqual(SUMMARY_LIMIT);
  expect(Buffer.byteLength(md, 'utf8')).toBe(utf8Length(md));
  expect(md).toMatch(
    /> [\d,]+ of 10,000 rows are left out to stay within GitHub's 1 MiB limit for job summaries/,
  );
  expect(md.match(/^\| ❌ \|/gm)).toHaveLength(40);
  expect(md).toContain('artifact `benchgate-report-go`');
});

test('within a group, the smallest changes are left out first', () => {
  const series = Array.from({ length: 3000 }, (_, i) => regression(`R${i}`, 0.1 + i / 1000));
  const md = renderComment(suite(series), ctx);
  expect(md.length).toBeLessThanOrEqual(COMMENT_LIMIT);
  const kept = [...md.matchAll(/^\| ❌ \| `R(\d+)`/gm)].map((m) => Number(m[1]));
  expect(kept.length).toBeGreaterThan(100);
  // The biggest regressions stay, and nothing smaller than a dropped one was kept.
  expect(Math.min(...kept)).toBe(3000 - kept.length);
  expect(md).toMatch(/rows are left out .*: [\d,]+ regressions\./);
});

test('improvements go before regressions, unchanged before improvements', () => {
  const series = [
    ...Array.from({ length: 300 }, (_, i) => regression(`Reg${i}`, 0.2)),
    ...Array.from({ length: 600 }, (_, i) => improvement(`Imp${i}`, -0.2)),
    ...Array.from({ length: 600 }, (_, i) => sv(`Same${i}`)),
  ];
  const md = renderComment(suite(series), ctx);
  expect(md.length).toBeLessThanOrEqual(COMMENT_LIMIT);
  expect(md.match(/^\| ❌ \| `Reg/gm)).toHaveLength(300);
  expect(md).not.toMatch(/^\| ✅ \| `Same/m);
  expect(md.match(/^\| 🚀 \| `Imp/gm)!.length).toBeLessThan(600);
});

test('multi-byte names are measured in bytes for the summary and characters for the comment', () => {
  const series = Array.from({ length: 6000 }, (_, i) => sv(`ベンチマーク🚀${'測定'.repeat(20)}-${i}`));
  const v = suite(series);
  const summary = renderSummary(v, ctx);
  expect(utf8Length(summary)).toBeLessThanOrEqual(SUMMARY_LIMIT);
  // Filled close to the byte limit, which is far fewer characters: counting characters would overflow it.
  expect(utf8Length(summary)).toBeGreaterThan(SUMMARY_LIMIT * 0.9);
  expect(summary.length).toBeLessThan(SUMMARY_LIMIT * 0.7);
  const comment = renderComment(v, ctx);
  expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT);
});

test.each(RENDERERS)('a trimmed comment is still well-formed GFM ($name)', (r) => {
  const page = inspect(r.render(renderComment(bigSuite(), ctx)));
  expect(page.brokenRows).toEqual([]);
  expect(page.subs.every((s) => !s.inDetails)).toBe(true);
});
