import type { Call, Evaluation } from '@callqa/core';

export const outputFormats = ['table', 'jsonl', 'csv'] as const;
export type OutputFormat = (typeof outputFormats)[number];
export const displayLanguages = ['zh', 'en'] as const;
export type DisplayLanguage = (typeof displayLanguages)[number];

/** Turns evaluations into output text as they stream past; the footer may summarise what it saw. */
export type Formatter = {
  header(): string | null;
  row(evaluation: Evaluation, call: Call): string;
  footer(): string | null;
};
