import type { Call, Turn } from '../call/call-schema.js';
import type { CompiledMatcher } from '../scorecard/compiled-scorecard.js';
import type { CharAlphabet } from '../text/char-requirement.js';

export type Span = { start: number; end: number };

/**
 * Everything one inspection of one call shares between checks. Several checks use the same
 * phrase list on the same turns (礼貌用语 and 致谢语 both look for 谢谢), so matches are cached
 * per matcher and turn for the life of the call.
 */
export type CallContext = {
  call: Call;
  turns: Turn[];
  /** When set, text operators only look at these turns (the window of an anchor). */
  scope: ReadonlySet<number> | null;
  matches: Map<CompiledMatcher, Array<Span[] | undefined>>;
  /** Turn selections by speaker and window, shared by the checks that ask for the same turns. */
  selections: Map<string | object, number[]>;
  /** Every turn's character bits in the scorecard's alphabet, made on first use. */
  charBits: { alphabet: CharAlphabet | null; bits: Uint32Array };
};

const EMPTY_BITS = new Uint32Array(0);

export function createCallContext(call: Call): CallContext {
  return {
    call,
    turns: call.turns,
    scope: null,
    matches: new Map(),
    selections: new Map(),
    charBits: { alphabet: null, bits: EMPTY_BITS },
  };
}

export function withScope(ctx: CallContext, scope: ReadonlySet<number>): CallContext {
  return { ...ctx, scope };
}
