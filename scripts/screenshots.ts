/**
 * `npm run screenshots`: regenerates docs/screenshots/comment.png and summary.png from what the action
 * really posts. Runs the committed dist/index.js as a runner would (child process, Node 24) against the
 * stand-ins, in the scenario `npm run demo` prints (scripts/scenario.ts): eight pushes to main build a
 * noisy history, then a pull request slows one benchmark down, allocates more in another and speeds a
 * third up. The PR comment and
 * the job summary it produced are rendered with a GitHub-flavoured Markdown renderer (Debian's
 * cmark-gfm, GitHub's own parser, when installed; micromark's GFM otherwise), wrapped in GitHub-like
 * CSS, Mermaid charts drawn with mermaid.js as GitHub does, and photographed by headless Chromium.
 *
 * Needs: chromium (`apt-get install chromium`), optionally cmark-gfm (`apt-get install cmark-gfm`), and
 * mermaid.js: found in node_modules or MERMAID_JS, else installed once into a scratch folder with npm.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { ROOT } from '../test-support/action.js';
import { runScenario } from './scenario.js';

const OUT = path.join(ROOT, 'docs', 'screenshots');
const SCRATCH = path.join(ROOT, '.tmp', 'screenshots');
const WIDTH = 980;
/** Taller pages are cut here, fading out: the summary's full table goes on for a while. */
const MAX_HEIGHT = 2600;

async function produce(): Promise<{ comment: string; summary: string }> {
  const s = await runScenario();
  const comment = s.comments[0];
  if (!comment) throw new Error(`the PR run posted no comment:\n${s.pr.stdout}${s.pr.stderr}`);
  return { comment, summary: s.pr.summary };
}

function toHtml(markdown: string): string {
  const cmark = spawnSync(
    'cmark-gfm',
    ['--unsafe', '-e', 'table', '-e', 'autolink', '-e', 'strikethrough', '-e', 'tagfilter'],
    { input: markdown, encoding: 'utf8' },
  );
  const html =
    cmark.status === 0
      ? cmark.stdout
      : micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
  return (
    html
      // GitHub draws `> [!NOTE]` as a callout; cmark-gfm 0.29 predates alerts, so draw it the same way.
      .replace(
        /<blockquote>\s*<p>\[!NOTE\]\s*/g,
        '<blockquote class="alert"><p class="alert-title">ⓘ Note</p><p>',
      )
      // GitHub hands ```mermaid blocks to Mermaid.
      .replace(
        /<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g,
        (_m, src: string) => `<pre class="mermaid">${src}</pre>`,
      )
  );
}

function findMermaid(): string | undefined {
  const candidates = [
    process.env.MERMAID_JS,
    path.join(ROOT, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js'),
    path.join(os.tmpdir(), 'benchgate-mermaid', 'node_modules', 'mermaid', 'dist', 'mermaid.min.js'),
  ].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => fs.existsSync(p));
  if (found) return found;
  const prefix = path.join(os.tmpdir(), 'benchgate-mermaid');
  process.stdout.write('installing mermaid.js into a scratch folder (once)…\n');
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', prefix, 'mermaid@11'], {
    stdio: 'inherit',
  });
  const p = candidates[candidates.length - 1];
  return r.status === 0 && fs.existsSync(p) ? p : undefined;
}

