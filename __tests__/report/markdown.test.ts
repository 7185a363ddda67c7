/**
 * Benchmark names are user input, and in the fork recipe untrusted input: rendered by a real GFM
 * renderer, no name may open a tag, show an image, link anything, mention a user, reference an issue or
 * break a table — and each must still read exactly as the tool printed it.
 */
import { cell, code, truncate } from '../../src/report/markdown.js';
import { renderComment, renderSummary } from '../../src/report/index.js';
import { RENDERERS, githubReferences, inspect } from './gfm.js';
import { history, regression, improvement, suite, sv } from './builders.js';

const HOSTILE = [
  'pipe|in|name',
  'back`tick',
  '``double`` ticks',
  '`leading and trailing`',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '</details><details open><summary>pwned',
  '</code></td></tr></table>',
  '<!-- comment --> after',
  '@octocat please review',
  'fixes #123 and octo-org/octo-repo#7 and GH-9',
  'line one\nline two\r\n| --- | --- |',
  '[click](https://evil.example)',
  '![img](https://evil.example/x.png)',
  'www.evil.example and https://evil.example/path and mail me@evil.example',
  '**bold** _em_ ~~strike~~ $x^2$',
  'a\\|b backslash pipe',
  'trailing backslash\\',
  ':+1: &amp; &#64;entity',
  '\u202Eevil bidi\u200B zero width',
  '-',
  '',
  '   ',
];

/** What a reader should see for a name: newlines as spaces, invisible controls gone, long names cut. */
function shown(name: string): string {
  const cleaned = name
    .replace(/\r\n|\r|\n/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  return truncate(cleaned, 200);
}

function hostileVerdict() {
  const series = HOSTILE.flatMap((name, i) => [
    i % 3 === 0
      ? regression(name, 0.3 + i / 100, {
          metric: `metric @${i} <b>`,
          reason: `reason with @octocat and #${i} and <i>html</i>`,
          warnings: [{ kind: 'too-few-samples', message: `warning for ${name} @octocat #1` }],
        })
      : i % 3 === 1
        ? improvement(name, -0.2 - i / 100)
        : sv(name),
  ]);
  return suite(series, {
    warnings: [{ kind: 'store', message: 'suite warning with <img src=x> and @octocat', hint: 'see #1' }],
  });
}

describe.each(RENDERERS)('hostile names rendered by $name', (renderer) => {
  const ctx = { history: history(HOSTILE) };
  for (const [kind, render] of [
    ['comment', renderComment],
    ['summary', renderSummary],
  ] as const) {
    test(`the ${kind} shows every hostile name inert and exactly as printed`, () => {
      const html = renderer.render(render(hostileVerdict(), ctx));
      const page = inspect(html);
      expect(
        page.tags.filter((t) => ['img', 'script', 'iframe', 'style', 'i', 'b', 'input'].includes(t)),
      ).toEqual([]);
      expect(page.links).toEqual([]);
      expect(githubReferences(page.prose)).toEqual([]);
      expect(page.brokenRows).toEqual([]);
      // The closing </details> in a name did not end the folded table early: the footer is outside it.
      expect(page.subs.every((s) => !s.inDetails)).toBe(true);
      expect(page.tags.filter((t) => t === 'details')).toHaveLength(1);
      for (const name of HOSTILE.filter((n) => n.trim() !== '')) expect(page.codes).toContain(shown(name));
    });
  }
});

test('a 10,000-character name is cut to 200 characters', () => {
  const long = 'x'.repeat(10000);
  expect(code(long, { table: false })).toBe(`\`${'x'.repeat(199)}…\``);
});

test('pipes in a table cell are escaped the one way GFM allows inside code', () => {
  expect(code('a|b')).toBe('`a\\|b`');
  expect(code('a|b', { table: false })).toBe('`a|b`');
});

test('a code span fence is longer than any backtick run in the name', () => {
  expect(code('a``b')).toBe('```a``b```');
  expect(code('`x`')).toBe('`` `x` ``');
});

test('prose cannot mention, reference, autolink or open a tag', () => {
  expect(cell('@octocat #12 www.x.org https://x.org <b>')).toBe(
    '&#64;\u2060octocat &#35;\u206012 www&#46;x.org https&#58;//x.org &lt;b&gt;',
  );
});
