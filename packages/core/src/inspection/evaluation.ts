import type { CallLanguage } from '../call/call-schema.js';
import type { LocalizedText } from '../scorecard/condition-schema.js';
import type { CheckResult, ScoringMode, Severity } from '../scorecard/scorecard-schema.js';
import type { Evidence } from './evidence.js';

/** The outcome of one automatic check on one call, with the words that decided it. */
export type CheckOutcome = {
  check: string;
  name: LocalizedText;
  section: string;
  severity: Severity;
  fatal: boolean;
  scoring: ScoringMode;
  result: CheckResult;
  deducted: number;
  reason: LocalizedText;
  evidence: Evidence[];
};

/** An item the machine cannot judge (吐字清晰, 普通话, 微笑服务): left on the sheet for the reviewer. */
export type PendingItem = {
  item: string;
  name: LocalizedText;
  section: string;
  severity: Severity;
  points: number;
};

/** One call inspected against one scorecard version. */
export type Evaluation = {
  callId: string;
  agentId?: string;
  team?: string;
  queue?: string;
  startedAt?: string;
  language: CallLanguage;
  scorecard: { id: string; version: string };
  score: number;
  maxScore: number;
  passScore: number;
  passed: boolean;
  fatalFailed: boolean;
  /** Failed checks by class: the ABC problem counts of the monthly report. */
  classCounts: Record<Severity, number>;
  checks: CheckOutcome[];
  pending: PendingItem[];
};
