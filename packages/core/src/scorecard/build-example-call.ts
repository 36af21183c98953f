import type { Call, CallLanguage, Turn } from '../call/call-schema.js';
import { countSpokenUnits } from '../inspection/count-spoken-units.js';
import type { CheckExample, ExampleTurn } from './scorecard-schema.js';

const GAP_MS = 500;
const RATE_PER_MINUTE = { zh: 220, en: 150 } as const;

function normalizeTurn(turn: ExampleTurn): {
  speaker: Turn['speaker'];
  text: string;
  startMs?: number;
  endMs?: number;
} {
  if (!Array.isArray(turn)) return turn;
  const [who, text, startMs, endMs] = turn;
  const speaker = who === 'A' ? 'agent' : 'customer';
  return startMs === undefined ? { speaker, text } : { speaker, text, startMs, endMs };
}

/**
 * Turns a scorecard example (compact turns, times optional) into a call. Turns without times get a
 * duration from an ordinary speaking rate (220 characters or 150 words a minute) and a 500 ms gap,
 * so only the examples about timing need to spell times out.
 * @example buildExampleCall({ expect: 'pass', turns: [['A', '您好,请问有什么可以帮您?']] }, 'zh', 'ex-1')
 */
export function buildExampleCall(example: CheckExample, language: CallLanguage, id: string): Call {
  let previousEnd = 0;
  const unit = language === 'en' ? 'word' : 'char';
  const turns: Turn[] = example.turns.map((raw, i) => {
    const turn = normalizeTurn(raw);
    const startMs = turn.startMs ?? (i === 0 ? 0 : previousEnd + GAP_MS);
    const spoken = Math.max(
      400,
      Math.round((countSpokenUnits(turn.text, unit) / RATE_PER_MINUTE[language]) * 60000),
    );
    const endMs = turn.endMs ?? startMs + spoken;
    previousEnd = Math.max(previousEnd, endMs);
    return { speaker: turn.speaker, startMs, endMs, text: turn.text };
  });
  return {
    id,
    language,
    agentId: 'example-agent',
    hangupBy: example.hangupBy ?? 'customer',
    ...(example.metadata ?? {}),
    turns,
  };
}
