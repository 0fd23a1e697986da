/**
 * Spreadsheet formula injection: a cell whose text starts with = + - @ (or a tab / carriage
 * return, which some parsers strip before looking) may run as a formula when the file is
 * opened. Imported marketplace text (buyer comments, product names) is attacker-controlled,
 * so every text cell gets a leading apostrophe first, as OWASP advises; numbers stay
 * numbers because they are written as numeric cells, never through this function.
 */
const DANGEROUS_START = /^[=+\-@\t\r]/;

/** = + - @ \t \r as char codes: a regex test per cell is most of an export's text cost. */
const EQ = 61, PLUS = 43, MINUS = 45, AT = 64, TAB = 9, CR = 13;

export function neutralize(text: string): string {
  const c = text.charCodeAt(0);
  return c === EQ || c === PLUS || c === MINUS || c === AT || c === TAB || c === CR ? `'${text}` : text;
}

export function isDangerous(text: string): boolean {
  return DANGEROUS_START.test(text);
}
