/**
 * Latin text to plain ASCII letters: diacritics removed (é → e, ā → a) and
 * the letters that are not a base letter plus a mark spelled out (ß → ss).
 */

/** Letters that Unicode does not decompose into an ASCII letter and a mark. */
const SPELLED_OUT: ReadonlyMap<string, string> = new Map([
  ['ß', 'ss'],
  ['æ', 'ae'],
  ['Æ', 'AE'],
  ['œ', 'oe'],
  ['Œ', 'OE'],
  ['ø', 'o'],
  ['Ø', 'O'],
  ['đ', 'd'],
  ['Đ', 'D'],
  ['ð', 'd'],
  ['Ð', 'D'],
  ['ł', 'l'],
  ['Ł', 'L'],
  ['þ', 'th'],
  ['Þ', 'TH'],
  ['ı', 'i'],
  ['ħ', 'h'],
]);
const SPELLED_OUT_PATTERN = new RegExp(`[${[...SPELLED_OUT.keys()].join('')}]`, 'gu');

export function foldToAscii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(SPELLED_OUT_PATTERN, (letter) => SPELLED_OUT.get(letter) ?? letter)
    .normalize('NFC');
}
