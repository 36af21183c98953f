const CHAR_UNIT = /[\p{L}\p{N}]/gu;
const WORD_UNIT = /[\p{Script=Han}]|[A-Za-z0-9\u00C0-\u024F]+(?:['’][A-Za-z]+)*/gu;

/**
 * Spoken units for speech rate: characters for Chinese (letters and digits; punctuation and spaces
 * do not count), words for English (a Han character counts as one word when English text quotes it).
 * @example countSpokenUnits('您好,请讲。', 'char') // 4
 */
export function countSpokenUnits(text: string, unit: 'char' | 'word'): number {
  const regex = unit === 'char' ? CHAR_UNIT : WORD_UNIT;
  regex.lastIndex = 0;
  let count = 0;
  while (regex.exec(text) !== null) count++;
  return count;
}
