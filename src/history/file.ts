/**
 * The file store: a JSON file at a path, for self-hosted runners, tests, and users who commit their
 * history. Writes go to a temporary file (flushed to disk) renamed into place, so a crash never leaves
 * half a history; an unreadable file is moved aside to `<file>.invalid-<time>`, never overwritten. A
 * file holding another suite's history is left alone: it is someone else's.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { History } from '../model.js';
import { errorText } from '../errors.js';
import type { HistoryStore, LoadResult, SaveResult } from './store.js';
import { decodeHistory } from './validate.js';

export class FileStore implements HistoryStore {
  readonly name = 'file';

  constructor(
    private readonly file: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async load(suite: string): Promise<LoadResult> {
    let text: string;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return { kind: 'empty', reason: `no history at ${this.file} yet` };
      return { kind: 'unavailable', reason: `cannot read ${this.file} (${code ?? errorText(e)})` };
    }
    const v = decodeHistory(text, suite);
    if (v.ok)
      return {
        kind: 'found',
        history: v.history,
        source:
          v.migratedFrom === undefined
            ? this.file
            : `${this.file} (migrated from schemaVersion ${v.migratedFrom})`,
      };
    if (v.kind === 'foreign')
      return {
        kind: 'unavailable',
        reason: `${this.file}: ${v.reason}; give each suite its own history-path`,
      };
    return this.keepAside(`${this.file}: ${v.reason}`);
  }

  /** Move an unusable history aside so that the next save cannot overwrite it. */
  private keepAside(reason: string): LoadResult {
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    let aside = `${this.file}.invalid-${stamp}`;
    for (let i = 2; fs.existsSync(aside); i++) aside = `${this.file}.invalid-${stamp}-${i}`;
    try {
      fs.renameSync(this.file, aside);
      return { kind: 'invalid', reason, keptAt: aside };
    } catch (e) {
      // It could not be moved (a read-only checkout): then it must not be replaced either.
      return {
        kind: 'unavailable',
        reason: `${reason}; it could not be moved aside (${(e as NodeJS.ErrnoException).code ?? errorText(e)})`,
      };
    }
  }

  async save(history: History): Promise<SaveResult> {
    const tmp = `${this.file}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
    try {
      fs.mkdirSync(path.dirname(path.resolve(this.file)), { recursive: true });
      const fd = fs.openSync(tmp, 'wx');
      try {
        fs.writeFileSync(fd, `${JSON.stringify(history)}\n`);
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(tmp, this.file);
      return { kind: 'saved', where: this.file };
    } catch (e) {
      try {
        fs.rmSync(tmp, { force: true });
      } catch {
        // Nothing was created where nothing can be created.
      }
      return {
        kind: 'failed',
        reason: `cannot write ${this.file} (${(e as NodeJS.ErrnoException).code ?? errorText(e)})`,
      };
    }
  }
}
