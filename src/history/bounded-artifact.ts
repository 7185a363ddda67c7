/**
 * Reading one file out of a workflow artifact without trusting its size. An artifact's zip can hold a
 * bomb (1 MiB that inflates to gigabytes) or other files than the one expected, so nothing is ever
 * extracted to disk: the zip is downloaded as it is (@actions/artifact's `skipDecompress`) into a
 * fresh scratch folder — after its listed size was checked — and only the expected entry is inflated,
 * in memory, up to a byte cap; other entries are read through and dropped, under a total cap. The
 * scratch folder is removed whatever happens. Artifact names are never used as path components.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import unzip, { type Entry } from 'unzip-stream';
import { LIMITS } from '../limits.js';

export interface ZipCaps {
  /** The zip itself (compressed bytes). */
  zipBytes: number;
  /** The expected entry, inflated. */
  entryBytes: number;
  /** Every entry together, inflated: other entries must be read through to reach the expected one. */
  totalBytes: number;
}

export const ARTIFACT_CAPS: ZipCaps = {
  zipBytes: LIMITS.documentBytes,
  entryBytes: LIMITS.documentBytes,
  totalBytes: 2 * LIMITS.documentBytes,
};

/** Why an artifact was not read: a one-line reason for the report. */
export class ArtifactReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArtifactReadError';
  }
}

function mib(n: number): string {
  return `${+(n / 1024 / 1024).toFixed(1)} MiB`;
}

/** The expected entry of a zip file on disk, inflated in memory under the caps. */
export function readZipEntry(
  zipFile: string,
  entryName: string,
  caps: ZipCaps = ARTIFACT_CAPS,
): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const source = fs.createReadStream(zipFile);
    const parser = unzip.Parse();
    let total = 0;
    let wantedSeen = false;
    let settled = false;
    const entries: Entry[] = [];
    /** Stop reading: no entry goes on inflating in the background. */
    const stop = (): void => {
      settled = true;
      source.destroy();
      parser.destroy();
      for (const e of entries) e.destroy();
    };
    const fail = (message: string): void => {
      if (settled) return;
      stop();
      reject(new ArtifactReadError(message));
    };
    parser.on('entry', (entry: Entry) => {
      entries.push(entry);
      const wanted = entry.type === 'File' && entry.path === entryName && !wantedSeen;
      if (wanted) wantedSeen = true;
      const chunks: Buffer[] = [];
      let size = 0;
      // Every entry is read (the parser waits for each), counted and, but for the expected one, dropped.
      entry.on('data', (chunk: Buffer) => {
        size += chunk.length;
        total += chunk.length;
        if (wanted && size > caps.entryBytes)
          fail(`its ${entryName} inflates to more than ${mib(caps.entryBytes)}`);
        else if (total > caps.totalBytes) fail(`it inflates to more than ${mib(caps.totalBytes)}`);
        else if (wanted) chunks.push(chunk);
      });
      // The parser may close before its entries end: the wanted entry's end settles the read.
      entry.on('end', () => {
        if (!wanted || settled) return;
        stop();
        resolve(Buffer.concat(chunks, size));
      });
      entry.on('error', (e: Error) => fail(`it is not a readable zip (${e.message.split('\n')[0]})`));
    });
    parser.on('error', (e: Error) => fail(`it is not a readable zip (${e.message.split('\n')[0]})`));
    parser.on('close', () => {
      if (!wantedSeen) fail(`it holds no ${entryName}`);
    });
    source.on('error', (e) => fail(`the download could not be read (${e.message.split('\n')[0]})`));
    source.pipe(parser);
  });
}

export interface DownloadRaw {
  /** Download the artifact's zip, not extracted, into `dir` (@actions/artifact with skipDecompress). */
  (dir: string): Promise<{ digestMismatch?: boolean }>;
}

/**
 * One entry of an artifact as text: size checked before the download (when the listing gave one) and
 * after it, then read under the caps. `tempDir` gets a scratch folder of a random name, always removed.
 */
export async function readArtifactEntry(o: {
  tempDir: string;
  entry: string;
  download: DownloadRaw;
  listedSize?: number;
  caps?: ZipCaps;
}): Promise<{ text: string; digestMismatch: boolean }> {
  const caps = o.caps ?? ARTIFACT_CAPS;
  if (o.listedSize !== undefined && o.listedSize > caps.zipBytes)
    throw new ArtifactReadError(
      `it is ${mib(o.listedSize)}, more than the ${mib(caps.zipBytes)} benchgate reads`,
    );
  const dir = path.join(o.tempDir, `benchgate-download-${randomUUID()}`);
  fs.mkdirSync(dir, { recursive: true });
  try {
    const r = await o.download(dir);
    const files = fs.readdirSync(dir, { withFileTypes: true });
    const zips = files.filter((f) => f.isFile());
    if (zips.length !== 1 || files.length !== 1)
      throw new ArtifactReadError(`the download gave ${files.length} files, expected one zip`);
    const zip = path.join(dir, zips[0].name);
    const size = fs.lstatSync(zip).size;
    if (size > caps.zipBytes)
      throw new ArtifactReadError(`it is ${mib(size)}, more than the ${mib(caps.zipBytes)} benchgate reads`);
    const data = await readZipEntry(zip, o.entry, caps);
    return { text: data.toString('utf8'), digestMismatch: Boolean(r.digestMismatch) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
