/**
 * Formula-injection escaping (OWASP "CSV injection"): a cell that a spreadsheet would run as a
 * formula (starting with = + - @ tab or carriage return) gets a leading single quote. A cell
 * that already starts with a quote gets one too, so unescaping is exact and `-1/-1` or a
 * description like `'=x` come back unchanged.
 */
const TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r", "'"]);

export function escapeCell(text: string): string {
  return text.length > 0 && TRIGGERS.has(text.charAt(0)) ? `'${text}` : text;
}

export function unescapeCell(text: string): string {
  return text.startsWith("'") && text.length > 1 && TRIGGERS.has(text.charAt(1)) ? text.slice(1) : text;
}
