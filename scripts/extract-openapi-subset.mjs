#!/usr/bin/env node
// Extracts the part of GitHub's official OpenAPI description that benchgate talks to, so the GitHub REST
// stand-in (test-support/github/) can validate every request and its own answers against it.
//
// The source is the npm package @octokit/openapi (385 MB installed: never a dependency of this project).
// Regenerate with, for example:
//
//   npx -y -p @octokit/openapi@23.0.2 node scripts/extract-openapi-subset.mjs
//
// or, with the package installed elsewhere:
//
//   node scripts/extract-openapi-subset.mjs /tmp/openapi/node_modules/@octokit/openapi
//
// The output, test-support/github/openapi-subset.json, is committed; its info.x-source records the package
// version it came from. Examples are dropped (they are most of the size and validate nothing).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';

/** The operations benchgate (and its history store) calls: [method, path template]. */
export const OPERATIONS = [
  // the sticky PR comment
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['patch', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  // check run, or a commit status when checks are refused
  ['post', '/repos/{owner}/{repo}/check-runs'],
  ['patch', '/repos/{owner}/{repo}/check-runs/{check_run_id}'],
  ['post', '/repos/{owner}/{repo}/statuses/{sha}'],
  // issue-on-regression
  ['get', '/repos/{owner}/{repo}/issues'],
  ['post', '/repos/{owner}/{repo}/issues'],
  ['patch', '/repos/{owner}/{repo}/issues/{issue_number}'],
  // workflow_run comment mode: the triggering run and the PR it claims
  ['get', '/repos/{owner}/{repo}/actions/runs/{run_id}'],
  ['get', '/repos/{owner}/{repo}/actions/runs'],
  ['get', '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}'],
  ['get', '/repos/{owner}/{repo}/commits/{commit_sha}/pulls'],
  // artifacts of other runs (@actions/artifact findBy; the artifact history store)
  ['get', '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts'],
  ['get', '/repos/{owner}/{repo}/actions/artifacts'],
  ['get', '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}'],
  ['delete', '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}'],
  ['get', '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}'],
];

const here = path.dirname(new URL(import.meta.url).pathname);
const OUT = path.join(here, '..', 'test-support', 'github', 'openapi-subset.json');

function packageDir() {
  if (process.argv[2]) return path.resolve(process.argv[2]);
  // Under `npx -p @octokit/openapi@…` the package is on NODE_PATH's neighbour: resolve it from the cwd and
  // from npx's own install folder.
  const require = createRequire(path.join(process.cwd(), 'noop.js'));
  for (const base of [process.cwd(), ...(process.env.PATH ?? '').split(':').map((p) => path.join(p, '..'))]) {
    try {
      return path.dirname(require.resolve('@octokit/openapi/package.json', { paths: [base] }));
    } catch {
      // try the next place
    }
  }
  throw new Error('cannot find @octokit/openapi; pass its folder as the first argument');
}

/** Drop examples: they are large, and nothing validates against them. */
function strip(node) {
  if (Array.isArray(node)) return node.map(strip);
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'examples' || k === 'example') continue;
    out[k] = strip(v);
  }
  return out;
}

/** Every "#/components/<kind>/<name>" reachable from `node`, collected into `seen`. */
function collectRefs(spec, node, seen) {
  if (Array.isArray(node)) {
    for (const v of node) collectRefs(spec, v, seen);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const [k, v] of Object.entries(node)) {
    if (k === '$ref' && typeof v === 'string') {
      if (seen.has(v)) continue;
      seen.add(v);
      const [, , kind, name] = v.split('/');
      const target = spec.components?.[kind]?.[name];
      if (!target) throw new Error(`unresolvable $ref ${v}`);
      collectRefs(spec, strip(target), seen);
    } else collectRefs(spec, v, seen);
  }
}

const dir = packageDir();
const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
const spec = JSON.parse(fs.readFileSync(path.join(dir, 'generated', 'api.github.com.json'), 'utf8'));

const paths = {};
for (const [method, p] of OPERATIONS) {
  const op = spec.paths[p]?.[method];
  if (!op) throw new Error(`${method.toUpperCase()} ${p} is not in @octokit/openapi ${pkg.version}`);
  paths[p] ??= {};
  if (spec.paths[p].parameters) paths[p].parameters = strip(spec.paths[p].parameters);
  paths[p][method] = strip(op);
}
const seen = new Set();
collectRefs(spec, paths, seen);
const components = {};
for (const ref of [...seen].sort()) {
  const [, , kind, name] = ref.split('/');
  components[kind] ??= {};
  components[kind][name] = strip(spec.components[kind][name]);
}

const subset = {
  openapi: spec.openapi,
  info: {
    title: 'benchgate: the subset of GitHub REST API it uses',
    version: spec.info.version,
    'x-source': `${pkg.name}@${pkg.version} generated/api.github.com.json`,
    'x-generated-by': 'scripts/extract-openapi-subset.mjs',
  },
  paths,
  components,
};
fs.writeFileSync(OUT, `${JSON.stringify(subset, null, 1)}\n`);
console.log(
  `wrote ${path.relative(process.cwd(), OUT)}: ${OPERATIONS.length} operations, ${seen.size} components, ` +
    `${(fs.statSync(OUT).size / 1024).toFixed(0)} KiB, from ${pkg.name}@${pkg.version}`,
);
