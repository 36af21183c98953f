import type { CallLanguage } from './call-schema.js';

/**
 * The language of a transcript without a `language` field: Chinese when Han characters outnumber
 * Latin words, English otherwise. Reads at most the first 2,000 characters of speech.
 * @example detectLanguage([{ text: 'Hello, how can I help?' }]) // 'en'
 */
export function detectLanguage(turns: ReadonlyArray<{ text?: unknown }>): CallLanguage {
  let han = 0;
  let latinWords = 0;
  let read = 0;
  for (const turn of turns) {
    if (typeof turn?.text !== 'string') continue;
    const text = turn.text;
    let inWord = false;
    for (let i = 0; i < text.length && read < 2000; i++, read++) {
      const code = text.charCodeAt(i);
      const isLetter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
      if (code >= 0x4e00 && code <= 0x9fff) han++;
      if (isLetter && !inWord) latinWords++;
      inWord = isLetter;
    }
    if (read >= 2000) break;
  }
  return latinWords > han ? 'en' : 'zh';
}
