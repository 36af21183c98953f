export * from './queue-event.js';
export * from './survey.js';
