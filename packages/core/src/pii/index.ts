export { findPii, type PiiSpan } from './find-pii.js';
export { maskEvidence, maskedTurns } from './mask-evidence.js';
export { type MaskedText, maskPii } from './mask-pii.js';
export { type PiiKind, piiKinds } from './pii-kind.js';
