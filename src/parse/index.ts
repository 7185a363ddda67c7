/**
 * The formats benchgate reads, in detection order: the most specific signatures first, so a format
 * whose output contains another's never loses to it. Adding a format touches this list and nothing else.
 */
import type { FolderParser, Parser } from './types.js';
import { goBench } from './go.js';
import { customBiggerIsBetter, customSmallerIsBetter, genericList } from './generic.js';

export const PARSERS: readonly Parser[] = [goBench, genericList];

/** Formats that can be named with `format:` but are never auto-detected (they need the user's intent). */
export const EXPLICIT_ONLY: readonly Parser[] = [customBiggerIsBetter, customSmallerIsBetter];

export const FOLDER_PARSERS: readonly FolderParser[] = [];

/** Every format name a user may give, for messages and the action.yml description. */
export function formatNames(): string[] {
  return [
    'auto',
    ...PARSERS.map((p) => p.name),
    ...EXPLICIT_ONLY.map((p) => p.name),
    ...FOLDER_PARSERS.map((p) => p.name),
  ];
}

export function parserByName(name: string): Parser | undefined {
  return [...PARSERS, ...EXPLICIT_ONLY].find((p) => p.name === name);
}

export function folderParserByName(name: string): FolderParser | undefined {
  return FOLDER_PARSERS.find((p) => p.name === name);
}

export type { Parser, FolderParser, FolderFile } from './types.js';
