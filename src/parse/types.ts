import type { Series } from '../model.js';

/** A benchmark output format. Parsers are pure: the caller reads files and hands over their text. */
export interface Parser {
  /** The `format` input value. */
  name: string;
  /** What the user runs to produce it, for messages and docs. */
  describe: string;
  /** Cheap, content-based, and with no false positives on other tools' output. */
  detect(text: string): boolean;
  /**
   * Normalized series, or a thrown ParseError naming the file, the line and what was expected. A format
   * that allows noise lines reports a skipped line that looked like a result through `sink.warn`, and
   * run metadata it finds (Go's `cpu: …`) through `sink.meta`.
   */
  parse(text: string, file: string, sink?: ParseSink): Series[];
}

/** What a parser reports besides its series. Optional: a parser called without one stays silent. */
export interface ParseSink {
  /** A line that looked like a result but was skipped where the format allows noise lines. */
  warn(line: number | undefined, message: string): void;
  /** Run metadata from the output (Go's `cpu: …`, `goos: …`, a tool version). */
  meta(key: string, value: string): void;
}

/** One file of a folder-shaped output (criterion's `target/criterion`), already read by the caller. */
export interface FolderFile {
  /** Path relative to the folder, with forward slashes. */
  path: string;
  text: string;
}

/** A format that is a folder rather than a file. */
export interface FolderParser {
  name: string;
  describe: string;
  /** Whether these relative paths look like this format's folder. */
  detectFolder(paths: string[]): boolean;
  /** Which relative paths the caller must read and hand to `parseFolder`. */
  wants(path: string): boolean;
  parseFolder(files: FolderFile[], folder: string): Series[];
}
