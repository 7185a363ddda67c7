/**
 * The CLI as users install it: `npm pack`, the tarball installed into an empty folder (no registry:
 * the package has no runtime dependencies), and `node_modules/.bin/benchgate` run through npm's
 * symlink, through `npm exec` (what npx runs), and from a global install's bin folder.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../test-support/action.js';
import { BUILD_TIMEOUT_MS, ensureBuilt } from '../test-support/build.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'benchgate-pkg-'));
const project = path.join(tmp, 'project');
const globalPrefix = path.join(tmp, 'global');
const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string })
  .version;
const go = fs.readFileSync(path.join(ROOT, 'fixtures/go/bench-count5.txt'), 'utf8');
// This machine's npm settings stay out; nothing may reach a registry.
const npmEnv = {
  ...process.env,
  npm_config_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, { cwd, env: npmEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function run(bin: string, args: string[], cwd = project): { code: number | null; out: string; err: string } {
  const r = spawnSync(bin, args, { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let tarball = '';

beforeAll(() => {
  ensureBuilt();
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', tmp], ROOT)) as {
    filename: string;
  }[];
  tarball = path.join(tmp, packed[0].filename);
  fs.mkdirSync(project);
  fs.writeFileSync(path.join(project, 'package.json'), '{"name": "user-project", "private": true}\n');
  npm(['install', '--no-package-lock', tarball], project);
  npm(['install', '--global', '--prefix', globalPrefix, tarball], tmp);
  fs.writeFileSync(path.join(project, 'base.txt'), go);
  // One run per side: a 2× change fails only on a runner declared quiet (docs/statistics.md).
  fs.writeFileSync(path.join(project, 'quiet.yml'), 'runner-noise: 2%\n');
  fs.writeFileSync(
    path.join(project, 'slow.txt'),
    go.replace(/(BenchmarkFib20-2\s+\d+\s+)(\d+)/g, (_m, a: string, v: string) => `${a}${Number(v) * 2}`),
  );
}, BUILD_TIMEOUT_MS);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('the installed CLI', () => {
  const local = (): string => path.join(project, 'node_modules', '.bin', 'benchgate');

  test('npm links the bin as a symlink to dist/cli.js, and nothing else is installed', () => {
    expect(fs.lstatSync(local()).isSymbolicLink()).toBe(true);
    expect(fs.realpathSync(local())).toBe(
      fs.realpathSync(path.join(project, 'node_modules', 'benchgate', 'dist', 'cli.js')),
    );
    const installed = fs.readdirSync(path.join(project, 'node_modules')).filter((n) => !n.startsWith('.'));
    expect(installed).toEqual(['benchgate']);
  });

  test('the installed package is small', () => {
    const size = (p: string): number => {
      const st = fs.statSync(p);
      return st.isDirectory() ? fs.readdirSync(p).reduce((s, e) => s + size(path.join(p, e)), 0) : st.size;
    };
    expect(size(path.join(project, 'node_modules', 'benchgate'))).toBeLessThan(5 * 1024 * 1024);
  });

  test('--version and --help', () => {
    expect(run(local(), ['--version'])).toEqual({ code: 0, out: `${version}\n`, err: '' });
    const help = run(local(), ['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('benchgate compare (--baseline FILE');
    expect(help.out).toContain('benchgate record --history FILE OUTPUT...');
    expect(help.err).toBe('');
  });

  test('parse prints the series', () => {
    const r = run(local(), ['parse', 'base.txt']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { format: string }).format).toBe('go');
  });

  test('compare exits 0 on a pass and 1 on a fail', () => {
    const pass = run(local(), ['compare', '--baseline', 'base.txt', '--current', 'base.txt']);
    expect(pass.code).toBe(0);
    expect(pass.out).toContain('PASS');
    const fail = run(local(), [
      'compare',
      '--baseline',
      'base.txt',
      '--current',
      'slow.txt',
      '--json',
      '--config',
      'quiet.yml',
    ]);
    expect(fail.code).toBe(1);
    expect((JSON.parse(fail.out) as { verdict: string }).verdict).toBe('fail');
  });

  test('record keeps a history that compare --history judges against', () => {
    for (let i = 1; i <= 5; i++)
      expect(
        run(local(), ['record', '--history', 'h.json', 'base.txt', '--commit', `c${i}`, '--ref', 'main'])
          .code,
      ).toBe(0);
    expect(run(local(), ['compare', '--history', 'h.json', '--current', 'base.txt']).code).toBe(0);
    expect(run(local(), ['compare', '--history', 'h.json', '--current', 'slow.txt']).code).toBe(1);
  });

  test('an error is one line on stderr and exit 2', () => {
    const r = run(local(), ['parse', 'missing.txt']);
    expect(r).toEqual({
      code: 2,
      out: '',
      err: 'benchgate: missing.txt: expected a benchmark output file, no such file\n',
    });
  });

  test('npm exec (what npx runs) reaches the same bin', () => {
    const out = execFileSync('npm', ['exec', '--', 'benchgate', '--version'], {
      cwd: project,
      env: npmEnv,
      encoding: 'utf8',
    });
    expect(out).toBe(`${version}\n`);
  });

  test('a global install’s bin works through its own symlink, from any folder', () => {
    const bin = path.join(globalPrefix, 'bin', 'benchgate');
    expect(fs.lstatSync(bin).isSymbolicLink()).toBe(true);
    expect(run(bin, ['--version'], tmp)).toEqual({ code: 0, out: `${version}\n`, err: '' });
    const fail = run(
      bin,
      [
        'compare',
        '--baseline',
        path.join(project, 'base.txt'),
        '--current',
        path.join(project, 'slow.txt'),
        '--config',
        path.join(project, 'quiet.yml'),
      ],
      tmp,
    );
    expect(fail.code).toBe(1);
  });

  test('node dist/cli.js works as well', () => {
    const cli = path.join(project, 'node_modules', 'benchgate', 'dist', 'cli.js');
    const r = run(process.execPath, [cli, 'compare', '--baseline', 'base.txt', '--current', 'base.txt']);
    expect(r.code).toBe(0);
  });
});
