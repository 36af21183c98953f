export { announce } from './announce.js';
export { announceFatalCalls } from './announce-fatal-calls.js';