const CSS = `
* { box-sizing: border-box; }
body { margin: 0; padding: 24px; background: #fff; color: #1f2328;
  font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Noto Color Emoji";
  font-size: 14px; line-height: 1.5; }
.frame { border: 1px solid #d1d9e0; border-radius: 6px; width: ${WIDTH - 48}px; }
.frame-head { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; border-radius: 6px 6px 0 0;
  padding: 8px 16px; color: #59636e; display: flex; align-items: center; gap: 8px; }
.frame-head b { color: #1f2328; }
.avatar { width: 20px; height: 20px; border-radius: 4px; background: #2da44e; color: #fff; font-size: 12px;
  display: inline-flex; align-items: center; justify-content: center; font-weight: 600; }
.label { border: 1px solid #d1d9e0; border-radius: 2em; padding: 0 7px; font-size: 12px; }
.markdown-body { padding: 16px; }
.markdown-body > *:first-child { margin-top: 0 !important; }
h3 { font-size: 1.25em; font-weight: 600; margin: 24px 0 16px; line-height: 1.25; }
h4 { font-size: 1em; font-weight: 600; margin: 24px 0 16px; }
p, ol, table, details, blockquote, pre { margin: 0 0 16px; }
ol { padding-left: 2em; }
a { color: #0969da; text-decoration: none; }
code { font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace;
  font-size: 85%; padding: .2em .4em; background: rgba(129,139,152,.12); border-radius: 6px; white-space: break-spaces; }
table { border-spacing: 0; border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
th, td { padding: 6px 13px; border: 1px solid #d1d9e0; }
th { font-weight: 600; }
tr { background: #fff; border-top: 1px solid #d1d9e0b3; }
tr:nth-child(2n) { background: #f6f8fa; }
summary { cursor: pointer; }
details > summary { margin-bottom: 0; }
details[open] > summary { margin-bottom: 16px; }
sub { font-size: 75%; color: #59636e; line-height: 1.6; display: inline-block; }
sub code { font-size: 100%; }
blockquote.alert { border-left: .25em solid #0969da; padding: 0 1em; color: inherit; margin-left: 0; }
.alert-title { color: #0969da; font-weight: 500; margin-bottom: 4px; }
pre.mermaid { background: #fff; text-align: center; margin: 0 0 16px; }
.fade { position: fixed; left: 0; right: 0; bottom: 0; height: 160px;
  background: linear-gradient(rgba(255,255,255,0), #fff 85%); }
`;

function page(title: string, head: string, body: string, mermaid: string | undefined): string {
  const script = mermaid
    ? `<script src="file://${mermaid}"></script>
<script>
mermaid.initialize({ startOnLoad: false, theme: 'default', xyChart: { width: 640, height: 320 } });
mermaid.run({ querySelector: 'pre.mermaid' }).finally(() => {
  document.body.setAttribute('data-height', String(document.documentElement.scrollHeight));
});
</script>`
    : `<script>document.body.setAttribute('data-height', String(document.documentElement.scrollHeight));</script>`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><style>${CSS}</style></head>
<body><div class="frame"><div class="frame-head">${head}</div><div class="markdown-body">${body}</div></div>
${script}</body></html>`;
}

function chromium(args: string[]): string {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'benchgate-chromium-'));
  try {
    return execFileSync(
      'chromium',
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--hide-scrollbars',
        '--allow-file-access-from-files',
        `--user-data-dir=${profile}`,
        '--virtual-time-budget=10000',
        ...args,
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 },
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

function screenshot(htmlFile: string, png: string): void {
  const url = `file://${htmlFile}`;
  const dom = chromium([`--window-size=${WIDTH},800`, '--dump-dom', url]);
  const full = Number(/data-height="(\d+)"/.exec(dom)?.[1] ?? 2000);
  if (full > MAX_HEIGHT) {
    const html = fs.readFileSync(htmlFile, 'utf8');
    fs.writeFileSync(htmlFile, html.replace('</body>', '<div class="fade"></div></body>'));
  }
  chromium([`--window-size=${WIDTH},${Math.min(full, MAX_HEIGHT)}`, `--screenshot=${png}`, url]);
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  fs.mkdirSync(SCRATCH, { recursive: true });
  const { comment, summary } = await produce();
  fs.writeFileSync(path.join(SCRATCH, 'comment.md'), comment);
  fs.writeFileSync(path.join(SCRATCH, 'summary.md'), summary);
  const mermaid = findMermaid();
  if (!mermaid) process.stderr.write('mermaid.js not found: the summary shows the chart source\n');
  const pages: [string, string, string][] = [
    [
      'comment',
      '<span class="avatar">▶</span><b>github-actions</b> <span class="label">bot</span> commented',
      toHtml(comment),
    ],
    ['summary', '<b>bench summary</b>', toHtml(summary)],
  ];
  for (const [name, head, body] of pages) {
    const html = path.join(SCRATCH, `${name}.html`);
    fs.writeFileSync(html, page(name, head, body, mermaid));
    const png = path.join(OUT, `${name}.png`);
    screenshot(html, png);
    process.stdout.write(
      `wrote ${path.relative(ROOT, png)} (${(fs.statSync(png).size / 1024).toFixed(0)} KiB)\n`,
    );
  }
}

await main();
