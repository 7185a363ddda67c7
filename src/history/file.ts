/**
 * The file store: a JSON file at a path, for self-hosted runners, tests, and users who commit their
 * history. Writes go to a temporary file renamed into place, so a crash never leaves half a history;
 * an unreadable file is moved aside, never overwritten.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { History } from '../model.js';
import type { HistoryStore, LoadResult, SaveResult } from './store.js';
import { validateHistory } from './validate.js';

export class FileStore implements HistoryStore {
  readonly name = 'file';

  constructor(private readonly file: string) {}

  async load(suite: string): Promise<LoadResult> {
    let text: string;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT')
        return { kind: 'empty', reason: `no history at ${this.file} yet` };
      return { kind: 'unavailable', reason: `cannot read ${this.file}: ${(e as Error).message}` };
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      return this.keepAside(`${this.file} is not valid JSON (${(e as Error).message})`);
    }
    const v = validateHistory(value, suite);
    if (!v.ok) return this.keepAside(`${this.file}: ${v.reason}`);
    return { kind: 'found', history: v.history, source: this.file };
  }

  /** Move an unusable history aside so the next save cannot overwrite it. */
  private keepAside(reason: string): LoadResult {
    const aside = `${this.file}.invalid-${Date.now()}`;
    try {
      fs.renameSync(this.file, aside);
      return { kind: 'invalid', reason, keptAt: aside };
    } catch {
      return { kind: 'invalid', reason };
    }
  }

  async save(history: History): Promise<SaveResult> {
    try {
      fs.mkdirSync(path.dirname(path.resolve(this.file)), { recursive: true });
      const tmp = `${this.file}.tmp-${process.pid}`;
      fs.writeFileSync(tmp, `${JSON.stringify(history)}\n`);
      fs.renameSync(tmp, this.file);
      return { kind: 'saved', where: this.file };
    } catch (e) {
      return { kind: 'failed', reason: `cannot write ${this.file}: ${(e as Error).message}` };
    }
  }
}
