import type { CharRequirement } from '../text/char-requirement.js';
import type {
  AnchorCondition,
  DurationCondition,
  HangupCondition,
  LocalizedText,
  MetadataCondition,
  OverlapCondition,
  SpeakerFilter,
  SpeechRateCondition,
  Window,
} from './condition-schema.js';
import type { Check, Item, Scorecard, Section } from './scorecard-schema.js';

/** A matcher ready to run: one RegExp for the alternatives, plus the guards that drop false hits. */
export type CompiledMatcher = {
  regex: RegExp;
  /** Characters a match needs, tested against a turn's character bits (see char-requirement.ts). */
  requirement: CharRequirement | null;
  /** A cheap character-class test that must pass before `regex` can match (see required-chars.ts). */
  prefilter: RegExp | null;
  /** One RegExp per alternative, built only for `all` / `atLeast`, which must tell the terms apart. */
  alternatives: RegExp[];
  exclude?: RegExp;
  notPrecededBy?: { regex: RegExp; within: number };
  notFollowedBy?: { regex: RegExp; within: number };
};

type WithReason = { reason?: LocalizedText };

export type CompiledCondition =
  | (WithReason & {
      op: 'phrases';
      matcher: CompiledMatcher;
      speaker: SpeakerFilter;
      window?: Window;
      mode: 'any' | 'all' | 'atLeast' | 'none';
      n: number;
      per: 'turn' | 'call';
      minCount: number;
    })
  | (WithReason & {
      op: 'near';
      a: CompiledMatcher;
      b: CompiledMatcher;
      within: number;
      order: 'any' | 'aFirst';
      speaker: SpeakerFilter;
      window?: Window;
    })
  | (WithReason & {
      op: 'anchor';
      anchor: CompiledCondition;
      response: CompiledCondition;
      within: AnchorCondition['within'];
      hit: 'missing' | 'present';
    })
  | (WithReason & {
      op: 'silence';
      minMs: number;
      maxMs?: number;
      announced: 'yes' | 'no' | 'any';
      announcement?: CompiledMatcher;
    })
  | OverlapCondition
  | SpeechRateCondition
  | HangupCondition
  | DurationCondition
  | (MetadataCondition & { compiledPattern?: RegExp })
  | (WithReason & { op: 'and' | 'or'; of: CompiledCondition[] })
  | (WithReason & { op: 'not'; of: CompiledCondition })
  | (WithReason & { op: 'ref'; name: string; target: { condition: CompiledCondition | null } });

export type CompiledCheck = Omit<Check, 'failWhen' | 'applicableWhen'> & {
  failWhen: CompiledCondition;
  applicableWhen?: CompiledCondition;
};

export type CompiledItem = Omit<Item, 'check'> & {
  section: Pick<Section, 'id' | 'name'>;
  path: string;
  check?: CompiledCheck;
};

/** A validated scorecard with every phrase list and pattern compiled once, ready to inspect calls. */
export type CompiledScorecard = {
  document: Scorecard;
  id: string;
  version: string;
  language: Scorecard['language'];
  passScore: number;
  naPolicy: Scorecard['naPolicy'];
  items: CompiledItem[];
  maxScore: number;
};
