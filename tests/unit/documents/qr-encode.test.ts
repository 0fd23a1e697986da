import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import bwipjs from 'bwip-js/generic';
import { encodeQr, type QrMatrix } from '../../../shared/documents/qr-encode';
import { decodeBarcodes, hasZbar } from './render-tools';

/** bwip-js's matrix for the same text, version and mask (BWIPP numbers masks from 1). */
function bwipMatrix(text: string, version: number, mask: number): number[] {
  const raw = bwipjs.raw({ bcid: 'qrcode', text, eclevel: 'M', version: String(version), mask: String(mask + 1) } as never);
  return (raw[0] as { pixs: number[] }).pixs;
}

/** The matrix as a greyscale PGM, 6 px a module, 4-module quiet zone: what a scanner sees. */
function toPgm(m: QrMatrix, file: string): void {
  const s = 6, q = 4, n = (m.size + 2 * q) * s;
  const px = Buffer.alloc(n * n, 255);
  for (let y = 0; y < m.size; y++) {
    for (let x = 0; x < m.size; x++) {
      if (!m.dark[y * m.size + x]) continue;
      for (let dy = 0; dy < s; dy++) px.fill(0, ((y + q) * s + dy) * n + (x + q) * s, ((y + q) * s + dy) * n + (x + q + 1) * s);
    }
  }
  writeFileSync(file, Buffer.concat([Buffer.from(`P5 ${n} ${n} 255\n`), px]));
}

describe('encodeQr', () => {
  // Texts that BWIPP also encodes purely in byte mode (it switches to numeric or
  // alphanumeric mode for digit runs and capitals, which changes the matrix though not the
  // decoded text); lengths reach 1, 13+ and 20+ EC blocks and the version-information area.
  for (const text of ['退货标签：上海市浦东新区', 'x'.repeat(300), 'y'.repeat(1200)]) {
    it(`matches bwip-js module for module: ${text.slice(0, 12)}…`, () => {
      for (const mask of [0, 3, 6]) {
        const mine = encodeQr(text, { forceMask: mask });
        expect(Array.from(mine.dark)).toEqual(bwipMatrix(text, mine.version, mask));
      }
    });
  }

  it.skipIf(!hasZbar)('every mask and a range of versions decode with zbarimg', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hb-qr-'));
    const texts = ['a', 'HB1|RMA-2612345|112-1234567-1234567|29002026I123456789|B-2026-0007|RR-2026-0007', '订单 112-99 退货'.repeat(12)];
    for (const text of texts) {
      for (let mask = 0; mask < 8; mask++) {
        const file = join(dir, `q-${text.length}-${mask}.pgm`);
        toPgm(encodeQr(text, { forceMask: mask }), file);
        expect(decodeBarcodes(file)).toEqual([text]);
      }
    }
  });

  it('picks the smallest version that holds the bytes and a mask in range', () => {
    const q = encodeQr('A'.repeat(14));
    expect(q.version).toBe(1);
    expect(q.size).toBe(21);
    expect(encodeQr('A'.repeat(15)).version).toBe(2);
    expect(q.mask).toBeGreaterThanOrEqual(0);
    expect(q.mask).toBeLessThan(8);
  });

  it('refuses text that no version can hold', () => {
    expect(() => encodeQr('x'.repeat(2400))).toThrow(RangeError);
  });
});
