export * from './agent-sessions.js';
export * from './cdr-record.js';
export * from './queue-event.js';
export * from './queue-event-kinds.js';
export * from './reconstruct-queue-calls.js';
export * from './survey.js';
