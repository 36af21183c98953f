export * from './evaluation-diff.js';
