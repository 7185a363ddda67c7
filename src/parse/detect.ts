/** Choose a format from the content, never from the file name; say what was tried when nothing fits. */
import type { Parser, FolderParser, ParseSink } from './types.js';
import type { Series } from '../model.js';
import { ParseError } from '../errors.js';
import { FOLDER_PARSERS, PARSERS, formatNames, folderParserByName, parserByName } from './index.js';

export function detectFormat(text: string, file: string): Parser {
  if (text.trim() === '') throw new ParseError(file, 1, 'expected benchmark output, the file is empty');
  const hit = PARSERS.find((p) => p.detect(text));
  if (hit) return hit;
  throw new ParseError(
    file,
    1,
    `expected the output of a known benchmark tool; tried ${PARSERS.map((p) => p.name).join(', ')} ` +
      `(set "format" to one of: ${formatNames().join(', ')})`,
  );
}

export function detectFolderFormat(paths: string[], folder: string): FolderParser {
  const hit = FOLDER_PARSERS.find((p) => p.detectFolder(paths));
  if (hit) return hit;
  throw new ParseError(
    folder,
    0,
    `expected a benchmark results folder (${FOLDER_PARSERS.map((p) => p.name).join(', ') || 'none known'}), found none of their files`,
  );
}

/** Parse one file's text with the named format, or the detected one for "auto". */
export function parseText(
  text: string,
  file: string,
  format: string,
  sink?: ParseSink,
): { format: string; series: Series[] } {
  if (text.includes('\u0000'))
    throw new ParseError(file, 1, 'expected text benchmark output, the file is binary');
  let parser: Parser | undefined;
  if (format === 'auto') parser = detectFormat(text, file);
  else {
    parser = parserByName(format);
    if (!parser) {
      if (folderParserByName(format))
        throw new ParseError(file, 0, `expected a folder for format "${format}", got a file`);
      throw new ParseError(file, 0, `expected "format" to be one of ${formatNames().join(', ')}`, format);
    }
    if (text.trim() === '') throw new ParseError(file, 1, 'expected benchmark output, the file is empty');
  }
  return { format: parser.name, series: parser.parse(text, file, sink) };
}
