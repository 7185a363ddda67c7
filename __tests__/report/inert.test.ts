/**
 * Every string that comes from results or history — names, metrics, units, the suite, runner fields,
 * commit refs, branch names, the messages that quote them — is inert wherever it lands in the PR
 * comment (which is also the check-run summary) and the job summary (with its chart table). Checked on
 * the HTML of Debian's cmark-gfm, GitHub's own GFM parser, over a generated corpus of hostile strings
 * placed in every field at once. In CI the renderer is required: a missing cmark-gfm fails the test.
 */
import { spawnSync } from 'node:child_process';
import { renderComment, renderSummary } from '../../src/report/index.js';
import type { History } from '../../src/model.js';
import type { RunnerFingerprint } from '../../src/model.js';
import { githubReferences, inspect } from './gfm.js';
import { regression, improvement, suite, sv } from './builders.js';

const CMARK = '/usr/bin/cmark-gfm';
const cmarkFound = spawnSync(CMARK, ['--version'], { encoding: 'utf8' }).status === 0;

/**
 * GitHub's extensions (table, autolink, strikethrough, tagfilter). `--unsafe` keeps raw HTML in the
 * output, as GitHub's sanitizer keeps <sub>, <details> and friends: without it cmark-gfm would replace
 * every raw tag with a comment and hide exactly the escapes this test looks for.
 */
