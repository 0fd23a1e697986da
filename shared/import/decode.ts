/**
 * Turns a file's bytes into text the way real marketplace and Excel files need: a byte-order
 * mark decides (UTF-8, UTF-16LE from Excel's "Unicode text", UTF-16BE); without one, strict
 * UTF-8 is tried first (it rejects almost any non-UTF-8 byte sequence), then GB18030 — a
 * superset of GBK that Chinese Excel writes — and Windows-1252 last, which accepts any byte.
 * GB18030 also "accepts" many Latin-1 files ("crème" is valid GB18030 bytes), so it is kept
 * only when the result holds CJK text and the bytes look double-byte: Chinese text has its
 * high bytes in even runs, while accented Latin words have single high bytes between letters.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'windows-1252';

export interface Decoded {
  text: string;
  encoding: TextEncodingName;
  bom: boolean;
}

const CJK = /[\u3400-\u9fff\uff00-\uffef]/;

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  // UTF-16LE without a mark: ASCII text has a zero in every odd byte.
  if (bytes.length >= 4 && bytes[1] === 0 && bytes[3] === 0 && bytes[0] !== 0) {
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le', bom: false };
  }
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', bom: false };
  const gb = tryDecode('gb18030', bytes);
  if (gb !== null && CJK.test(gb) && !gb.includes('\ufffd') && looksDoubleByte(bytes)) return { text: gb, encoding: 'gb18030', bom: false };
  return { text: fixC1(new TextDecoder('windows-1252').decode(bytes)), encoding: 'windows-1252', bom: false };
}

/**
 * Node's decoder treats "windows-1252" as ISO-8859-1 and leaves 0x80–0x9F as C1 controls;
 * browsers map them to € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ' ' " " • – — ˜ ™ š › œ ž Ÿ. Same result everywhere.
 */
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function fixC1(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80] ?? c);
}

/** Share of runs of bytes ≥ 0x80 that have even length: near 1 for GBK, low for Latin-1. */
function looksDoubleByte(bytes: Uint8Array): boolean {
  let runs = 0;
  let even = 0;
  let run = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i]! >= 0x80) run++;
    else if (run > 0) {
      runs++;
      if (run % 2 === 0) even++;
      run = 0;
    }
  }
  return runs > 0 && even / runs >= 0.8;
}
