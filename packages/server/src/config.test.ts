import { describe, expect, test } from 'vitest';
import { ConfigError, parseConfig } from './config.js';

describe('parseConfig', () => {
  test('gives every setting its default', () => {
    expect(parseConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      database: './data/callqa.db',
      timeZone: 'Asia/Shanghai',
      sessionHours: 12,
      secureCookies: false,
      trustProxy: false,
      loginAttempts: 5,
      maxUploadBytes: 1024 * 1024 * 1024,
      appeals: { fileWithinDays: 7, escalateWithinDays: 3, decideWithinDays: 3, firstLevel: 'team_lead' },
    });
  });

  test('reads the variables, empty ones as unset', () => {
    const config = parseConfig({
      PORT: '8080',
      CALLQA_DB: '/var/lib/callqa/callqa.db',
      CALLQA_SECURE_COOKIES: 'true',
      CALLQA_TIME_ZONE: '',
      CALLQA_ADMIN_USERNAME: 'root',
      CALLQA_ADMIN_PASSWORD: 'a long admin password',
    });
    expect(config).toMatchObject({
      port: 8080,
      database: '/var/lib/callqa/callqa.db',
      secureCookies: true,
      timeZone: 'Asia/Shanghai',
      firstAdmin: { username: 'root', password: 'a long admin password' },
    });
  });

  test('lists every bad variable at once', () => {
    let error: unknown;
    try {
      parseConfig({
        PORT: 'eighty',
        CALLQA_TIME_ZONE: 'Mars/Olympus',
        CALLQA_ADMIN_PASSWORD: 'short',
        CALLQA_TRUST_PROXY: 'maybe',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'PORT: expected a port number (0 to 65535)',
      'CALLQA_TIME_ZONE: not an IANA time zone (e.g. Asia/Shanghai)',
      expect.stringMatching(/^CALLQA_TRUST_PROXY: /),
      'CALLQA_ADMIN_PASSWORD: at least 12 characters',
      'CALLQA_ADMIN_PASSWORD: set both CALLQA_ADMIN_USERNAME and CALLQA_ADMIN_PASSWORD, or neither',
    ]);
  });
});
