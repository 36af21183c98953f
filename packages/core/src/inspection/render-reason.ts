import type { LocalizedText } from '../scorecard/condition-schema.js';
import type { Hit } from './evidence.js';

type Part = string | 'quote' | 'turn' | 'value' | 'seconds' | 'count';
type Compiled = { zh: Part[]; en: Part[] };

const PLACEHOLDER = /\{(quote|turn|value|seconds|count)\}/g;
const compiledTemplates = new WeakMap<LocalizedText, Compiled>();

/** Splits a template once into literal text and placeholders; odd indices are placeholders. */
function split(template: string): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(last, match.index), match[1] as Part);
    last = match.index + match[0].length;
  }
  parts.push(template.slice(last));
  return parts;
}

function value(key: Part, hit: Hit | undefined): string {
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
}

function fill(parts: Part[], hit: Hit | undefined): string {
  let out = '';
  for (let i = 0; i < parts.length; i++)
    out += i % 2 === 0 ? (parts[i] as string) : value(parts[i] as Part, hit);
  return out;
}

/**
 * Fills a reason template with what the evidence found. Placeholders: {quote}, {turn} (1-based, as
 * people count turns), {value}, {seconds} (a value in ms shown in seconds), {count}.
 * @example renderReason({ zh: '第{turn}轮:「{quote}」', en: 'Turn {turn}: "{quote}"' }, hit)
 */
export function renderReason(template: LocalizedText, hit: Hit | undefined): LocalizedText {
  let compiled = compiledTemplates.get(template);
  if (!compiled) {
    compiled = { zh: split(template.zh), en: split(template.en) };
    compiledTemplates.set(template, compiled);
  }
  return { zh: fill(compiled.zh, hit), en: fill(compiled.en, hit) };
}
