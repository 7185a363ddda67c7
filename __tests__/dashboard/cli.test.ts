/** `benchgate dashboard`, as users call it: the CLI's main() and the built dist/cli.js. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main.js';
import { buildDashboard } from '../../src/dashboard/index.js';
import { node24, ROOT } from '../../test-support/action.js';
import { realisticHistory } from './histories.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'benchgate-dashboard-cli-'));
  fs.writeFileSync(path.join(dir, 'go.json'), JSON.stringify(realisticHistory(40, 'go')));
  fs.writeFileSync(path.join(dir, 'rust.json'), JSON.stringify(realisticHistory(20, 'rust')));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function cli(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    cwd: dir,
    env,
  });
  return { code, out, err };
}

describe('benchgate dashboard', () => {
  test('writes the site of several suites, the same bytes as the library builds', async () => {
    const r = await cli([
      'dashboard',
      '--history',
      'go.json',
      '--history',
      'rust.json',
      '--out',
      'site',
      '--repo-url',
      'https://github.com/o/r',
    ]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^benchgate: wrote the dashboard of 2 suite\(s\), 18 series, to .*site \(\d+ KiB, index.html \d+ KiB\)\n$/,
    );
    const expected = buildDashboard([realisticHistory(40, 'go'), realisticHistory(20, 'rust')], {
      repoUrl: 'https://github.com/o/r',
    });
    for (const [name, text] of Object.entries(expected))
      expect(fs.readFileSync(path.join(dir, 'site', name), 'utf8')).toBe(text);
  });

  test('takes the repository from GITHUB_SERVER_URL and GITHUB_REPOSITORY', async () => {
    await cli(['dashboard', '--history', 'go.json', '--out', 'site'], {
      GITHUB_SERVER_URL: 'https://ghe.example.com',
      GITHUB_REPOSITORY: 'team/app',
    });
    expect(fs.readFileSync(path.join(dir, 'site', 'index.html'), 'utf8')).toContain(
      '"repo":"https://ghe.example.com/team/app"',
    );
  });

  test('a file that is not a history is an error naming it, exit 2', async () => {
    fs.writeFileSync(path.join(dir, 'bad.json'), '{"schemaVersion":1,"suite":"go","runs":[{"commit":3}]}');
    const r = await cli(['dashboard', '--history', 'bad.json', '--out', 'site']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^benchgate: bad\.json: expected a benchgate history: not a valid history: .*\n$/);
    expect(fs.existsSync(path.join(dir, 'site'))).toBe(false);
    expect((await cli(['dashboard', '--out', 'site'])).err).toBe(
      'benchgate: dashboard: expected at least one --history FILE\n',
    );
    expect(
      (await cli(['dashboard', '--history', 'go.json', '--out', 'x', '--repo-url', 'javascript:x'])).code,
    ).toBe(2);
  });

  test('the built dist/cli.js writes the same site', () => {
    const r = spawnSync(
      node24(),
      [path.join(ROOT, 'dist', 'cli.js'), 'dashboard', '--history', 'go.json', '--out', 'site'],
      {
        cwd: dir,
        encoding: 'utf8',
        env: { PATH: process.env.PATH },
      },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const expected = buildDashboard([realisticHistory(40, 'go')]);
    for (const [name, text] of Object.entries(expected))
      expect(fs.readFileSync(path.join(dir, 'site', name), 'utf8')).toBe(text);
  });
});
