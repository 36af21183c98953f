import { createHash, randomBytes } from 'node:crypto';

/** A fresh secret for a session cookie or an API token: 256 random bits, URL-safe. */
export function newToken(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** What the database keeps of a token: its SHA-256, so a copy of the database opens nothing. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Prefix of API tokens, so that a leaked one is recognisable in logs and secret scanners. */
export const API_TOKEN_PREFIX = 'cqa_';
