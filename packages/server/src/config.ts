import type { AppealPolicy } from '@callqa/core';
import { z } from 'zod';

/**
 * The server's settings, read once from the environment at start. Every variable is listed here
 * with its default; a bad value stops the start with a message naming the variable.
 */
export type ServerConfig = {
  /** PORT (default 3000; 0 picks a free port, printed at start). */
  port: number;
  /** HOST (default 127.0.0.1; 0.0.0.0 to listen on every interface). */
  host: string;
  /** CALLQA_DB (default ./data/callqa.db). */
  database: string;
  /** CALLQA_TIME_ZONE (default Asia/Shanghai): the day and month boundaries of reports. */
  timeZone: string;
  /** CALLQA_SESSION_HOURS (default 12): how long a sign-in lasts. */
  sessionHours: number;
  /** CALLQA_SECURE_COOKIES (default false; true behind HTTPS): cookies sent over HTTPS only. */
  secureCookies: boolean;
  /** CALLQA_TRUST_PROXY (default false): take the client address from X-Forwarded-For. */
  trustProxy: boolean;
  /** CALLQA_MAX_UPLOAD_MB (default 1024): the largest file an import upload accepts. */
  maxUploadBytes: number;
  /** CALLQA_LOGIN_ATTEMPTS (default 5): failed sign-ins per account and 15 minutes before a pause. */
  loginAttempts: number;
  /**
   * Appeals: CALLQA_APPEAL_WINDOW_DAYS (7) to appeal, CALLQA_APPEAL_ESCALATE_DAYS (3) to escalate a
   * rejection, CALLQA_APPEAL_DECIDE_DAYS (3) before a decision is overdue, CALLQA_APPEAL_FIRST_LEVEL
   * (team_lead or qa) who decides first.
   */
  appeals: AppealPolicy;
  /** CALLQA_ADMIN_USERNAME and CALLQA_ADMIN_PASSWORD: the first administrator, made on a database without users. */
  firstAdmin?: { username: string; password: string };
};

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const EnvSchema = z.object({
  PORT: z.coerce
    .number({ error: 'expected a port number (0 to 65535)' })
    .int()
    .min(0)
    .max(65535)
    .default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  CALLQA_DB: z.string().min(1).default('./data/callqa.db'),
  CALLQA_TIME_ZONE: z
    .string()
    .default('Asia/Shanghai')
    .refine(isTimeZone, 'not an IANA time zone (e.g. Asia/Shanghai)'),
  CALLQA_SESSION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  CALLQA_SECURE_COOKIES: flag.default(false),
  CALLQA_TRUST_PROXY: flag.default(false),
  CALLQA_LOGIN_ATTEMPTS: z.coerce
    .number({ error: 'expected a whole number' })
    .int()
    .min(1)
    .max(100)
    .default(5),
  CALLQA_MAX_UPLOAD_MB: z.coerce
    .number({ error: 'expected a number of megabytes' })
    .positive()
    .max(1024 * 1024)
    .default(1024),
  CALLQA_APPEAL_WINDOW_DAYS: z.coerce
    .number({ error: 'expected a number of days' })
    .positive()
    .max(365)
    .default(7),
  CALLQA_APPEAL_ESCALATE_DAYS: z.coerce
    .number({ error: 'expected a number of days' })
    .positive()
    .max(365)
    .default(3),
  CALLQA_APPEAL_DECIDE_DAYS: z.coerce
    .number({ error: 'expected a number of days' })
    .positive()
    .max(365)
    .default(3),
  CALLQA_APPEAL_FIRST_LEVEL: z.enum(['team_lead', 'qa']).default('team_lead'),
  CALLQA_ADMIN_USERNAME: z
    .string()
    .regex(/^[A-Za-z0-9._-]{2,64}$/, 'letters, digits, . _ - (2 to 64)')
    .optional(),
  CALLQA_ADMIN_PASSWORD: z.string().min(12, 'at least 12 characters').optional(),
});

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `callqa cannot start, its configuration has ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

/**
 * Reads the configuration from environment variables (empty ones count as unset); throws a
 * ConfigError listing every bad variable at once.
 *
 * @example parseConfig(process.env).port // 3000
 */
export function parseConfig(env: Record<string, string | undefined>): ServerConfig {
  const set = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = EnvSchema.safeParse(set);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${String(issue.path[0] ?? 'environment')}: ${issue.message}`);
  if ('CALLQA_ADMIN_USERNAME' in set !== 'CALLQA_ADMIN_PASSWORD' in set) {
    problems.push(
      'CALLQA_ADMIN_PASSWORD: set both CALLQA_ADMIN_USERNAME and CALLQA_ADMIN_PASSWORD, or neither',
    );
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  const config: ServerConfig = {
    port: e.PORT,
    host: e.HOST,
    database: e.CALLQA_DB,
    timeZone: e.CALLQA_TIME_ZONE,
    sessionHours: e.CALLQA_SESSION_HOURS,
    secureCookies: e.CALLQA_SECURE_COOKIES,
    trustProxy: e.CALLQA_TRUST_PROXY,
    loginAttempts: e.CALLQA_LOGIN_ATTEMPTS,
    maxUploadBytes: Math.round(e.CALLQA_MAX_UPLOAD_MB * 1024 * 1024),
    appeals: {
      fileWithinDays: e.CALLQA_APPEAL_WINDOW_DAYS,
      escalateWithinDays: e.CALLQA_APPEAL_ESCALATE_DAYS,
      decideWithinDays: e.CALLQA_APPEAL_DECIDE_DAYS,
      firstLevel: e.CALLQA_APPEAL_FIRST_LEVEL,
    },
  };
  if (e.CALLQA_ADMIN_USERNAME !== undefined && e.CALLQA_ADMIN_PASSWORD !== undefined) {
    config.firstAdmin = { username: e.CALLQA_ADMIN_USERNAME, password: e.CALLQA_ADMIN_PASSWORD };
  }
  return config;
}
