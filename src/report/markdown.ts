/**
 * Markdown escaping in one place. Benchmark names come from user code (and from untrusted fork PRs in
 * the workflow_run recipe): nothing in them may open a tag, break a table, mention a user, link an
 * issue or turn into a link.
 *
 * Two tools:
 * - `code()` shows a name as an inline code span. Inside a code span Markdown and HTML mean nothing, and
 *   GitHub links no @mention or #123 in code, so the name shows exactly as the tool printed it. In a
 *   table, its pipes are escaped the one way GFM tables allow inside code (`\|`).
 * - `cell()` makes prose inert: entities for every character Markdown or HTML could act on. Entities are
 *   decoded back to "@" and "#" before GitHub looks for mentions and issue references, so those two also
 *   get an invisible word joiner (U+2060) after them, which neither pattern accepts.
 */

const WORD_JOINER = '\u2060';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '|': '&#124;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '\\': '&#92;',
  '~': '&#126;',
  '#': `&#35;${WORD_JOINER}`,
  '@': `&#64;${WORD_JOINER}`,
  '!': '&#33;',
  $: '&#36;',
  ':': '&#58;',
};

/** Newlines become spaces; control and bidi characters, which could hide or reorder text, are dropped. */
function clean(text: string): string {
  return (
    text
      .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
      .replace(/\t/g, ' ')
  );
}

/** At most `max` characters (code points), with "…" when cut: one huge name must not eat the comment. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, max - 1).join('')}…`;
}

/**
 * Prose safe inside a table cell or a line: entities for every character Markdown or HTML could act on,
 * newlines as spaces. `@user` cannot mention, `#12` and `GH-12` cannot link, `www.x.org` and `https://…` cannot
 * autolink.
 */
export function cell(text: string): string {
  return (
    clean(text)
      .replace(/[&<>|`*_[\]\\~#@!$:]/g, (c) => ENTITIES[c])
      .replace(/www\./gi, (m) => `${m.slice(0, 3)}&#46;`)
      // GitHub links "GH-123" to issue 123 as it links "#123".
      .replace(/\b(GH)-(?=\d)/gi, `$1-${WORD_JOINER}`)
  );
}

/**
 * Prose we wrote (reasons, notes) that may name things in `backticks`: escaped like `cell()`, then each
 * backtick pair shown as code. What is inside stays escaped, so a name quoted in a message is still inert.
 */
export function prose(text: string): string {
  return cell(text).replace(/&#96;((?:(?!&#96;).)+?)&#96;/g, '<code>$1</code>');
}

/** The longest run of backticks in a string. */
function longestTicks(text: string): number {
  let best = 0;
  for (const m of text.matchAll(/`+/g)) best = Math.max(best, m[0].length);
  return best;
}

export interface CodeOptions {
  /** Inside a GFM table row (the default): pipes must be escaped. */
  table?: boolean;
  /** Longer names are cut, with "…". */
  max?: number;
}

/**
 * A name shown as inline code, exactly as printed. The fence is one backtick longer than any run inside,
 * so the span always closes where it should.
 */
export function code(text: string, opts: CodeOptions = {}): string {
  const table = opts.table ?? true;
  const t = truncate(clean(text), opts.max ?? 200);
  if (t.trim() === '') return '<code>&#32;</code>';
  // A backslash right before a pipe would escape the escape: GFM reads `\\|` as "\" and a cell break.
  // Such names are shown as entities in a <code> element instead, which is just as inert.
  // A name that holds "<!--" could reproduce a comment marker in the Markdown source: entities too.
  if ((table && /\\\|/.test(t)) || t.includes('<!--')) return `<code>${cell(t)}</code>`;
  const body = table ? t.replace(/\|/g, '\\|') : t;
  const fence = '`'.repeat(longestTicks(body) + 1);
  const pad = body.startsWith('`') || body.endsWith('`') || (body.startsWith(' ') && body.endsWith(' '));
  return pad ? `${fence} ${body} ${fence}` : `${fence}${body}${fence}`;
}

/**
 * A key that is safe inside an HTML comment marker (`<!-- benchgate:<key> -->`): letters, digits and
 * `._/-` only, so no key can end the comment early or reproduce another key's marker.
 */
export function markerKey(key: string): string {
  return truncate(key.replace(/[^A-Za-z0-9._/-]/g, '_'), 100) || '_';
}

export type Align = 'l' | 'r' | 'c';

/** One table row from cells that are already escaped. */
export function tableRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** The header and separator lines of a table. */
export function tableHead(header: string[], align: Align[]): string {
  const sep = align.map((a) => (a === 'r' ? '---:' : a === 'c' ? ':---:' : ':---'));
  return `${tableRow(header)}\n${tableRow(sep)}`;
}

/** A Markdown table from a header and rows whose cells are already escaped. */
export function table(header: string[], align: Align[], rows: string[][]): string {
  return [tableHead(header, align), ...rows.map(tableRow)].join('\n');
}

/** A collapsed section. The blank lines around the body let GitHub render Markdown inside. */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Footnote marks: 12 → "¹²". */
export function superscript(n: number): string {
  return String(n)
    .split('')
    .map((d) => SUPERSCRIPT[Number(d)])
    .join('');
}
