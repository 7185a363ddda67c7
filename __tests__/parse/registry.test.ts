/**
 * The registry in src/parse/index.ts drives the lists users read: action.yml's `format` description and
 * docs/formats.md name exactly the registry's formats, and every registered format has a recipe row. So
 * adding a format is one module, one fixture folder, one golden, one registry line and one recipe; this
 * test says which list was forgotten.
 */
import * as fs from 'node:fs';
import { parse } from 'yaml';
import { formatNames } from '../../src/parse/index.js';

const names = formatNames().filter((n) => n !== 'auto');

describe('the format registry drives the documented lists', () => {
  test("action.yml's format input lists every registered format and no other", () => {
    const action = parse(fs.readFileSync('action.yml', 'utf8')) as {
      inputs: { format: { description: string } };
    };
    const list = /\(([^()]*)\)\.?\s*$/.exec(action.inputs.format.description)?.[1] ?? '';
    const listed = list
      .replace(/^and docs\/formats\.md\s*/, '')
      .split(/,\s*/)
      .map((s) => s.trim());
    expect([...listed].sort()).toEqual([...names].sort());
  });

  test('docs/formats.md has one table row per registered format and no other', () => {
    const doc = fs.readFileSync('docs/formats.md', 'utf8');
    const rows = [...doc.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
    expect([...rows].sort()).toEqual([...names].sort());
  });
});
