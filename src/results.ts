/**
 * Reading benchmark output from disk: globs, several files, folder formats. The only place parse input
 * touches the file system; the parsers themselves get text.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { globSync } from 'tinyglobby';
import type { Series } from './model.js';
import { BenchgateError, ParseError, errorMessage } from './errors.js';
import { combineFiles, type FileSeries } from './replicates.js';
import { parseText, detectFolderFormat } from './parse/detect.js';
import { FOLDER_PARSERS, folderParserByName } from './parse/index.js';
import type { FolderFile, ParseSink } from './parse/types.js';
import { LIMITS } from './limits.js';

/** Larger outputs are refused before they are read: no benchmark tool writes this much. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

export interface ParsedOutput {
  /** The format of the first file (all files of one run are usually one tool). */
  format: string;
  formats: string[];
  files: string[];
  series: Series[];
  /** Runs per series at most: 1 unless several files carry the same series (replicates). */
  runs: number;
  /** Lines that looked like results but were skipped (formats that allow noise lines). */
  warnings: ParseWarning[];
  /**
   * Run metadata the outputs carry (Go's `cpu`, `goos`, `goarch`), first value per key across the
   * files: `cpu` feeds the runner fingerprint.
   */
  metadata: Record<string, string>;
}

export interface ParseWarning {
  file: string;
  line?: number;
  message: string;
}

/** A ParseSink collecting one file's warnings and metadata into `into`. */
export function collectingSink(
  file: string,
  into: { warnings: ParseWarning[]; metadata: Record<string, string> },
): ParseSink {
  return {
    warn(line, message) {
      into.warnings.push(line === undefined ? { file, message } : { file, line, message });
    },
    meta(key, value) {
      if (!Object.hasOwn(into.metadata, key)) into.metadata[key] = value;
    },
  };
}

function isGlob(p: string): boolean {
  return /[*?[\]{}]/.test(p);
}

/** Expand patterns relative to `cwd`; a plain path that does not exist is an error, not an empty glob. */
export function expandPaths(patterns: string[], cwd: string): string[] {
  const out: string[] = [];
  for (const pattern of patterns) {
    if (isGlob(pattern)) {
      const hits = globSync(pattern, { cwd, onlyFiles: false, dot: true, absolute: false }).sort();
      if (hits.length === 0)
        throw new ParseError(pattern, 0, 'expected the pattern to match at least one file, it matched none');
      for (const h of hits) out.push(h);
    } else {
      if (!fs.existsSync(path.resolve(cwd, pattern)))
        throw new ParseError(pattern, 0, 'expected a benchmark output file, no such file');
      out.push(pattern);
    }
  }
  return [...new Set(out)];
}

function kindOf(st: fs.Stats): string {
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  if (st.isDirectory()) return 'a folder';
  return 'not a regular file';
}

/**
 * A regular file's text, at most MAX_FILE_BYTES. Opened without blocking and checked on the open
 * descriptor, so a FIFO, /dev/zero or a file swapped for one after a check can neither hang the job
 * nor fill its memory.
 */
export function readRegularFile(abs: string, display: string, max = MAX_FILE_BYTES): string {
  let fd: number;
  try {
    fd = fs.openSync(abs, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch {
    throw new ParseError(display, 0, 'expected a readable benchmark output file');
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile())
      throw new ParseError(display, 0, `expected a regular file with benchmark output, got ${kindOf(st)}`);
    if (st.size > max)
      throw new ParseError(
        display,
        0,
        `expected benchmark output under ${max / 1024 / 1024} MiB, the file has ${(st.size / 1024 / 1024).toFixed(0)} MiB`,
      );
    // Read what the size said, and one byte more to notice a file that grows while it is read.
    const buf = Buffer.alloc(st.size + 1);
    let n = 0;
    for (;;) {
      const got = fs.readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
      if (n === buf.length)
        throw new ParseError(display, 0, 'expected a file that does not grow while benchgate reads it');
    }
    return buf.subarray(0, n).toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
}

/** What one folder format may read from one folder, in all (tests use smaller caps). */
export interface FolderCaps {
  files: number;
  bytes: number;
}

const FOLDER_CAPS: FolderCaps = { files: LIMITS.folderFiles, bytes: LIMITS.folderBytes };

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
}

/**
 * A folder format's files, read. The count and the sizes are checked before any file is read; each
 * file is then read with what is left of the total, so a file that grows after the check cannot
 * exceed it either.
 */
export function readFolder(
  dir: string,
  display: string,
  format: string,
  caps: FolderCaps = FOLDER_CAPS,
): { format: string; series: Series[] } {
  const rel = globSync('**/*', { cwd: dir, onlyFiles: true, dot: false }).sort();
  const parser = format === 'auto' ? detectFolderFormat(rel, display) : folderParserByName(format);
  if (!parser) {
    throw new ParseError(
      display,
      0,
      `expected a file for format "${format}", got a folder (folder formats: ${FOLDER_PARSERS.map((p) => p.name).join(', ') || 'none'})`,
    );
  }
  const wanted = rel.filter((p) => parser.wants(p));
  if (wanted.length > caps.files)
    throw new ParseError(
      display,
      0,
      `expected at most ${caps.files.toLocaleString('en')} ${parser.name} files in the folder, it has ${wanted.length.toLocaleString('en')}`,
    );
  let total = 0;
  for (const p of wanted) {
    try {
      total += fs.statSync(path.join(dir, p)).size;
    } catch {
      // Gone since the listing: reading it says so.
    }
  }
  if (total > caps.bytes)
    throw new ParseError(
      display,
      0,
      `expected ${parser.name} files under ${mib(caps.bytes)} in all, the folder's have ${mib(total)}`,
    );
  let left = caps.bytes;
  const files: FolderFile[] = wanted.map((p) => {
    const text = readRegularFile(path.join(dir, p), path.join(display, p), Math.min(MAX_FILE_BYTES, left));
    left = Math.max(0, left - Buffer.byteLength(text));
    return { path: p, text };
  });
  return { format: parser.name, series: parser.parseFolder(files, display) };
}

/** Read one file or folder with the given format ("auto" detects). */
export function readOutput(
  file: string,
  format: string,
  cwd: string,
  sink?: ParseSink,
): { format: string; series: Series[] } {
  const abs = path.resolve(cwd, file);
  let st: fs.Stats;
  try {
    st = fs.statSync(abs);
  } catch {
    throw new ParseError(file, 0, 'expected a benchmark output file, no such file');
  }
  if (st.isDirectory()) return readFolder(abs, file, format);
  const text = readRegularFile(abs, file);
  return parseText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, file, format, sink);
}

/**
 * Read every file the patterns name. Files with different series are parts of one run; a series that
 * several files carry is several runs of it (replicates, src/replicates.ts).
 */
export function readOutputs(patterns: string[], format: string, cwd: string): ParsedOutput {
  const files = expandPaths(patterns, cwd);
  const formats: string[] = [];
  const parts: FileSeries[] = [];
  const found = { warnings: [] as ParseWarning[], metadata: Object.create(null) as Record<string, string> };
  for (const file of files) {
    const r = readOutput(file, format, cwd, collectingSink(file, found));
    formats.push(r.format);
    parts.push({ file, series: r.series });
  }
  let combined;
  try {
    combined = combineFiles(parts);
  } catch (e) {
    throw new BenchgateError(files.join(', '), errorMessage(e));
  }
  return {
    format: formats[0] ?? format,
    formats,
    files,
    series: combined.series,
    runs: combined.runs,
    warnings: found.warnings,
    metadata: { ...found.metadata },
  };
}
