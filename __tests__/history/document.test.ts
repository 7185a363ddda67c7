/** The stored History document: its schema, validation on load, and migrations. */
import * as fs from 'node:fs';
import { validateHistory } from '../../src/history/validate.js';
import { migrate, versionOf, MIGRATIONS } from '../../src/history/migrate.js';
import { HISTORY_SCHEMA } from '../../src/history/schema.js';
import { history, run } from './support.js';

test('a history as benchgate writes it is valid and comes back unchanged', () => {
  const h = history([run(1), run(2, { runner: undefined, runId: undefined })]);
  expect(validateHistory(JSON.parse(JSON.stringify(h)), 'go')).toEqual({ ok: true, history: h });
});

test('a bare list of runs (written by hand for store: file) is migrated to the current document', () => {
  const v = validateHistory([run(1), run(2)], 'go');
  expect(v).toEqual({ ok: true, history: history([run(1), run(2)]), migratedFrom: 0 });
});

test('an empty bare list becomes an empty history of the suite being loaded', () => {
  expect(validateHistory([], 'go')).toEqual({ ok: true, history: history([]), migratedFrom: 0 });
});

test('a history from a newer benchgate is refused, saying so', () => {
  const v = validateHistory({ schemaVersion: 2, suite: 'go', runs: [], packed: true }, 'go');
  expect(v).toEqual({
    ok: false,
    kind: 'newer',
    reason: 'written by a newer benchgate (schemaVersion 2; this version reads up to 1)',
  });
});

test.each([
  [null, /expected a history object with a "schemaVersion"/],
  ['{"schemaVersion":1}', /expected a history object/],
  [{ schemaVersion: 1, suite: 'go' }, /\(top level\): expected key "runs"/],
  [
    {
      schemaVersion: 1,
      suite: 'go',
      runs: [{ ...run(1), series: [{ name: 'x', metric: 'time', unit: 'ns', direction: 'down', value: 1 }] }],
    },
    /runs\[0\]\.series\[0\]\.direction: expected one of "smaller", "bigger"/,
  ],
  [
    {
      schemaVersion: 1,
      suite: 'go',
      runs: [
        { ...run(1), series: [{ name: 'x', metric: 'time', unit: 'ns', direction: 'smaller', value: '12' }] },
      ],
    },
    /runs\[0\]\.series\[0\]\.value: must be number/,
  ],
  [
    { schemaVersion: 1, suite: 'go', runs: [{ ...run(1), runner: { os: 'linux', arch: 'x64', cores: 0 } }] },
    /runs\[0\]\.runner\.cores: must be >= 1/,
  ],
])('a broken document is refused with where and what: %j', (doc, reason) => {
  const v = validateHistory(doc, 'go');
  expect(v.ok).toBe(false);
  if (!v.ok) {
    expect(v.kind).toBe('corrupt');
    expect(v.reason).toMatch(reason);
  }
});

test("another suite's history is recognised as such, not as corrupt", () => {
  const v = validateHistory({ ...history([run(1)]), suite: 'rust' }, 'go');
  expect(v).toEqual({ ok: false, kind: 'foreign', reason: 'it holds the history of suite "rust", not "go"' });
});

test('unknown keys a later version may add are kept, not refused', () => {
  const h = { ...history([{ ...run(1), note: 'x' } as never]), extra: { a: 1 } };
  const v = validateHistory(h, 'go');
  expect(v.ok).toBe(true);
});

describe('migrations', () => {
  test('every version below the current one has a step to the next', () => {
    expect(Object.keys(MIGRATIONS).map(Number)).toEqual([0]);
    expect(HISTORY_SCHEMA.properties.schemaVersion.const).toBe(1);
  });

  test('steps apply in order, from the document version up to the current one', () => {
    const table = {
      0: (d: unknown) => ({ schemaVersion: 1, steps: ['0→1'], d }),
      1: (d: unknown) => ({
        ...(d as object),
        schemaVersion: 2,
        steps: [...(d as { steps: string[] }).steps, '1→2'],
      }),
    };
    expect(migrate([], { suite: 'go' }, table, 2)).toMatchObject({
      ok: true,
      from: 0,
      doc: { schemaVersion: 2, steps: ['0→1', '1→2'] },
    });
    expect(migrate({ schemaVersion: 1, steps: [] }, { suite: 'go' }, table, 2)).toMatchObject({
      ok: true,
      from: 1,
      doc: { steps: ['1→2'] },
    });
  });

  test('a missing step is reported, not skipped', () => {
    expect(migrate([], { suite: 'go' }, {}, 1)).toEqual({
      ok: false,
      kind: 'corrupt',
      reason: 'no migration from schemaVersion 0',
    });
  });

  test('the version of a document', () => {
    expect(versionOf([])).toBe(0);
    expect(versionOf({ schemaVersion: 3 })).toBe(3);
    expect(versionOf({ schemaVersion: '1' })).toBeUndefined();
    expect(versionOf('x')).toBeUndefined();
  });
});

test('schema/history.schema.json is what `npm run schemas` writes from the TypeScript constant', () => {
  expect(JSON.parse(fs.readFileSync('schema/history.schema.json', 'utf8'))).toEqual(HISTORY_SCHEMA);
});
