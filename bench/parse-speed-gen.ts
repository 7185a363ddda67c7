/** The deterministic file generator shared by bench/parse-speed.ts and bench/parse-speed-console.ts. */
import * as fs from 'node:fs';

export const TARGET_BYTES = Number(process.env.BENCHGATE_PARSE_SPEED_MB ?? 100) * 1e6;

/** A small deterministic PRNG, so the generated files are the same on every run. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Write `chunks()` to `file` until it holds at least TARGET_BYTES, unless a cached copy exists. */
export function generate(file: string, header: string, next: () => string, footer: string): void {
  if (fs.existsSync(file) && fs.statSync(file).size >= TARGET_BYTES) return;
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  let size = 0;
  const write = (s: string): void => {
    fs.writeSync(fd, s);
    size += Buffer.byteLength(s);
  };
  write(header);
  let buf = '';
  while (size + buf.length < TARGET_BYTES - footer.length) {
    buf += next();
    if (buf.length > 1 << 20) {
      write(buf);
      buf = '';
    }
  }
  write(buf);
  write(footer);
  fs.closeSync(fd);
  fs.renameSync(tmp, file);
}