function cmark(markdown: string): string {
  const r = spawnSync(
    CMARK,
    [
      '--unsafe',
      '--extension',
      'table',
      '--extension',
      'autolink',
      '--extension',
      'strikethrough',
      '--extension',
      'tagfilter',
    ],
    { input: markdown, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (r.status !== 0) throw new Error(`cmark-gfm failed: ${r.stderr}`);
  return r.stdout;
}

/** The pieces attackers combine: each is something GFM or GitHub would act on. */
const ATOMS = [
  '@octocat',
  '@octo-org/security-team',
  '#123',
  'octo-org/octo-repo#7',
  'GH-9',
  '[click](https://evil.example)',
  '![img](https://evil.example/x.png)',
  'https://evil.example/p',
  'www.evil.example',
  'mail@evil.example',
  '<img src=x onerror=alert(1)>',
  '<b>bold</b>',
  '<script>alert(1)</script>',
  '</td></tr></table>',
  '</details><details open><summary>x',
  '<!-- benchgate:other -->',
  '-->',
  'a|b',
  '\\|',
  'back`tick',
  '```',
  '\n```js\ncode\n```\n',
  'line\nbreak',
  'cr\r\n| --- | --- |',
  '&lt;i&gt;',
  '&#64;octocat',
  '&amp;',
  '**strong** _em_ ~~del~~',
  '\u202eevil\u202c',
  '\u2066iso\u2069',
  ':warning:',
];

/** Every atom alone, and every atom glued to the next with a word: enough to cross each boundary. */
function corpus(): string[] {
  const out = ATOMS.map((a) => `x ${a} y`);
  for (let i = 0; i < ATOMS.length; i++) out.push(`${ATOMS[i]}z${ATOMS[(i + 7) % ATOMS.length]}`);
  return out;
}

/** What a reader should see: newlines as spaces, invisible controls gone, whitespace runs as one. */
function visible(text: string): string {
  return (
    text
      .replace(/\r\n|\r|\n/g, ' ')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** The structure the report itself writes; anything else came from a string and broke out. */
const OUR_TAGS = new Set([
  'p',
  'h3',
  'h4',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'code',
  'pre',
  'sub',
  'br',
  'strong',
  'details',
  'summary',
  'ol',
  'li',
  'blockquote',
]);

function documents(strings: string[]): { kind: string; markdown: string; suites: number }[] {
  const hostile = (i: number): string => strings[i % strings.length];
  const series = strings.map((s, i) => {
    const o = {
      metric: hostile(i + 1),
      unit: hostile(i + 2),
      reason: `reason quoting ${hostile(i + 3)}`,
      warnings: [
        { kind: 'too-few-samples' as const, message: `note on ${hostile(i + 4)}`, hint: hostile(i) },
      ],
    };
    return i % 3 === 0 ? regression(s, 0.3, o) : i % 3 === 1 ? improvement(s, -0.2, o) : sv(s, o);
  });
  const verdict = suite(series, {
    suite: hostile(5),
    baselineCommit: hostile(6),
    warnings: [{ kind: 'store', message: `store said ${hostile(7)}`, hint: hostile(8) }],
  });
  const runner: RunnerFingerprint = { os: hostile(9), arch: hostile(10), cpu: hostile(11), cores: 4 };
  const hist: History = {
    schemaVersion: 1,
    suite: verdict.suite,
    runs: Array.from({ length: 5 }, (_, r) => ({
      suite: verdict.suite,
      tool: hostile(12 + r),
      commit: hostile(20 + r),
      ref: hostile(25 + r),
      timestamp: `2026-11-0${r + 1}T00:00:00Z`,
      runner,
      series: series.map((s) => ({
        name: s.name,
        metric: s.metric,
        unit: s.unit,
        direction: 'smaller' as const,
        value: 1_000_000 * (1 + r / 100),
      })),
    })),
  };
  const ctx = { history: hist, runner, baseBranch: hostile(13) };
  const out: { kind: string; markdown: string; suites: number }[] = [];
  out.push({ kind: 'comment (and check-run summary)', markdown: renderComment(verdict, ctx), suites: 1 });
  out.push({ kind: 'job summary', markdown: renderSummary(verdict, ctx), suites: 1 });
  // Several suites in one report (mode: report), each with hostile fields.
  out.push({
    kind: 'combined comment',
    markdown: renderComment(
      [
        { verdict, history: hist, runner },
        { verdict: { ...verdict, suite: hostile(14) }, runner },
      ],
      { key: hostile(15) },
    ),
    suites: 2,
  });
  return out;
}

const STRINGS = corpus();

test('cmark-gfm is installed (CI requires it; install Debian package cmark-gfm)', () => {
  if (process.env.CI === 'true')
    expect({ found: cmarkFound, path: CMARK, hint: 'apt-get install cmark-gfm' }).toEqual({
      found: true,
      path: CMARK,
      hint: 'apt-get install cmark-gfm',
    });
  else if (!cmarkFound) console.warn(`${CMARK} not found: the GFM corpus test below is not run`);
});

const withCmark = cmarkFound ? describe : describe.skip;

withCmark('a generated corpus of hostile strings in every field, rendered by cmark-gfm', () => {
  const docs = documents(STRINGS);

  test.each(docs.map((d) => [d.kind, d.markdown, d.suites] as const))(
    'the %s shows them inert',
    (_kind, markdown, suites) => {
      const page = inspect(cmark(markdown));
      // No element the report did not write itself: no <b>, <img>, <script>, <em>, <del>, no links.
      expect([...new Set(page.tags.filter((t) => !OUR_TAGS.has(t)))]).toEqual([]);
      expect(page.links).toEqual([]);
      // No mention, team mention or issue reference left where GitHub would link it.
      expect(githubReferences(page.prose)).toEqual([]);
      // Every table row has the header's column count.
      expect(page.brokenRows).toEqual([]);
      // One folded section per suite: a "</details>" in a string closed nothing.
      expect(page.tags.filter((t) => t === 'details').length).toBeLessThanOrEqual(suites);
      // The only HTML comment is the report's own marker, at the very start of a comment.
      const comments = markdown.match(/<!--/g) ?? [];
      expect(comments.length).toBe(markdown.startsWith('<!-- benchgate:') ? 1 : 0);
    },
  );

  test('the text of every string reads literally in the rendered page', () => {
    const [comment, summary] = docs;
    for (const d of [comment, summary]) {
      const html = cmark(d.markdown);
      const text = visible(
        html
          .replace(/<[^>]*>/g, ' ')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&')
          .replace(/[\u2060\u00a0]/g, (c) => (c === '\u00a0' ? ' ' : '')),
      );
      // Names are cut at 200 characters and units share a cell with numbers; metrics and units are
      // checked as they are written, the others by a long enough piece.
      for (const s of STRINGS) {
        const v = visible(s);
        if (v === '') continue;
        expect({ string: s, found: text.includes(v.slice(0, 60)) }).toEqual({ string: s, found: true });
      }
    }
  });
});
