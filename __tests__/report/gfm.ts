/**
 * Renders Markdown the way GitHub does and inspects the HTML: a real GFM renderer (micromark with the GFM
 * extension, which passes the GFM spec tests; and Debian's cmark-gfm, GitHub's own parser, when it is
 * installed), then the checks GitHub's later filters would trip over: @mentions and #123 references in
 * text outside code and links, links and images, and tables whose rows lost or gained a cell.
 */
import { spawnSync } from 'node:child_process';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { parseFragment } from 'parse5';

export interface Renderer {
  name: string;
  render(markdown: string): string;
}

const micromarkGfm: Renderer = {
  name: 'micromark-gfm',
  render: (md) =>
    micromark(md, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] }),
};

function cmarkAvailable(): boolean {
  const r = spawnSync('cmark-gfm', ['--version'], { encoding: 'utf8' });
  return r.status === 0;
}

const cmarkGfm: Renderer = {
  name: 'cmark-gfm',
  render: (md) => {
    const r = spawnSync(
      'cmark-gfm',
      [
        '--unsafe',
        '-e',
        'table',
        '-e',
        'autolink',
        '-e',
        'strikethrough',
        '-e',
        'tagfilter',
        '-e',
        'tasklist',
      ],
      { input: md, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    if (r.status !== 0) throw new Error(`cmark-gfm failed: ${r.stderr}`);
    return r.stdout;
  },
};

const HAVE_CMARK = cmarkAvailable();
// Locally the GFM tests fall back to micromark alone; in CI a missing renderer fails them, loudly.
if (!HAVE_CMARK && process.env.CI === 'true')
  throw new Error(
    "cmark-gfm (GitHub's own GFM renderer) is not installed, and CI=true: the report tests need it in CI. Install Debian's package: apt-get install -y cmark-gfm",
  );

/** micromark always; cmark-gfm too where Debian's package is installed (always in CI). */
export const RENDERERS: Renderer[] = HAVE_CMARK ? [micromarkGfm, cmarkGfm] : [micromarkGfm];

interface Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  parentNode?: Node;
}

export interface Inspection {
  /** Every element's tag name, in document order. */
  tags: string[];
  /** href of every link. */
  links: string[];
  /** Text of every <code> element. */
  codes: string[];
  /** Text outside code, pre and links: where GitHub links mentions and issue references. */
  prose: string[];
  /** Tables whose rows do not all have as many cells as the header: [header cells, row cells]. */
  brokenRows: [number, number][];
  /** Text of <sub> elements, and whether each sits inside a <details>. */
  subs: { text: string; inDetails: boolean }[];
}

function textOf(n: Node): string {
  if (n.nodeName === '#text') return n.value ?? '';
  return (n.childNodes ?? []).map(textOf).join('');
}

function inside(n: Node, tags: string[]): boolean {
  for (let p = n.parentNode; p; p = p.parentNode) if (p.tagName && tags.includes(p.tagName)) return true;
  return false;
}

export function inspect(html: string): Inspection {
  const out: Inspection = { tags: [], links: [], codes: [], prose: [], brokenRows: [], subs: [] };
  const walk = (n: Node): void => {
    if (n.tagName) {
      out.tags.push(n.tagName);
      if (n.tagName === 'a') out.links.push(n.attrs?.find((a) => a.name === 'href')?.value ?? '');
      if (n.tagName === 'code') out.codes.push(textOf(n));
      if (n.tagName === 'sub') out.subs.push({ text: textOf(n), inDetails: inside(n, ['details']) });
      if (n.tagName === 'table') {
        const rows: Node[] = [];
        const collect = (x: Node): void => {
          if (x.tagName === 'tr') rows.push(x);
          else (x.childNodes ?? []).forEach(collect);
        };
        collect(n);
        const cells = rows.map(
          (r) => (r.childNodes ?? []).filter((c) => c.tagName === 'td' || c.tagName === 'th').length,
        );
        for (const c of cells.slice(1)) if (c !== cells[0]) out.brokenRows.push([cells[0], c]);
      }
    } else if (n.nodeName === '#text' && !inside(n, ['code', 'pre', 'a'])) {
      out.prose.push(n.value ?? '');
    }
    (n.childNodes ?? []).forEach(walk);
  };
  walk(parseFragment(html) as unknown as Node);
  return out;
}

/** What GitHub would turn into a mention, an issue link or a cross-repository reference. */
export function githubReferences(prose: string[]): string[] {
  const found: string[] = [];
  for (const t of prose) {
    for (const m of t.matchAll(/(?:^|[^\w`])@([a-z0-9][a-z0-9-]*)/gi)) found.push(`@${m[1]}`);
    for (const m of t.matchAll(/(?:^|[^\w])(?:[\w.-]+\/[\w.-]+)?#(\d+)/g)) found.push(m[0].trim());
    for (const m of t.matchAll(/\bGH-\d+/g)) found.push(m[0]);
  }
  return found;
}
