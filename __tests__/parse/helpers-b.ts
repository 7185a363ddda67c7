/** Shared by parsers-b's tests: read a fixture, catch a ParseError's one line, collect sink warnings. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ParseError } from '../../src/errors.js';
import type { ParseSink } from '../../src/parse/types.js';

export const fixture = (f: string): string => fs.readFileSync(path.join('fixtures', f), 'utf8');

export function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof ParseError) return e.line;
    throw e;
  }
  throw new Error('expected a ParseError');
}

export function recordingSink(): ParseSink & { warnings: string[]; metadata: Record<string, string> } {
  const warnings: string[] = [];
  const metadata: Record<string, string> = {};
  return {
    warnings,
    metadata,
    warn: (line, message) => void warnings.push(`${line ?? '-'}: ${message}`),
    meta: (key, value) => void (metadata[key] = value),
  };
}
