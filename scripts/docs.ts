/**
 * `npm run docs`: writes the README's inputs and outputs tables from action.yml, the one place each input
 * is documented. `--check` exits 1 when the README is not what action.yml gives (a test runs that).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BEGIN = '<!-- generated:inputs (npm run docs, from action.yml) -->';
const END = '<!-- /generated:inputs -->';

interface Spec {
  description?: string;
  required?: boolean;
  default?: string;
}
interface ActionYml {
  inputs: Record<string, Spec>;
  outputs: Record<string, Spec>;
}

/** One table cell: a folded description with its pipes escaped. */
function cell(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
}

/** The default an input documents: its `default:`, else the sentence "Default — …" of its description. */
export function defaultOf(spec: Spec): string {
  if (spec.default !== undefined && spec.default !== '') return `\`${spec.default}\``;
  const m = /Default(?: —|:) ([^.]*(?:\.[a-z][^.]*)*)\./.exec((spec.description ?? '').replace(/\s+/g, ' '));
  return m ? cell(m[1]) : '—';
}

export function renderTables(action: ActionYml): string {
  const rows = Object.entries(action.inputs).map(
    ([name, spec]) =>
      `| \`${name}\` | ${spec.required ? 'yes' : 'no'} | ${defaultOf(spec)} | ${cell(spec.description ?? '')} |`,
  );
  const outs = Object.entries(action.outputs).map(
    ([name, spec]) => `| \`${name}\` | ${cell(spec.description ?? '')} |`,
  );
  return [
    BEGIN,
    '## Inputs',
    '',
    '| input | required | default | what it does |',
    '|---|---|---|---|',
    ...rows,
    '',
    '## Outputs',
    '',
    '| output | value |',
    '|---|---|',
    ...outs,
    END,
  ].join('\n');
}

export function readmeWithTables(readme: string, action: ActionYml): string {
  const a = readme.indexOf(BEGIN);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`README.md has no ${BEGIN} … ${END} section`);
  return readme.slice(0, a) + renderTables(action) + readme.slice(b + END.length);
}

export function loadAction(): ActionYml {
  return parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as ActionYml;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = path.join(ROOT, 'README.md');
  const readme = fs.readFileSync(file, 'utf8');
  const next = readmeWithTables(readme, loadAction());
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md: the inputs/outputs tables differ from action.yml; run `npm run docs`');
      process.exitCode = 1;
    }
  } else fs.writeFileSync(file, next);
}
