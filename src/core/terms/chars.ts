// Character classes shared by the term matchers. Lookups run per character on every hover, so ASCII
// goes through a table and only other characters pay for a Unicode regex.

/** 1 for the ASCII word characters, by code. */
export const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII_WORD[c] = /[A-Za-z0-9_]/.test(ch) ? 1 : 0;
}
const UNICODE_WORD = /[\p{L}\p{N}\p{M}]/u;

/** A character of a word or identifier: letters and digits of any script, marks, `_`. */
export function isWordCode(code: number): boolean {
  if (code < 128) return ASCII_WORD[code] === 1;
  // Lone surrogates and astral characters are rare in code; treating them as non-word keeps this simple and safe.
  return code < 0xd800 || code > 0xdfff ? UNICODE_WORD.test(String.fromCharCode(code)) : false;
}

/** Characters that join the words of a prose name without changing it: "real-time endpoint", "real time endpoint". */
export function isJoinerCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x2d || code === 0xa0;
}

/** The longest run of non-word characters that may sit between two words of one prose name. */
export const MAX_GAP = 4;

/**
 * What a gap between two words of a prose name stands for: '' when it is only spaces and hyphens,
 * otherwise its other punctuation ("/" in "A/B testing"); undefined when no name can span it
 * (too long, or a line break).
 */
export function gapKey(text: string, from: number, to: number): string | undefined {
  const n = to - from;
  if (n < 1 || n > MAX_GAP) return undefined;
  let key = '';
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) return undefined;
    if (!isJoinerCode(c)) key += text[i];
  }
  return key;
}
