/** store: file — a JSON file that is written atomically and never overwritten when unreadable. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FileStore } from '../../src/history/file.js';
import { history, run } from './support.js';

let dir: string;
let file: string;
const at = new Date('2026-11-21T12:00:00.000Z');
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'benchgate-file-store-'));
  file = path.join(dir, '.benchgate', 'history.json');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const store = () => new FileStore(file, () => at);

test('no file yet: an empty history, nothing created', async () => {
  expect(await store().load('go')).toEqual({ kind: 'empty', reason: `no history at ${file} yet` });
  expect(fs.existsSync(file)).toBe(false);
});

test('a saved history loads back; the folder is created and no temporary file is left', async () => {
  const h = history([run(1), run(2)]);
  expect(await store().save(h)).toEqual({ kind: 'saved', where: file });
  expect(await store().load('go')).toEqual({ kind: 'found', history: h, source: file });
  expect(fs.readdirSync(path.dirname(file))).toEqual(['history.json']);
});

test.each([
  ['corrupt', '{"schemaVersion":1,"suite":"go","runs":[', /history\.json: not valid JSON \(/],
  ['truncated to nothing', '', /history\.json: the history is empty \(a truncated write\?\)/],
  [
    'from a newer benchgate',
    '{"schemaVersion":9,"suite":"go","runs":[]}',
    /written by a newer benchgate \(schemaVersion 9/,
  ],
])(
  'a %s file is moved aside with its content intact, and the next save starts fresh',
  async (_what, content, reason) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    const loaded = await store().load('go');
    const aside = `${file}.invalid-2026-11-21T12-00-00-000Z`;
    expect(loaded).toEqual({ kind: 'invalid', reason: expect.stringMatching(reason), keptAt: aside });
    expect(fs.readFileSync(aside, 'utf8')).toBe(content);
    expect(fs.existsSync(file)).toBe(false);
    await store().save(history([run(3)]));
    expect(fs.readFileSync(aside, 'utf8')).toBe(content);
  },
);

test('a second unusable file in the same instant does not replace the first one kept aside', async () => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, 'one');
  await store().load('go');
  fs.writeFileSync(file, 'two');
  const second = await store().load('go');
  expect(second).toMatchObject({ kind: 'invalid', keptAt: `${file}.invalid-2026-11-21T12-00-00-000Z-2` });
  expect(fs.readFileSync(`${file}.invalid-2026-11-21T12-00-00-000Z`, 'utf8')).toBe('one');
});

test("another suite's history is left where it is, untouched", async () => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const text = JSON.stringify({ ...history([run(1)]), suite: 'rust' });
  fs.writeFileSync(file, text);
  const loaded = await store().load('go');
  expect(loaded).toEqual({
    kind: 'unavailable',
    reason: `${file}: it holds the history of suite "rust", not "go"; give each suite its own history-path`,
  });
  expect(fs.readFileSync(file, 'utf8')).toBe(text);
});

test('a hand-written list of runs is read as a history (migrated from schemaVersion 0)', async () => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify([run(1)]));
  expect(await store().load('go')).toEqual({
    kind: 'found',
    history: history([run(1)]),
    source: `${file} (migrated from schemaVersion 0)`,
  });
});

test('a path that cannot be read or written is a value, not a crash', async () => {
  fs.mkdirSync(file, { recursive: true });
  expect(await store().load('go')).toEqual({ kind: 'unavailable', reason: `cannot read ${file} (EISDIR)` });
  const blocked = new FileStore(path.join(dir, 'a-file', 'history.json'));
  fs.writeFileSync(path.join(dir, 'a-file'), '');
  expect(await blocked.save(history([]))).toEqual({
    kind: 'failed',
    reason: `cannot write ${path.join(dir, 'a-file', 'history.json')} (EEXIST)`,
  });
});
