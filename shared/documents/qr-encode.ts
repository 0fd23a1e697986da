/**
 * A small QR Code encoder (ISO/IEC 18004): byte mode, error correction level M, versions
 * 1–40, all eight masks scored with the standard penalty rules.
 *
 * Why not bwip-js for the QR too: its PostScript-derived QR encoder takes 3–9 ms per symbol
 * on a laptop, so 1,000 labels would spend 3–9 s on QR codes alone; this one takes well
 * under 1 ms. Code 128 still comes from bwip-js (0.1 ms). tests/unit/documents/qr-encode
 * compares this matrix module by module with bwip-js's for the same version and mask.
 */

/** A square of modules, row-major, true = dark; no quiet zone included. */
export interface QrMatrix {
  size: number;
  version: number;
  mask: number;
  dark: Uint8Array;
}

// Level M, per version (index 0 unused): EC codewords per block and number of blocks.
const EC_PER_BLOCK = [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28];
const EC_BLOCKS = [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49];
const FORMAT_BITS_M = 0; // the 2-bit level indicator of M

function rawDataModules(ver: number): number {
  let result = (16 * ver + 128) * ver + 64;
  if (ver >= 2) {
    const numAlign = Math.floor(ver / 7) + 2;
    result -= (25 * numAlign - 10) * numAlign - 55;
    if (ver >= 7) result -= 36;
  }
  return result;
}

function dataCodewords(ver: number): number {
  return Math.floor(rawDataModules(ver) / 8) - EC_PER_BLOCK[ver]! * EC_BLOCKS[ver]!;
}

function alignmentPositions(ver: number): number[] {
  if (ver === 1) return [];
  const numAlign = Math.floor(ver / 7) + 2;
  const step = Math.floor((ver * 8 + numAlign * 3 + 5) / (numAlign * 4 - 4)) * 2;
  const result = [6];
  for (let pos = ver * 4 + 10; result.length < numAlign; pos -= step) result.splice(1, 0, pos);
  return result;
}

function gfMul(x: number, y: number): number {
  let z = 0;
  for (let i = 7; i >= 0; i--) {
    z = (z << 1) ^ ((z >>> 7) * 0x11d);
    z ^= ((y >>> i) & 1) * x;
  }
  return z & 0xff;
}

function rsDivisor(degree: number): number[] {
  const result = new Array<number>(degree).fill(0);
  result[degree - 1] = 1;
  let root = 1;
  for (let i = 0; i < degree; i++) {
    for (let j = 0; j < degree; j++) {
      result[j] = gfMul(result[j]!, root);
      if (j + 1 < degree) result[j] = result[j]! ^ result[j + 1]!;
    }
    root = gfMul(root, 0x02);
  }
  return result;
}

function rsRemainder(data: readonly number[], divisor: readonly number[]): number[] {
  const result = new Array<number>(divisor.length).fill(0);
  for (const b of data) {
    const factor = b ^ result.shift()!;
    result.push(0);
    for (let i = 0; i < divisor.length; i++) result[i] = result[i]! ^ gfMul(divisor[i]!, factor);
  }
  return result;
}

/** Data bits → codewords with EC, split into blocks and interleaved as the standard says. */
function codewords(bytes: Uint8Array, ver: number): number[] {
  const bits: number[] = [];
  const put = (value: number, len: number) => { for (let i = len - 1; i >= 0; i--) bits.push((value >>> i) & 1); };
  put(0b0100, 4);
  put(bytes.length, ver <= 9 ? 8 : 16);
  for (const b of bytes) put(b, 8);
  const capacity = dataCodewords(ver) * 8;
  put(0, Math.min(4, capacity - bits.length));
  put(0, (8 - (bits.length % 8)) % 8);
  const data: number[] = [];
  for (let i = 0; i < bits.length; i += 8) data.push(bits.slice(i, i + 8).reduce((a, b) => (a << 1) | b, 0));
  for (let pad = 0xec; data.length < capacity / 8; pad ^= 0xec ^ 0x11) data.push(pad);

  const numBlocks = EC_BLOCKS[ver]!;
  const ecLen = EC_PER_BLOCK[ver]!;
  const raw = Math.floor(rawDataModules(ver) / 8);
  const numShort = numBlocks - (raw % numBlocks);
  const shortLen = Math.floor(raw / numBlocks);
  const divisor = rsDivisor(ecLen);
  const blocks: number[][] = [];
  for (let i = 0, k = 0; i < numBlocks; i++) {
    const dat = data.slice(k, k + shortLen - ecLen + (i < numShort ? 0 : 1));
    k += dat.length;
    const ec = rsRemainder(dat, divisor);
    if (i < numShort) dat.push(0);
    blocks.push(dat.concat(ec));
  }
  const out: number[] = [];
  for (let i = 0; i < blocks[0]!.length; i++) {
    blocks.forEach((block, j) => { if (i !== shortLen - ecLen || j >= numShort) out.push(block[i]!); });
  }
  return out;
}

