// Print the CHANGELOG section of a release tag (vX.Y.Z) as the GitHub release's notes, after checking
// that package.json carries the same version. Exit 1 with one line on stderr when they disagree.
import * as fs from 'node:fs';

const tag = process.argv[2] ?? '';
const m = /^v(\d+\.\d+\.\d+)$/.exec(tag);
if (!m) {
  console.error(`release-notes: expected a tag vX.Y.Z, got "${tag}"`);
  process.exit(1);
}
const version = m[1];
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
if (pkg.version !== version) {
  console.error(`release-notes: package.json says ${pkg.version}, the tag says ${version}`);
  process.exit(1);
}
const lines = fs.readFileSync('CHANGELOG.md', 'utf8').split('\n');
const start = lines.findIndex((l) => l.startsWith(`## [${version}]`));
if (start < 0) {
  console.error(`release-notes: CHANGELOG.md has no "## [${version}]" section`);
  process.exit(1);
}
let end = lines.findIndex((l, i) => i > start && /^## \[/.test(l));
if (end < 0) end = lines.length;
const body = lines
  .slice(start + 1, end)
  .filter((l) => !/^\[[^\]]+\]: /.test(l))
  .join('\n')
  .trim();
if (!body) {
  console.error(`release-notes: the CHANGELOG section of ${version} is empty`);
  process.exit(1);
}
process.stdout.write(`${body}\n`);
