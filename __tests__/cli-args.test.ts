import * as fs from 'node:fs';
import * as path from 'node:path';
import { main } from '../src/cli/main.js';
import { COMMANDS } from '../src/cli/commands.js';

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    cwd: process.cwd(),
    env: {},
  });
  return { code, out, err };
}

const go = path.resolve('fixtures/go/bench-count5.txt');
const version = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string }).version;

describe('the CLI’s arguments', () => {
  test('--version prints the package version', async () => {
    expect(await cli(['--version'])).toEqual({ code: 0, out: `${version}\n`, err: '' });
  });

  test.each([['--help'], ['-h'], ['help']])(
    '%s prints the usage on stdout with every command and flag, exit 0',
    async (flag) => {
      const r = await cli([flag]);
      expect(r.code).toBe(0);
      expect(r.err).toBe('');
      for (const c of COMMANDS) {
        expect(r.out).toContain(`benchgate ${c.name}`);
        for (const option of Object.keys(c.options)) expect(r.out).toContain(`--${option}`);
      }
      expect(r.out).toContain('--version');
    },
  );

  test.each(COMMANDS.map((c) => [c.name]))(
    '%s --help prints that command’s usage with each flag',
    async (name) => {
      const command = COMMANDS.find((c) => c.name === name)!;
      for (const args of [
        [name, '--help'],
        [name, '-h'],
        ['help', name],
      ]) {
        const r = await cli(args);
        expect(r.code).toBe(0);
        expect(r.out).toMatch(new RegExp(`^usage: benchgate ${name}`));
        for (const option of Object.keys(command.options))
          expect(r.out).toMatch(new RegExp(`^\\s+--${option}\\b`, 'm'));
      }
    },
  );

  test('--json=false is refused, never read as --json', async () => {
    const r = await cli(['compare', '--baseline', go, '--current', go, '--json=false']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(
      'benchgate: --json: expected no value: it is a switch (give --json to turn it on, leave it out for off)\n',
    );
  });

  test('an unknown flag is one line naming it and the valid ones', async () => {
    const r = await cli(['compare', '--baseline', go, '--curent', go]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'benchgate: --curent: unknown flag for compare; expected one of --baseline, --history, --current, --json, --metrics, --format, --config, --suite, --warn-threshold, --fail-threshold, --help\n',
    );
  });

  test('a flag without its value', async () => {
    const r = await cli(['parse', go, '--format']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'benchgate: --format: expected a value after the flag (--format VALUE or --format=VALUE)\n',
    );
  });

  test('a one-value flag given twice', async () => {
    const r = await cli(['compare', '--baseline', go, '--current', go, '--current', go]);
    expect(r.code).toBe(2);
    expect(r.err).toBe('benchgate: --current: expected the flag once for compare\n');
  });

  test('an unknown command suggests the nearest', async () => {
    const r = await cli(['compar']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^benchgate: "compar": unknown command; expected one of parse, compare.*\(did you mean "compare"\?\)\n$/,
    );
  });

  test('no command prints the usage on stderr, exit 2', async () => {
    const r = await cli([]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('usage:');
  });

  test('--format with a typo blames --format and suggests the name', async () => {
    const r = await cli(['parse', go, '--format', 'golang']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^benchgate: --format: expected one of auto, .*, got "golang" \(did you mean "go"\?\)\n$/,
    );
  });

  test('a threshold flag is blamed as the flag', async () => {
    const r = await cli(['compare', '--baseline', go, '--current', go, '--warn-threshold', '5']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^benchgate: --warn-threshold: expected a relative change/);
  });

  test('the = form of a value works', async () => {
    const r = await cli(['parse', go, '--format=go']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { format: string }).format).toBe('go');
  });
});

test('docs/cli.md documents every command and every flag', () => {
  const doc = fs.readFileSync('docs/cli.md', 'utf8');
  for (const c of COMMANDS) {
    expect(doc).toContain(`## \`benchgate ${c.name}`);
    for (const option of Object.keys(c.options)) expect(doc).toContain(`--${option}`);
  }
  for (const code of ['| 0 |', '| 1 |', '| 2 |']) expect(doc).toContain(code);
});
