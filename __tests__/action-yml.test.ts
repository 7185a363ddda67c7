import * as fs from 'node:fs';
import { parse } from 'yaml';
import { INPUTS, OUTPUTS } from '../src/config/inputs.js';

interface ActionYml {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

const action = parse(fs.readFileSync('action.yml', 'utf8')) as ActionYml;

describe('action.yml', () => {
  test('declares exactly the inputs the code reads, each documented', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(INPUTS).sort());
    for (const [name, spec] of Object.entries(action.inputs))
      expect(`${name}: ${spec.description ?? ''}`.length).toBeGreaterThan(name.length + 20);
  });

  test('declares exactly the outputs the code sets', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(OUTPUTS).sort());
  });

  test('runs the bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  test('the README documents every input and output', () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    for (const name of [...Object.values(INPUTS), ...Object.values(OUTPUTS)])
      expect(readme).toContain(`\`${name}\``);
  });
});
