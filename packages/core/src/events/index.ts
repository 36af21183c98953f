export { type EventKind, eventKinds } from './event-kinds.js';
