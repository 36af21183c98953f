export * from './active-scorecards.js';
export * from './import-file.js';
export * from './import-queue-calls.js';
export * from './import-queue-log.js';
export * from './import-surveys.js';
export * from './import-tally.js';
export * from './import-transcripts.js';
