/**
 * An artifact's zip is read without trusting it: only the expected entry is inflated, in memory, under
 * a byte cap; a zip bomb costs a bounded amount of work and leaves nothing on disk; the scratch folder
 * is removed whatever happens.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ArtifactReadError, readArtifactEntry, type ZipCaps } from '../../src/history/bounded-artifact.js';
import { writeZip } from '../../test-support/results/zip.js';

let temp: string;
beforeEach(() => {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'benchgate-bounded-'));
});
afterEach(() => {
  fs.rmSync(temp, { recursive: true, force: true });
});

const MiB = 1024 * 1024;
const CAPS: ZipCaps = { zipBytes: 4 * MiB, entryBytes: 8 * MiB, totalBytes: 16 * MiB };

/** A download that writes this zip, as @actions/artifact's skipDecompress does. */
const serve = (zip: Buffer) => async (dir: string) => {
  fs.writeFileSync(path.join(dir, 'artifact.zip'), zip);
  return { digestMismatch: false };
};

const read = (zip: Buffer, caps = CAPS) =>
  readArtifactEntry({ tempDir: temp, entry: 'payload.json', download: serve(zip), caps });

test('the expected entry is read; other entries are ignored', async () => {
  const zip = writeZip({ 'other.txt': 'x', 'payload.json': '{"ok":true}' }, { deflate: true });
  expect((await read(zip)).text).toBe('{"ok":true}');
  expect(fs.readdirSync(temp)).toEqual([]);
});

test('a zip bomb in the expected entry is refused after at most the cap, and nothing is left on disk', async () => {
  const zip = writeZip({ 'payload.json': Buffer.alloc(200 * MiB, 0x20) }, { deflate: true });
  expect(zip.length).toBeLessThan(1 * MiB);
  const t0 = Date.now();
  await expect(read(zip)).rejects.toThrow(/inflates to more than 8 MiB/);
  expect(Date.now() - t0).toBeLessThan(5000);
  expect(fs.readdirSync(temp)).toEqual([]);
});

test('a bomb in another entry costs at most the total cap', async () => {
  const zip = writeZip({ 'filler.bin': Buffer.alloc(200 * MiB), 'payload.json': '{}' }, { deflate: true });
  const t0 = Date.now();
  // Entries inflate as they are read, so the expected one may end first (read) or the filler may pass
  // the total cap first (refused); either way the work stops there.
  const outcome = await read(zip).then(
    (r) => r.text,
    (e: Error) => e.message,
  );
  expect(outcome).toMatch(/^\{\}$|inflates to more than 16 MiB/);
  expect(Date.now() - t0).toBeLessThan(5000);
  expect(fs.readdirSync(temp)).toEqual([]);
});

test('a zip without the entry, or not a zip at all, is refused with a reason', async () => {
  await expect(read(writeZip({ 'x.json': '{}' }))).rejects.toThrow(/holds no payload\.json/);
  await expect(read(Buffer.from('not a zip'))).rejects.toBeInstanceOf(ArtifactReadError);
  expect(fs.readdirSync(temp)).toEqual([]);
});

test('an artifact listed larger than the cap is not even downloaded', async () => {
  let downloaded = false;
  await expect(
    readArtifactEntry({
      tempDir: temp,
      entry: 'payload.json',
      listedSize: 5 * MiB,
      caps: CAPS,
      download: async () => {
        downloaded = true;
        return {};
      },
    }),
  ).rejects.toThrow(/more than the 4 MiB/);
  expect(downloaded).toBe(false);
});

test('a download larger than the cap is refused, and removed', async () => {
  const big = writeZip({ 'payload.json': Buffer.alloc(5 * MiB, 0x20) });
  await expect(read(big)).rejects.toThrow(/more than the 4 MiB/);
  expect(fs.readdirSync(temp)).toEqual([]);
});

test('a failing download leaves no scratch folder', async () => {
  await expect(
    readArtifactEntry({
      tempDir: temp,
      entry: 'payload.json',
      caps: CAPS,
      download: async (dir) => {
        fs.writeFileSync(path.join(dir, 'partial'), 'x');
        throw new Error('connection reset');
      },
    }),
  ).rejects.toThrow('connection reset');
  expect(fs.readdirSync(temp)).toEqual([]);
});
