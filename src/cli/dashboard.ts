/**
 * `benchgate dashboard`: the dashboard site from one or more history files (what `benchgate record`
 * or the action's `store: file` keep), for any CI: publish the folder wherever static files are served.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BenchgateError } from '../errors.js';
import { decodeHistory } from '../history/validate.js';
import type { History } from '../model.js';
import { buildDashboard, safeRepoUrl } from '../dashboard/index.js';
import { writeDashboard } from '../dashboard/folder.js';
import type { Command } from './command.js';
import { required, str, strs } from './shared.js';

/** A history file, validated as the stores validate what they load. */
export function readHistoryFile(file: string, cwd: string): History {
  let text: string;
  try {
    text = fs.readFileSync(path.resolve(cwd, file), 'utf8');
  } catch (e) {
    throw new BenchgateError(
      file,
      `expected a history file, could not read it (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  let suite = 'default';
  try {
    const doc = JSON.parse(text) as { suite?: unknown };
    if (typeof doc?.suite === 'string') suite = doc.suite;
  } catch {
    // decodeHistory says what is wrong
  }
  const v = decodeHistory(text, suite);
  if (!v.ok) throw new BenchgateError(file, `expected a benchgate history: ${v.reason}`);
  return v.history;
}

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

export const dashboard: Command = {
  name: 'dashboard',
  usage: `benchgate dashboard --history FILE [--history FILE ...] --out DIR [--repo-url URL]
  Write the dashboard, a static site with a chart per series over the history (change points marked,
  search, tables), into DIR. Open DIR/index.html, or publish DIR (GitHub Pages, any web server).
  --history FILE          a history file (one per suite); repeat for several suites
  --out DIR               the folder to write the site to (created when missing)
  --repo-url URL          the repository's web address, for commit links (e.g. https://github.com/o/r;
                          default: from GITHUB_SERVER_URL and GITHUB_REPOSITORY when set)`,
  options: {
    history: { type: 'string', multiple: true },
    out: { type: 'string' },
    'repo-url': { type: 'string' },
  },
  async run(values, positionals, io) {
    if (positionals.length > 0)
      throw new BenchgateError(
        'dashboard',
        `unexpected argument ${JSON.stringify(positionals[0])}; give history files with --history`,
      );
    const files = strs(values, 'history');
    if (files.length === 0) throw new BenchgateError('dashboard', 'expected at least one --history FILE');
    const out = required(values, 'out', 'dashboard', 'DIR');
    const given = str(values, 'repo-url');
    if (given !== undefined && !safeRepoUrl(given))
      throw new BenchgateError('--repo-url', `expected an http(s) address, got ${JSON.stringify(given)}`);
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo } = io.env;
    const repoUrl = given ?? (server && repo ? `${server}/${repo}` : undefined);
    const histories = files.map((f) => readHistoryFile(f, io.cwd));
    const site = buildDashboard(histories, { repoUrl });
    const dir = path.resolve(io.cwd, out);
    writeDashboard(dir, site);
    const total = Object.values(site).reduce((n, t) => n + Buffer.byteLength(t), 0);
    const series = histories.reduce(
      (n, h) => n + new Set(h.runs.flatMap((r) => r.series.map((s) => `${s.name}\u0000${s.metric}`))).size,
      0,
    );
    io.stdout.write(
      `benchgate: wrote the dashboard of ${histories.length} suite(s), ${series} series, to ${dir} (${size(total)}, index.html ${size(Buffer.byteLength(site['index.html']))})\n`,
    );
    return 0;
  },
};