class Grid {
  readonly dark: Uint8Array;
  readonly fixed: Uint8Array;
  constructor(readonly size: number) {
    this.dark = new Uint8Array(size * size);
    this.fixed = new Uint8Array(size * size);
  }
  set(x: number, y: number, on: boolean): void {
    this.dark[y * this.size + x] = on ? 1 : 0;
    this.fixed[y * this.size + x] = 1;
  }
}

function drawFunctionPatterns(g: Grid, ver: number): void {
  const n = g.size;
  for (let i = 0; i < n; i++) { g.set(6, i, i % 2 === 0); g.set(i, 6, i % 2 === 0); }
  for (const [cx, cy] of [[3, 3], [n - 4, 3], [3, n - 4]] as const) {
    for (let dy = -4; dy <= 4; dy++) {
      for (let dx = -4; dx <= 4; dx++) {
        const d = Math.max(Math.abs(dx), Math.abs(dy));
        const x = cx + dx, y = cy + dy;
        if (x >= 0 && x < n && y >= 0 && y < n) g.set(x, y, d !== 2 && d !== 4);
      }
    }
  }
  const pos = alignmentPositions(ver);
  const last = pos.length - 1;
  pos.forEach((py, i) => pos.forEach((px, j) => {
    if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) return;
    for (let dy = -2; dy <= 2; dy++) for (let dx = -2; dx <= 2; dx++) g.set(px + dx, py + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
  }));
  drawFormatBits(g, 0); // reserves the area; rewritten once the mask is chosen
  if (ver >= 7) {
    let rem = ver;
    for (let i = 0; i < 12; i++) rem = (rem << 1) ^ ((rem >>> 11) * 0x1f25);
    const bits = (ver << 12) | rem;
    for (let i = 0; i < 18; i++) {
      const on = ((bits >>> i) & 1) === 1;
      const a = n - 11 + (i % 3), b = Math.floor(i / 3);
      g.set(a, b, on);
      g.set(b, a, on);
    }
  }
}

function drawFormatBits(g: Grid, mask: number): void {
  const n = g.size;
  const data = (FORMAT_BITS_M << 3) | mask;
  let rem = data;
  for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
  const bits = ((data << 10) | rem) ^ 0x5412;
  const bit = (i: number) => ((bits >>> i) & 1) === 1;
  for (let i = 0; i <= 5; i++) g.set(8, i, bit(i));
  g.set(8, 7, bit(6));
  g.set(8, 8, bit(7));
  g.set(7, 8, bit(8));
  for (let i = 9; i < 15; i++) g.set(14 - i, 8, bit(i));
  for (let i = 0; i < 8; i++) g.set(n - 1 - i, 8, bit(i));
  for (let i = 8; i < 15; i++) g.set(8, n - 15 + i, bit(i));
  g.set(8, n - 8, true);
}

function placeCodewords(g: Grid, data: readonly number[]): void {
  const n = g.size;
  let i = 0;
  for (let right = n - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5;
    for (let vert = 0; vert < n; vert++) {
      for (let j = 0; j < 2; j++) {
        const x = right - j;
        const upward = ((right + 1) & 2) === 0;
        const y = upward ? n - 1 - vert : vert;
        if (!g.fixed[y * n + x] && i < data.length * 8) {
          g.dark[y * n + x] = (data[i >>> 3]! >>> (7 - (i & 7))) & 1;
          i++;
        }
      }
    }
  }
}

