/**
 * A seeded pseudo-random generator: xoshiro128** (Blackman & Vigna, 2018), seeded from a string so a
 * rerun with the same series and commits draws the same numbers and reports the same bytes.
 */

/** 128 bits of state from any string: four 32-bit lanes mixed per UTF-16 unit, then finalised. */
export function hashSeed(text: string): Uint32Array {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = 0x85a308d3;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    a = Math.imul(a ^ ch, 0x85ebca6b);
    b = Math.imul(b ^ ch, 0xc2b2ae35);
    c = Math.imul(c ^ ch, 0x27d4eb2f);
    d = Math.imul(d ^ ch, 0x165667b1);
    // Cross the lanes so that each lane depends on every character and its position.
    a = (a ^ (d >>> 15)) >>> 0;
    b = (b ^ (a >>> 13)) >>> 0;
    c = (c ^ (b >>> 16)) >>> 0;
    d = (d ^ (c >>> 17)) >>> 0;
  }
  const out = new Uint32Array([fmix(a ^ text.length), fmix(b), fmix(c), fmix(d)]);
  // The all-zero state is the one state xoshiro never leaves.
  if ((out[0] | out[1] | out[2] | out[3]) === 0) out[0] = 1;
  return out;
}

/** MurmurHash3's 32-bit finaliser: every input bit flips each output bit with probability ~1/2. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export class Rng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(seed: string | Uint32Array) {
    const s = typeof seed === 'string' ? hashSeed(seed) : seed;
    this.s0 = s[0] | 0;
    this.s1 = s[1] | 0;
    this.s2 = s[2] | 0;
    this.s3 = s[3] | 0;
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** The next 32 random bits as an unsigned integer. */
  nextU32(): number {
    const s1 = this.s1;
    const r = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return r >>> 0;
  }

  /** Fill `out` with random 32-bit integers: the state lives in locals, several times faster in bulk. */
  fill(out: Uint32Array, count = out.length): void {
    let s0 = this.s0;
    let s1 = this.s1;
    let s2 = this.s2;
    let s3 = this.s3;
    for (let i = 0; i < count; i++) {
      out[i] = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = rotl(s3, 11);
    }
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
    this.s3 = s3;
  }

  /** Uniform in [0, 1) with 32 bits of resolution. */
  next(): number {
    return this.nextU32() * 2.3283064365386963e-10;
  }

  /** Uniform in [0, 1) with 53 bits of resolution (for generators that need fine tails). */
  nextDouble(): number {
    const hi = this.nextU32() >>> 5;
    const lo = this.nextU32() >>> 6;
    return (hi * 67108864 + lo) * 1.1102230246251565e-16;
  }

  /** Uniform integer in [0, n); the bias of the multiply-shift (≤ n / 2³²) is far below bootstrap noise. */
  int(n: number): number {
    return Math.floor(this.nextU32() * 2.3283064365386963e-10 * n);
  }

  /** A standard normal deviate (Box–Muller; one of the pair is discarded to keep the state simple). */
  normal(): number {
    let u = this.nextDouble();
    while (u === 0) u = this.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.nextDouble());
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
