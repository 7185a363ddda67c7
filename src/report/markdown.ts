/**
 * Markdown escaping in one place. Benchmark names come from user code (and from untrusted fork PRs in
 * the workflow_run recipe): nothing in them may open a tag, break a table, mention a user or link an
 * issue.
 */

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
  '#': '&#35;',
  '@': '&#64;',
  '!': '&#33;',
  $: '&#36;',
  ':': '&#58;',
};

/**
 * Text safe inside a table cell or a line: entities for every character Markdown or HTML could act on,
 * newlines as spaces. `@user` becomes `&#64;user` (no mention), `#12` becomes `&#35;12` (no link).
 */
export function cell(text: string): string {
  return (
    text
      .replace(/\r\n|\r|\n/g, ' ')
      // Control and bidi characters could hide or reorder text in a name; they are dropped.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
      .replace(/[&<>|`*_[\]\\~#@!$:]/g, (c) => ENTITIES[c])
  );
}

/**
 * Text shown as code. Inline code cannot hold entities (they would show literally), so names go into
 * `<code>` with the same escaping, which renders as code and stays inert.
 */
export function code(text: string): string {
  return `<code>${cell(text)}</code>`;
}

/** A Markdown table from a header and rows whose cells are already escaped. */
export function table(header: string[], align: ('l' | 'r' | 'c')[], rows: string[][]): string {
  const sep = align.map((a) => (a === 'r' ? '---:' : a === 'c' ? ':---:' : ':---'));
  return [header, sep, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

/** A collapsed section. The blank line after <summary> lets GitHub render Markdown inside. */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
