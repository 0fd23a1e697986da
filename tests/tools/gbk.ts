/**
 * GBK bytes for test files, as Chinese Excel and seller ERPs write them, without iconv: a
 * reverse table built once from Node's own GBK decoder — every double-byte code 0x81–0xFE ×
 * 0x40–0xFE is decoded and the character it yields is mapped back to those two bytes.
 */
let table: Map<string, [number, number]> | null = null;

function reverseTable(): Map<string, [number, number]> {
  const decoder = new TextDecoder('gbk');
  const out = new Map<string, [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !out.has(ch)) out.set(ch, [lead, trail]);
    }
  }
  return out;
}

export function gbk(text: string): Buffer {
  table ??= reverseTable();
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    // Windows' GBK (code page 936) writes the euro sign as the single byte 0x80.
    else if (ch === '€') bytes.push(0x80);
    else {
      const pair = table.get(ch);
      if (!pair) throw new Error(`not in GBK: ${ch}`);
      bytes.push(...pair);
    }
  }
  return Buffer.from(bytes);
}
