/**
 * Spreadsheet formula injection: a cell whose text starts with = + - @ (or a tab / carriage
 * return, which some parsers strip before looking) may run as a formula when the file is
 * opened. Imported marketplace text (buyer comments, product names) is attacker-controlled,
 * so every text cell gets a leading apostrophe first, as OWASP advises; numbers stay
 * numbers because they are written as numeric cells, never through this function.
 */
const DANGEROUS_START = /^[=+\-@\t\r]/;

export function neutralize(text: string): string {
  return DANGEROUS_START.test(text) ? `'${text}` : text;
}

export function isDangerous(text: string): boolean {
  return DANGEROUS_START.test(text);
}
