/** store: file, end to end: the committed dist/index.js keeps a history file in the workspace. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { History } from '../../src/model.js';
import { push, pr, start, storeWarnings as warnings, sha, type Harness } from './history-support.js';

let h: Harness;
beforeEach(async () => {
  h = await start();
});
afterEach(async () => {
  await h.close();
});

const file = { store: 'file', 'history-path': '.benchgate/history.json' };
const read = (): History =>
  JSON.parse(fs.readFileSync(path.join(h.workspace, '.benchgate/history.json'), 'utf8')) as History;

test('pushes append to the file; a PR compares with it and leaves it as it was', async () => {
  await push(h, { commit: 1, inputs: file });
  await push(h, { commit: 2, inputs: file });
  expect(read().runs.map((r) => r.commit)).toEqual([sha(1), sha(2)]);
  const before = fs.readFileSync(path.join(h.workspace, '.benchgate/history.json'), 'utf8');
  const r = await pr(h, { inputs: file });
  expect(r.outputs.verdict).toBe('fail');
  expect(fs.readFileSync(path.join(h.workspace, '.benchgate/history.json'), 'utf8')).toBe(before);
});

test('a corrupt history file is moved aside, named in a warning, and a fresh one starts', async () => {
  fs.mkdirSync(path.join(h.workspace, '.benchgate'));
  fs.writeFileSync(path.join(h.workspace, '.benchgate/history.json'), '{"schemaVersion": 1, "runs": [');
  const r = await push(h, { commit: 3, inputs: file });
  expect(r.exitCode).toBe(0);
  const w = warnings(r).join('\n');
  expect(w).toContain('the stored history (file) is unusable: .benchgate/history.json: not valid JSON (');
  const kept = fs.readdirSync(path.join(h.workspace, '.benchgate')).filter((f) => f.includes('.invalid-'));
  expect(kept).toHaveLength(1);
  expect(w).toContain(`The unusable copy is kept: .benchgate/${kept[0]}`);
  expect(fs.readFileSync(path.join(h.workspace, '.benchgate', kept[0]), 'utf8')).toBe(
    '{"schemaVersion": 1, "runs": [',
  );
  expect(read().runs.map((x) => x.commit)).toEqual([sha(3)]);
});