const MASKS: ((x: number, y: number) => boolean)[] = [
  (x, y) => (x + y) % 2 === 0,
  (_x, y) => y % 2 === 0,
  (x) => x % 3 === 0,
  (x, y) => (x + y) % 3 === 0,
  (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
  (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
];

function applyMask(g: Grid, mask: number): void {
  const n = g.size;
  const fn = MASKS[mask]!;
  for (let y = 0; y < n; y++) for (let x = 0; x < n; x++) if (!g.fixed[y * n + x] && fn(x, y)) g.dark[y * n + x]! ^= 1;
}

/**
 * Rules 1 and 3 along every row (step 1) or column (step n): runs of 5+ same-colour modules,
 * and finder look-alikes 1:1:3:1:1 with 4 light modules on a side. Each line is copied into
 * `buf` between 4 light modules at each end (the quiet zone), so no bounds checks are needed.
 */
function linePenalty(a: Uint8Array, n: number, lineStep: number, step: number, buf: Uint8Array): number {
  let score = 0;
  for (let line = 0; line < n; line++) {
    const base = line * lineStep;
    for (let k = 0; k < n; k++) buf[4 + k] = a[base + k * step]!;
    let run = 1;
    for (let k = 5; k < n + 4; k++) {
      if (buf[k] === buf[k - 1]) run++;
      else { if (run >= 5) score += run - 2; run = 1; }
    }
    if (run >= 5) score += run - 2;
    for (let k = 4; k <= n - 3; k++) {
      if (buf[k] === 1 && buf[k + 1] === 0 && buf[k + 2] === 1 && buf[k + 3] === 1 && buf[k + 4] === 1 && buf[k + 5] === 0 && buf[k + 6] === 1) {
        if ((buf[k - 1]! | buf[k - 2]! | buf[k - 3]! | buf[k - 4]!) === 0) score += 40;
        if ((buf[k + 7]! | buf[k + 8]! | buf[k + 9]! | buf[k + 10]!) === 0) score += 40;
      }
    }
  }
  return score;
}

/** The standard's four penalty rules (runs, 2×2 blocks, finder look-alikes, balance). */
function penalty(dark: Uint8Array, n: number): number {
  const buf = new Uint8Array(n + 8);
  let score = linePenalty(dark, n, n, 1, buf) + linePenalty(dark, n, 1, n, buf);
  let darkCount = 0;
  for (let i = 0; i < n * n; i++) darkCount += dark[i]!;
  for (let y = 0; y < n - 1; y++) {
    for (let i = y * n, end = i + n - 1; i < end; i++) {
      const v = dark[i];
      if (v === dark[i + 1] && v === dark[i + n] && v === dark[i + n + 1]) score += 3;
    }
  }
  const total = n * n;
  return score + (Math.ceil(Math.abs(darkCount * 20 - total * 10) / total) - 1) * 10;
}

/**
 * Encodes `text` (UTF-8 bytes) at level M in the smallest version that holds it.
 * `forceMask` and `minVersion` exist for tests that compare with another encoder.
 */
export function encodeQr(text: string, opts: { forceMask?: number; minVersion?: number } = {}): QrMatrix {
  const bytes = new TextEncoder().encode(text);
  let ver = Math.max(1, opts.minVersion ?? 1);
  const fits = (v: number) => 4 + (v <= 9 ? 8 : 16) + bytes.length * 8 <= dataCodewords(v) * 8;
  while (ver <= 40 && !fits(ver)) ver++;
  if (ver > 40) throw new RangeError(`QR payload too long: ${bytes.length} bytes`);
  const size = ver * 4 + 17;
  const g = new Grid(size);
  drawFunctionPatterns(g, ver);
  placeCodewords(g, codewords(bytes, ver));
  let best = opts.forceMask ?? -1;
  if (best < 0) {
    let bestScore = Infinity;
    for (let m = 0; m < 8; m++) {
      applyMask(g, m);
      drawFormatBits(g, m);
      const s = penalty(g.dark, size);
      if (s < bestScore) { bestScore = s; best = m; }
      applyMask(g, m); // XOR again undoes it
    }
  }
  applyMask(g, best);
  drawFormatBits(g, best);
  return { size, version: ver, mask: best, dark: g.dark };
}
