export * from './queue-event.js';
export * from './survey.js';
export * from './cdr-record.js';
