/**
 * The documentation users read agrees with what the action does: the README's inputs and outputs tables
 * are action.yml's, every link between the pages resolves, and every schema URL names a committed schema.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadAction, readmeWithTables } from '../scripts/docs.js';

const ROOT = process.cwd();

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return markdownFiles(p);
    return e.name.endsWith('.md') ? [p] : [];
  });
}

const pages = [
  ...['README.md', 'CONTRIBUTING.md', 'SECURITY.md', 'CHANGELOG.md'].map((f) => path.join(ROOT, f)),
  ...markdownFiles(path.join(ROOT, 'docs')),
].filter((f) => fs.existsSync(f));

test("the README's inputs and outputs tables are action.yml's (npm run docs)", () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  expect(readmeWithTables(readme, loadAction())).toBe(readme);
});

test('every input is documented once in action.yml, with its default or a sentence saying it', () => {
  const action = loadAction();
  for (const [name, spec] of Object.entries(action.inputs)) {
    expect({ name, described: (spec.description ?? '').length > 20 }).toEqual({ name, described: true });
    // An input a run needs is never marked required: it depends on the mode, which the text says.
    expect({ name, required: spec.required ?? false }).toEqual({ name, required: false });
  }
});

test('every relative link in the README and docs/ leads to a file that exists', () => {
  const broken: string[] = [];
  for (const page of pages) {
    const text = fs.readFileSync(page, 'utf8').replace(/```[\s\S]*?```/g, '');
    for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = m[1];
      if (/^[a-z]+:/i.test(target) || target.startsWith('#')) continue;
      const file = path.resolve(path.dirname(page), decodeURIComponent(target.split('#')[0]));
      if (!fs.existsSync(file)) broken.push(`${path.relative(ROOT, page)} → ${target}`);
    }
  }
  expect(broken).toEqual([]);
});

test('every schema URL in the repository serves a committed schema file', () => {
  const RAW = 'https://raw.githubusercontent.com/benchgate/benchgate/main/schema/';
  const found: string[] = [];
  for (const f of [
    ...fs.readdirSync(path.join(ROOT, 'schema')).map((n) => path.join(ROOT, 'schema', n)),
    ...pages,
    ...fs
      .readdirSync(path.join(ROOT, 'fixtures', 'benchgate'))
      .map((n) => path.join(ROOT, 'fixtures', 'benchgate', n)),
  ]) {
    for (const m of fs.readFileSync(f, 'utf8').matchAll(/https:\/\/[^\s"')]*schema\/[\w.-]+\.json/g))
      found.push(m[0]);
  }
  expect(found.length).toBeGreaterThan(0);
  for (const url of found) {
    expect(url.startsWith(RAW) ? 'raw URL' : url).toBe('raw URL');
    expect(fs.existsSync(path.join(ROOT, 'schema', url.slice(RAW.length)))).toBe(true);
  }
});
