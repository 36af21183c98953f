const WORD_UNIT = /[\p{Script=Han}]|[A-Za-z0-9\u00C0-\u024F]+(?:['’][A-Za-z]+)*/gu;

/** Punctuation and spaces, which are not spoken: ASCII, general, CJK and full-width punctuation blocks. */
function isSilentCode(code: number): boolean {
  if (code < 0x80)
    return !((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122));
  return (
    (code >= 0x2000 && code <= 0x206f) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff0f) ||
    (code >= 0xff1a && code <= 0xff20) ||
    (code >= 0xff3b && code <= 0xff40) ||
    (code >= 0xff5b && code <= 0xff65) ||
    code === 0x00a0 ||
    code === 0x00b7 ||
    code === 0xfeff
  );
}

/**
 * Spoken units for speech rate: characters for Chinese (letters and digits; punctuation and spaces
 * do not count), words for English (a Han character counts as one word when English text quotes it).
 * @example countSpokenUnits('您好,请讲。', 'char') // 4
 */
export function countSpokenUnits(text: string, unit: 'char' | 'word'): number {
  let count = 0;
  if (unit === 'word') {
    WORD_UNIT.lastIndex = 0;
    while (WORD_UNIT.exec(text) !== null) count++;
    return count;
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is one character: count its high half only.
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    if (!isSilentCode(code)) count++;
  }
  return count;
}
