import type { LocalizedText } from '../scorecard/condition-schema.js';
import type { Hit } from './evidence.js';

function fill(template: string, hit: Hit | undefined): string {
  return template.replace(/\{(quote|turn|value|seconds|count)\}/g, (_, key: string) => {
    if (!hit) return '';
    switch (key) {
      case 'quote':
        return hit.quote;
      case 'turn':
        return hit.turn === undefined ? '' : String(hit.turn + 1);
      case 'value':
        return hit.value === undefined ? '' : String(hit.value);
      case 'seconds':
        return hit.value === undefined ? '' : (hit.value / 1000).toFixed(1);
      default:
        return hit.turns ? String(hit.turns.length) : String(hit.value ?? '');
    }
  });
}

/**
 * Fills a reason template with what the evidence found. Placeholders: {quote}, {turn} (1-based, as
 * people count turns), {value}, {seconds} (a value in ms shown in seconds), {count}.
 * @example renderReason({ zh: '第{turn}轮:「{quote}」', en: 'Turn {turn}: "{quote}"' }, hit)
 */
export function renderReason(template: LocalizedText, hit: Hit | undefined): LocalizedText {
  return { zh: fill(template.zh, hit), en: fill(template.en, hit) };
}
